import { useDrop } from '@/components/use-drop';
import type { CertificateInspection } from '@/lib/certificate';
import { getLocale, t } from '@/lib/i18n';
import './extras.css';

export interface CertificateCardProps {
  inspection: CertificateInspection | undefined;
  onFile: (file: File) => void;
  onUse: (dn: string) => void;
}

const day = (date: Date) => date.toLocaleDateString(getLocale());

/** Where the certificate is dropped or chosen, and what was read from it. */
export function CertificateCard({ inspection, onFile, onUse }: CertificateCardProps) {
  const { over, handlers } = useDrop(onFile);
  return (
    <section
      class={over ? 'extras-certificate drop over' : 'extras-certificate drop'}
      aria-labelledby="extras-certificate-title"
      {...handlers}
    >
      <h3 id="extras-certificate-title">{t('extrasCertTitle')}</h3>
      <p>{t('extrasCertDrop')}</p>
      <label class="button secondary">
        {t('extrasCertChoose')}
        <input
          type="file"
          accept=".pem,.crt,.cer,.der,application/x-x509-ca-cert,application/pkix-cert"
          class="visually-hidden"
          data-testid="certificate-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      {inspection && !inspection.ok && (
        <p role="alert" class="error">
          {inspection.message}
        </p>
      )}
      {inspection?.ok && <Reading inspection={inspection} onUse={onUse} />}
    </section>
  );
}

function Reading({
  inspection,
  onUse,
}: {
  inspection: Extract<CertificateInspection, { ok: true }>;
  onUse: (dn: string) => void;
}) {
  const { certificate, findings } = inspection;
  const range = { from: day(certificate.notBefore), to: day(certificate.notAfter) };
  return (
    <div role="status" class="extras-reading">
      <dl>
        <dt>{t('extrasCertSubject')}</dt>
        <dd>
          <code data-testid="certificate-dn">{certificate.subjectDn}</code>
        </dd>
        <dt>{t('extrasCertIssuer')}</dt>
        <dd>{certificate.issuerDn}</dd>
        <dt>{t('extrasCertValidity')}</dt>
        <dd>{t('extrasCertValidityRange', range)}</dd>
        <dt>{t('extrasCertDnsNames')}</dt>
        <dd>{certificate.dnsNames.join(', ') || t('extrasCertNone')}</dd>
      </dl>
      {certificate.chainLength > 1 && (
        <p>{t('extrasCertChain', { count: certificate.chainLength })}</p>
      )}
      {findings.length === 0 ? (
        <p class="ok">{t('extrasCertNoWarning')}</p>
      ) : (
        <ul class="findings">
          {findings.map((finding, index) => (
            <li key={`${index}-${finding.code}`} class={finding.severity}>
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => onUse(certificate.subjectDn)}>
        {t('extrasCertUseDn')}
      </button>
    </div>
  );
}
