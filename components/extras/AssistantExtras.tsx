import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { dnValues } from '@/lib/certificate/values';
import { t } from '@/lib/i18n';
import type { WhitelistIndex } from '@/lib/whitelist';
import { applyValues } from './apply';
import { CertificateCard } from './CertificateCard';
import { useCertificate } from './use-certificate';
import { useWhitelist } from './use-whitelist';
import { WhitelistStatus } from './WhitelistStatus';

export interface AssistantExtrasProps {
  values: FormValues;
  /** The fields the opened form has: « Utiliser ce DN » fills only those. */
  keys: ReadonlySet<FieldKey>;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

/**
 * Beside the opened form: the DN from the certificate file, and whether the domain being
 * declared is already in the published whitelist (with its DN and contacts).
 */
export function AssistantExtras({ values, keys, onChange }: AssistantExtrasProps) {
  const certificate = useCertificate();
  const whitelist = useWhitelist();
  const apply = (changes: FormValues) => applyValues(onChange, changes);
  const use = (dn: string) => apply(dnValues(dn, keys));

  return (
    <div class="extras">
      <CertificateCard inspection={certificate.inspection} onFile={certificate.read} onUse={use} />
      <section class="extras-whitelist" aria-labelledby="extras-whitelist-title">
        <h3 id="extras-whitelist-title">{t('extrasWhitelistTitle')}</h3>
        <WhitelistStatus {...whitelist} />
        {whitelist.index && <DomainStatus domain={values['domain.name']} index={whitelist.index} />}
      </section>
    </div>
  );
}

function DomainStatus({ domain, index }: { domain: unknown; index: WhitelistIndex }) {
  const name = typeof domain === 'string' ? domain.trim() : '';
  if (name === '') return <p>{t('extrasWhitelistDomainPrompt')}</p>;
  const entries = index.byDomain(name);
  if (entries.length === 0) {
    return <p role="status">{t('extrasWhitelistDomainNotListed', { domain: name })}</p>;
  }
  return (
    <div role="status" data-testid="whitelist-domain">
      {entries.map((entry) => (
        <div key={entry.certificateDn}>
          <p>
            {t('extrasWhitelistDomainListed', { domain: entry.domain, dn: entry.certificateDn })}
          </p>
          <p>
            {t('extrasWhitelistDomainContacts', {
              project: entry.projectContact.text || '—',
              tech: entry.technicalContact.text || '—',
            })}
          </p>
        </div>
      ))}
    </div>
  );
}
