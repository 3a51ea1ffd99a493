import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { indexWhitelist, parseWhitelist } from '../lib/whitelist';

// The real list of 2025-03-13 (6,554 entries), read from the shared data, never copied here.
const xml = readFileSync(
  resolve(import.meta.dirname, '../../shared/data/listeblanchemssante-2025-03-14.xml'),
  'utf8',
);
const index = indexWhitelist(parseWhitelist(xml));
const DN = 'CN=medimail-asip.mipih.fr,OU=318310021300028,O=GIP MIPIH,ST=Haute-Garonne (31),C=FR';

describe('whitelist lookup after loading', () => {
  bench('byDomain, a listed domain', () => {
    index.byDomain('adsea29.mssante.fr');
  });
  bench('byDomain, an unlisted domain', () => {
    index.byDomain('inconnu.mssante.fr');
  });
  bench('byDn, a DN serving 600 domains', () => {
    index.byDn(DN);
  });
});

describe('whitelist loading', () => {
  bench('parse and index the whole list', () => {
    indexWhitelist(parseWhitelist(xml));
  });
});
