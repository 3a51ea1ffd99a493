// tsyringe, under @peculiar/x509, needs the Reflect metadata API before it loads: this
// import must stay first (Biome keeps a side-effect import in place).
import './reflect';
import {
  ExtendedKeyUsageExtension,
  type Name,
  SubjectAlternativeNameExtension,
  X509Certificate,
} from '@peculiar/x509';

/**
 * The one door to the X.509 library, so that the Reflect set-up above is done once and
 * before it. Reads what the form needs from a DER certificate; throws on a bad one.
 */

export interface RawCertificate {
  /** The subject's attributes in the certificate's order (C first, usually). */
  readonly subject: readonly { type: string; value: string }[];
  readonly issuer: readonly { type: string; value: string }[];
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly dnsNames: readonly string[];
  /** The extended key usages' OIDs; null when the certificate has no such extension. */
  readonly extendedKeyUsages: readonly string[] | null;
}

/** The parts of a DER certificate the assistant uses. Throws when it is not one. */
export function decodeCertificate(der: Uint8Array): RawCertificate {
  const certificate = new X509Certificate(new Uint8Array(der));
  const san = certificate.getExtension(SubjectAlternativeNameExtension);
  const eku = certificate.getExtension(ExtendedKeyUsageExtension);
  return {
    subject: attributes(certificate.subjectName),
    issuer: attributes(certificate.issuerName),
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    dnsNames: san?.names.items.filter((n) => n.type === 'dns').map((n) => n.value) ?? [],
    extendedKeyUsages: eku === null ? null : eku.usages.map(String),
  };
}

/** Attributes in order, multi-valued RDNs flattened; types by their short names. */
function attributes(name: Name): { type: string; value: string }[] {
  return name
    .toJSON()
    .flatMap((rdn) =>
      Object.entries(rdn).flatMap(([type, values]) => values.map((value) => ({ type, value }))),
    );
}
