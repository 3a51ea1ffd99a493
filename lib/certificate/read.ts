import { DN_ORDER } from '../rules/certificate';
import { type Attribute, formatDn } from '../rules/dn';
import { CertificateError, certificatesOf } from './input';
import { decodeCertificate } from './x509';

/** What the assistant reads from the server certificate. */
export interface CertificateInfo {
  /** The subject in the form's order, `CN=…,OU=…,O=…,ST=…,C=…`, values as held. */
  readonly subjectDn: string;
  /** The issuer as RFC 4514 writes it (most specific first). */
  readonly issuerDn: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** The DNS names of the Subject Alternative Name extension. */
  readonly dnsNames: readonly string[];
  /** True when the extended key usages allow a TLS server (id-kp-serverAuth). */
  readonly serverAuth: boolean;
  /** How many certificates the file held (a chain: more than one; the first is read). */
  readonly chainLength: number;
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
/** The library names a few types by OID or long name; the form knows the short names. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.11': 'OU',
  '2.5.4.10': 'O',
  '2.5.4.8': 'ST',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  E: 'emailAddress',
};

/**
 * The server certificate of a PEM or DER file (the first of a chain). Throws
 * `CertificateError`: a private key is refused before any parsing.
 *
 * @example readCertificate(pem).subjectDn // 'CN=smtp.ch-xyz.fr,OU=…,O=CH XYZ,ST=…,C=FR'
 */
export function readCertificate(input: Uint8Array | string): CertificateInfo {
  const certificates = certificatesOf(input);
  const der = certificates[0];
  if (der === undefined) throw new CertificateError('not-certificate');
  let raw: ReturnType<typeof decodeCertificate>;
  try {
    raw = decodeCertificate(der);
  } catch {
    throw new CertificateError('unreadable');
  }
  const subject = raw.subject.map(named);
  return {
    subjectDn: formatDn(inFormOrder(subject)),
    issuerDn: formatDn([...raw.issuer.map(named)].reverse()),
    notBefore: raw.notBefore,
    notAfter: raw.notAfter,
    dnsNames: raw.dnsNames,
    serverAuth: raw.extendedKeyUsages?.includes(SERVER_AUTH) ?? false,
    chainLength: certificates.length,
  };
}

function named({ type, value }: Attribute): Attribute {
  return { type: TYPE_NAMES[type] ?? type, value };
}

/**
 * CN, OU, O, ST, C first, in that order, then anything else in the reverse of the
 * certificate's order (as RFC 4514 writes it). For the usual IGC-Santé subject, stored
 * C, ST, O, OU, CN, both orders are the same.
 */
function inFormOrder(attributes: readonly Attribute[]): Attribute[] {
  const reversed = [...attributes].reverse();
  const rank = (type: string) => {
    const index = (DN_ORDER as readonly string[]).indexOf(type.toUpperCase());
    return index === -1 ? DN_ORDER.length : index;
  };
  return reversed
    .map((attribute, index) => ({ attribute, index }))
    .sort((a, b) => rank(a.attribute.type) - rank(b.attribute.type) || a.index - b.index)
    .map(({ attribute }) => attribute);
}
