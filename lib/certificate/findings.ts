import { type MessageKey, type Substitutions, t } from '../i18n';
import type { Finding } from '../rules';
import { checkField } from '../rules';
import { first } from '../rules/certificate';
import { parseDn } from '../rules/dn';
import type { CertificateInfo } from './read';

/** A certificate within this many days of its end is flagged: renewal takes weeks. */
export const EXPIRY_NOTICE_DAYS = 60;
const DAY = 86_400_000;

/**
 * The IGC-Santé as issuers name it, accents, dashes and case aside: « AC IGC-SANTE … »,
 * O=ASIP-SANTE (the agency's former name), the ANS and « Agence du Numérique en Santé ».
 */
const IGC_SANTE = /\bIGC SANTE\b|\bASIP SANTE\b|\bAGENCE DU NUMERIQUE EN SANTE\b/;
const AGENCY = 'ANS';

/**
 * The warnings about a certificate, as findings of `certificate.dn`: its dates (given
 * `now`), its issuer, its usage, its SAN, then the rule engine's verdict on its DN.
 */
export function certificateFindings(info: CertificateInfo, now: Date): Finding[] {
  const findings: Finding[] = [];
  const add = (
    severity: Finding['severity'],
    code: string,
    key: MessageKey,
    values?: Substitutions,
  ) => findings.push({ field: 'certificate.dn', severity, code, message: t(key, values) });

  const date = info.notAfter.toISOString().slice(0, 10);
  const left = Math.floor((info.notAfter.getTime() - now.getTime()) / DAY);
  if (info.notAfter.getTime() <= now.getTime()) {
    add('error', 'certificate-expired', 'extrasCertExpired', { date });
  } else if (left < EXPIRY_NOTICE_DAYS) {
    add('warning', 'certificate-expiring', 'extrasCertExpiring', { date, days: left });
  }
  if (info.notBefore.getTime() > now.getTime()) {
    add('warning', 'certificate-not-yet-valid', 'extrasCertNotYetValid', {
      date: info.notBefore.toISOString().slice(0, 10),
    });
  }
  if (!isIgcSante(info.issuerDn)) add('warning', 'certificate-not-igc-sante', 'extrasCertNotIgc');
  if (!info.serverAuth) add('warning', 'certificate-no-server-auth', 'extrasCertNoServerAuth');

  const cn = cnOf(info.subjectDn);
  const listed = info.dnsNames.some((name) => name.toLowerCase() === cn.toLowerCase());
  if (cn !== '' && !listed)
    add('warning', 'certificate-cn-not-in-san', 'extrasCertCnNotInSan', { cn });
  return [...findings, ...checkField('certificate.dn', info.subjectDn)];
}

/** True when the issuer is the agency's PKI, however it spells itself. */
export function isIgcSante(issuerDn: string): boolean {
  const plain = issuerDn
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[-_]+/g, ' ');
  if (IGC_SANTE.test(plain)) return true;
  const parsed = parseDn(issuerDn);
  return (
    parsed.ok &&
    parsed.dn.attributes.some(
      (a) => a.type.toUpperCase() === 'O' && a.value.trim().toUpperCase() === AGENCY,
    )
  );
}

function cnOf(dn: string): string {
  const parsed = parseDn(dn);
  return parsed.ok ? first(parsed.dn.attributes, 'CN') : '';
}
