import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { dnValues } from '@/lib/certificate/values';
import { t } from '@/lib/i18n';
import { publishedValues } from '@/lib/whitelist';
import { applyValues } from './apply';
import { CertificateCard } from './CertificateCard';
import { useCertificate } from './use-certificate';
import { useWhitelist } from './use-whitelist';
import { WhitelistStatus } from './WhitelistStatus';

export interface ProfileExtrasProps {
  values: FormValues;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

/**
 * The profile's certificate and what the agency already publishes for it: the DN read
 * from the certificate file, whether that DN is listed, and its published contacts.
 */
export function ProfileExtras({ values, onChange }: ProfileExtrasProps) {
  const certificate = useCertificate();
  const whitelist = useWhitelist();
  const apply = (changes: FormValues) => applyValues(onChange, changes);
  const dn = typeof values['certificate.dn'] === 'string' ? values['certificate.dn'].trim() : '';
  const listed = dn !== '' && whitelist.index ? whitelist.index.byDn(dn) : [];
  const published = whitelist.index && dn !== '' ? publishedValues(whitelist.index, dn) : {};
  const contact = (phone: unknown, email: unknown) =>
    [phone, email].filter((part) => typeof part === 'string' && part !== '').join(', ') || '—';

  return (
    <div class="extras">
      <CertificateCard
        inspection={certificate.inspection}
        onFile={certificate.read}
        onUse={(subject) => apply(dnValues(subject))}
      />
      <section class="extras-whitelist" aria-labelledby="extras-whitelist-title">
        <h3 id="extras-whitelist-title">{t('extrasWhitelistTitle')}</h3>
        <WhitelistStatus {...whitelist} />
        {whitelist.index && dn !== '' && (
          <p role="status" data-testid="whitelist-dn">
            {listed.length > 0
              ? t('extrasWhitelistDnListed', {
                  count: new Set(listed.map((entry) => entry.domain)).size,
                  domain: listed[0]?.domain ?? '',
                })
              : t('extrasWhitelistDnNotListed')}
          </p>
        )}
        {listed.length > 0 && (
          <div class="extras-prefill">
            <p>
              {t('extrasWhitelistPrefillHint', {
                project: contact(
                  published['publicProject.phone'],
                  published['publicProject.email'],
                ),
                tech: contact(published['publicTech.phone'], published['publicTech.email']),
              })}
            </p>
            <button type="button" class="secondary" onClick={() => apply(published)}>
              {t('extrasWhitelistPrefill')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
