import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  compactWhitelist,
  expandWhitelist,
  parseContact,
  parseWhitelistFile,
} from '@/lib/whitelist';
import { REPO_ROOT } from '../paths';

const REAL = resolve(REPO_ROOT, '../shared/data/listeblanchemssante-2025-03-14.xml');

describe('the stored copy of the whitelist', () => {
  it('keeps every entry, in a third of the XML size', () => {
    const xml = readFileSync(REAL, 'utf8');
    const list = parseWhitelistFile(xml);
    const stored = compactWhitelist(list, new Date('2025-03-14T10:00:00Z'));
    const json = JSON.stringify(stored);
    expect(json.length).toBeLessThan(xml.length / 3);
    const back = expandWhitelist(JSON.parse(json));
    expect(back?.entries).toEqual(list.entries);
    expect(back?.fetchedAt).toBe('2025-03-14T10:00:00.000Z');
  });

  it('is ignored when storage holds something else', () => {
    expect(expandWhitelist(undefined)).toBeNull();
    expect(expandWhitelist({ format: 'mssante-whitelist', version: 2 })).toBeNull();
  });

  it('tells its age in whole days', () => {
    expect(ageInDays('2025-03-14T10:00:00Z', new Date('2025-03-17T09:00:00Z'))).toBe(2);
    expect(ageInDays('garbage', new Date())).toBe(0);
  });
});

describe('a published contact', () => {
  it('is split into phone and e-mail when the text holds them', () => {
    expect(parseContact('M. SEGUIN Baptiste, 06 32 78 72 61, support.team@enovacom.com')).toEqual({
      text: 'M. SEGUIN Baptiste, 06 32 78 72 61, support.team@enovacom.com',
      phone: '06 32 78 72 61',
      email: 'support.team@enovacom.com',
    });
    expect(parseContact('contactTechniqueMSS@sante-ara.fr')).toEqual({
      text: 'contactTechniqueMSS@sante-ara.fr',
      email: 'contactTechniqueMSS@sante-ara.fr',
    });
    expect(parseContact('x@esante.gouv.fr, 0 825 852 000 (local + 6 cts/min)').phone).toBe(
      '0 825 852 000',
    );
  });
});
