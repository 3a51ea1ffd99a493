import { useState } from 'preact/hooks';
import { type CertificateInspection, inspectCertificate } from '@/lib/certificate';
import { t } from '@/lib/i18n';

/** The certificate file the user dropped or chose, read in the page, never sent. */
export function useCertificate() {
  const [inspection, setInspection] = useState<CertificateInspection>();
  const read = (file: File) => {
    file.arrayBuffer().then(
      (buffer) =>
        setInspection(inspectCertificate(new Uint8Array(buffer), { fileName: file.name })),
      () => setInspection({ ok: false, code: 'unreadable', message: t('extrasCertUnreadable') }),
    );
  };
  return { inspection, read };
}
