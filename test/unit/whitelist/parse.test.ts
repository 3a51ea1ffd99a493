import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  indexWhitelist,
  parseWhitelist,
  parseWhitelistFile,
  publishedValues,
  type WhitelistEntry,
} from '@/lib/whitelist';
import { REPO_ROOT } from '../paths';

const REAL = resolve(REPO_ROOT, '../shared/data/listeblanchemssante-2025-03-14.xml');
const MIPIH_DN =
  'CN=medimail-asip.mipih.fr,OU=318310021300028,O=GIP MIPIH,ST=Haute-Garonne (31),C=FR';
let xml: string;
let entries: WhitelistEntry[];

beforeAll(() => {
  xml = readFileSync(REAL, 'utf8');
  entries = parseWhitelist(xml);
});

describe('the published whitelist of 2025-03-13', () => {
  it('parses whole, despite its missing closing tag', () => {
    expect(xml.trimEnd().endsWith('</ListeDomaines>')).toBe(true);
    expect(entries).toHaveLength(6554);
    expect(parseWhitelistFile(xml).generatedAt).toBe('2025-03-13T14:54:10Z');
  });

  it('gives each entry its domain, description, DN, contacts and date', () => {
    expect(entries[0]).toEqual({
      domain: 'adsea29.mssante.fr',
      description: 'BREST LA SAUVEGARDE',
      certificateDn: MIPIH_DN,
      projectContact: {
        text: '08 10  61 50 50, medimail.diffusion@mipih.fr',
        phone: '08 10 61 50 50',
        email: 'medimail.diffusion@mipih.fr',
      },
      technicalContact: {
        text: '08 10  61 50 50, medimail.technique@mipih.fr',
        phone: '08 10 61 50 50',
        email: 'medimail.technique@mipih.fr',
      },
      updatedAt: '2025-03-13T14:54:10Z',
    });
  });

  it('decodes the entities the file uses', () => {
    const texts = entries.flatMap((e) => [e.description, e.projectContact.text]);
    expect(texts.some((text) => text.includes('&amp;'))).toBe(false);
    expect(texts.some((text) => text.includes('&'))).toBe(true);
  });

  it('finds known domains, whatever their case and spaces, with their DN', () => {
    const index = indexWhitelist(entries);
    expect(index.byDomain('  ADSEA29.mssante.fr ').map((e) => e.certificateDn)).toEqual([MIPIH_DN]);
    // A domain served by several certificates is listed once per certificate.
    const dedalus = (n: number) =>
      `CN=smtp-${n}.sante.santnet.com,OU=341459958900028,O=DEDALUS HEALTHCARE FRANCE,` +
      'ST=Gironde (33),C=FR';
    expect(index.byDomain('zenidoc.mssante.fr').map((e) => e.certificateDn)).toEqual([
      dedalus(1),
      dedalus(2),
      'CN=smtp-1.mssante.adista.fr,OU=332315971500305,O=ADISTA,ST=Meurthe-et-Moselle (54),C=FR',
      'CN=smtp-2.mssante.adista.fr,OU=332315971500305,O=ADISTA,ST=Meurthe-et-Moselle (54),C=FR',
    ]);
    expect(index.byDomain('inconnu.mssante.fr')).toEqual([]);
  });

  it('finds the domains a DN serves, however its spaces and case are written', () => {
    const index = indexWhitelist(entries);
    const spaced = MIPIH_DN.replaceAll(',', ', ').toLowerCase();
    expect(index.byDn(spaced).length).toBeGreaterThan(500);
    expect(index.byDn('CN=nobody.fr,OU=1,O=X,ST=Paris (75),C=FR')).toEqual([]);
  });

  it('offers an operator its published contacts and DN for the next domain', () => {
    const values = publishedValues(indexWhitelist(entries), MIPIH_DN);
    expect(values).toMatchObject({
      'certificate.dn': MIPIH_DN,
      'publicProject.email': 'medimail.diffusion@mipih.fr',
      'publicTech.email': 'medimail.technique@mipih.fr',
    });
    expect(values['publicTech.phone']).toMatch(/^08 10 ?61 50 50$/);
    expect(publishedValues(indexWhitelist(entries), 'CN=x')).toEqual({});
  });
});
