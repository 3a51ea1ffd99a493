import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDn } from '../../../lib/rules/dn';
import { finessDepartment, parseStructureId } from '../../../lib/rules/identifier';
import { checkField, loadRuleData } from '../../../lib/rules/index';

// The agency's published whitelist, read where the repository's neighbour `shared/` keeps
// it: a fresh clone in CI has it beside the repository, never inside.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const xml = readFileSync(
  path.resolve(repoRoot, '../shared/data/listeblanchemssante-2025-03-14.xml'),
  'utf8',
);

function distinct(tag: string): string[] {
  const pattern = new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g');
  return [...new Set([...xml.matchAll(pattern)].map((match) => unescapeXml(match[1] ?? '')))];
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

const dns = distinct('DNCertificatOperateur');
const domains = distinct('Nom');

/** The few listed entries that really break the rules, and why. */
const BROKEN_DNS = new Map([
  [
    'CN=cert-expire-audit.espacedeconfiance.mssante.fr,OU=300000000099622,O=GIP - TEST9962,L=Paris (75),C=FR',
    'L= instead of ST= (an audit certificate of the agency)',
  ],
  [
    'CN=smtp-test-audit.dev.mssante.fr,OU=10B0078671,O=CENTRE DE SANTE RPPS07867,ST=Rhône (69),C=FR',
    'test OU 10B0078671: a letter in a FINESS outside Corsica',
  ],
  [
    'CN=rassconsult,OU=318751275100020,O=AGENCE DU NUMERIQUE EN SANTE,ST=Paris (75),C=FR',
    'CN is a bare host name, not a fully qualified one',
  ],
]);
const BROKEN_DOMAINS = new Map([
  ['sessad@ase.ditepbeziers.mssante.fr', 'an e-mail address, not a domain'],
]);

function errorsOf(key: 'certificate.dn' | 'domain.name', value: string): string[] {
  return checkField(key, value)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.code}: ${finding.message}`);
}

beforeAll(async () => {
  await loadRuleData();
});

describe('the published whitelist', () => {
  it('holds the counts its README gives', () => {
    expect(xml.match(/<Domaine>/g)).toHaveLength(6554);
    expect(dns).toHaveLength(392);
    expect(domains).toHaveLength(5002);
  });

  it('gives no error to any listed DN but the known broken ones', () => {
    const refused = dns.filter((dn) => errorsOf('certificate.dn', dn).length > 0);
    expect(refused.sort()).toEqual([...BROKEN_DNS.keys()].sort());
  });

  it('gives no error to any listed domain but the known broken ones', () => {
    const refused = domains.filter((domain) => errorsOf('domain.name', domain).length > 0);
    expect(refused).toEqual([...BROKEN_DOMAINS.keys()]);
  });

  it.each([...BROKEN_DNS])('refuses %s (%s)', (dn) => {
    expect(errorsOf('certificate.dn', dn)).not.toEqual([]);
  });

  it('passes the check digit of 391 of 391 numeric OUs', () => {
    const ous = dns.map((dn) => ouOf(dn)).filter((ou) => /^\d+$/.test(ou));
    const passing = ous.filter((ou) => checkField('certificate.ou', ou).length === 0);
    expect(ous).toHaveLength(391);
    expect(passing).toHaveLength(391);
  });

  it('finds the FINESS department in ST for every DN with a FINESS (308 + 10 overseas)', () => {
    const withFiness = dns.filter((dn) => parseStructureId(ouOf(dn))?.kind === 'finess');
    const overseas = withFiness.filter((dn) => /^9[78]/.test(ouOf(dn).slice(1)));
    const mismatched = withFiness.filter((dn) =>
      checkField('certificate.dn', dn).some((finding) => finding.code === 'dn-finess-department'),
    );
    expect(withFiness.length - overseas.length).toBe(308);
    expect(overseas).toHaveLength(10);
    expect(overseas.map((dn) => finessDepartment(ouOf(dn).slice(1)))).not.toContain(undefined);
    expect(mismatched).toEqual([]);
  });

  it('finds 6,550 of 6,554 listed domains under mssante.fr', () => {
    const names = [...xml.matchAll(/<Nom>([^<]*)<\/Nom>/g)].map((match) => match[1] ?? '');
    expect(names.filter((name) => name.toLowerCase().endsWith('.mssante.fr'))).toHaveLength(6550);
  });
});

function ouOf(dn: string): string {
  const parsed = parseDn(dn);
  return parsed.ok ? (parsed.dn.attributes.find((a) => a.type === 'OU')?.value ?? '') : '';
}
