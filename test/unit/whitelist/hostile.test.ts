import { describe, expect, it } from 'vitest';
import { parseWhitelist, WhitelistError, whitelistErrorMessage } from '@/lib/whitelist';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const entry = (name: string, extra = '') =>
  `<Domaine><Nom>${name}</Nom><Description>D</Description>${extra}` +
  '<DNCertificatOperateur>CN=a.fr,OU=1,O=A,ST=Paris (75),C=FR</DNCertificatOperateur>' +
  '<ResponsableContact>01 02 03 04 05, a@a.fr</ResponsableContact>' +
  '<SupportContact>a@a.fr</SupportContact><DateMAJ>2025-01-01T00:00:00Z</DateMAJ></Domaine>';
const list = (body: string, close = true) =>
  `${HEAD}<ListeBlancheMSSante xmlns="https://listeblanche.mssante.fr/schema">` +
  `<DateDeGeneration>2025-01-01T00:00:00Z</DateDeGeneration><ListeDomaines>${body}` +
  `</ListeDomaines>${close ? '</ListeBlancheMSSante>' : ''}`;

const failure = (xml: string) => {
  try {
    parseWhitelist(xml);
  } catch (error) {
    if (error instanceof WhitelistError) return error.code;
    throw error;
  }
  return 'accepted';
};

describe('a whitelist from an unsafe source', () => {
  it('refuses an external entity without resolving it', () => {
    const doctype = '<!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]>';
    const xml = `${HEAD}${doctype}${list(entry('&x;'))}`;
    expect(failure(xml)).toBe('doctype');
    expect(whitelistErrorMessage(catchError(xml))).toMatch(/refusé par sécurité/);
  });

  it('refuses a billion laughs', () => {
    const laughs = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    const xml = `${HEAD}<!DOCTYPE l [<!ENTITY l0 "lol">${laughs}]>${list(entry('&l9;'))}`;
    expect(failure(xml)).toBe('doctype');
  });

  it('refuses an undeclared entity', () => {
    expect(failure(list(entry('a&nbsp;b.mssante.fr')))).toBe('entity');
  });

  it('refuses 50 MB without reading them', () => {
    const huge = list(
      entry('a.mssante.fr')
        .repeat(1)
        .padEnd(50 * 1024 * 1024, ' '),
    );
    expect(failure(huge)).toBe('too-large');
    expect(whitelistErrorMessage(catchError(huge))).toMatch(/dépasse 20 Mo/);
  });
});

describe('a malformed whitelist', () => {
  it('is an error, not a shorter list', () => {
    const whole = list(entry('a.mssante.fr') + entry('b.mssante.fr'));
    expect(parseWhitelist(whole)).toHaveLength(2);
    expect(failure(whole.slice(0, whole.indexOf('b.mssante.fr')))).toBe('truncated');
    expect(failure(whole.slice(0, whole.indexOf('Nom>b') + 2))).toBe('syntax');
    expect(failure(whole.replace('</Nom>', '</Name>'))).toBe('syntax');
    expect(
      failure(list(entry('a.mssante.fr', '<Nom>x</Nom>').replace('<Nom>a.mssante.fr</Nom>', ''))),
    ).toBe('accepted');
    expect(failure(list('<Domaine><Description>no name</Description></Domaine>'))).toBe('entry');
    expect(failure(list(entry('a.mssante.fr', '<Description>x<b>y</b></Description>')))).toBe(
      'entry',
    );
    expect(failure(list(entry('a & b.mssante.fr')))).toBe('syntax');
    expect(failure(list(`<Groupe>${entry('a.mssante.fr')}</Groupe>`))).toBe('entry');
  });

  it('says when the file is not the whitelist at all', () => {
    expect(failure('<html><body>Maintenance</body></html>')).toBe('not-whitelist');
    expect(failure('')).toBe('not-whitelist');
    expect(failure('plain text')).toBe('not-whitelist');
  });

  it('forgives the missing closing root tag, and only it', () => {
    expect(parseWhitelist(list(entry('a.mssante.fr'), false))).toHaveLength(1);
  });
});

function catchError(xml: string): unknown {
  try {
    parseWhitelist(xml);
  } catch (error) {
    return error;
  }
  return undefined;
}
