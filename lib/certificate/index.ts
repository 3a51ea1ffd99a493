import { type MessageKey, t } from '../i18n';
import type { Finding } from '../rules';
import { certificateFindings } from './findings';
import { CertificateError, type CertificateErrorCode } from './input';
import { type CertificateInfo, readCertificate } from './read';

/**
 * The operator's SSL_SERVEUR certificate, read from the file the user drops: its subject
 * DN in the form's order, and what is wrong with it before the agency says so.
 */

export { certificateFindings, EXPIRY_NOTICE_DAYS, isIgcSante } from './findings';
export { CERTIFICATE_MAX_BYTES, CertificateError, type CertificateErrorCode } from './input';
export { type CertificateInfo, readCertificate } from './read';

export type CertificateInspection =
  | { readonly ok: true; readonly certificate: CertificateInfo; readonly findings: Finding[] }
  | { readonly ok: false; readonly code: CertificateErrorCode; readonly message: string };

const MESSAGES = {
  'private-key': 'extrasCertPrivateKey',
  empty: 'extrasCertEmpty',
  'too-large': 'extrasCertTooLarge',
  request: 'extrasCertRequest',
  'not-certificate': 'extrasCertNotCertificate',
  truncated: 'extrasCertTruncated',
  unreadable: 'extrasCertUnreadable',
} as const satisfies Record<CertificateErrorCode, MessageKey>;

/**
 * A dropped file read and judged, for the interface: never throws. `fileName` lets a
 * `.p12`/`.pfx` be refused by its name too.
 */
export function inspectCertificate(
  input: Uint8Array | string,
  options: { now?: Date; fileName?: string } = {},
): CertificateInspection {
  try {
    if (/\.(?:p12|pfx|key)$/i.test(options.fileName ?? '')) {
      throw new CertificateError('private-key');
    }
    const certificate = readCertificate(input);
    return {
      ok: true,
      certificate,
      findings: certificateFindings(certificate, options.now ?? new Date()),
    };
  } catch (error) {
    const code = error instanceof CertificateError ? error.code : 'unreadable';
    return { ok: false, code, message: t(MESSAGES[code]) };
  }
}
