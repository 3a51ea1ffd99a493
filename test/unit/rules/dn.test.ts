import { describe, expect, it } from 'vitest';
import { formatDn, parseDn } from '../../../lib/rules/dn';

function attributesOf(text: string) {
  const parsed = parseDn(text);
  if (!parsed.ok) throw new Error(`${text} did not parse: ${parsed.error}`);
  return parsed.dn.attributes.map(({ type, value }) => [type, value]);
}

describe('parseDn', () => {
  it('reads the form’s writing', () => {
    expect(attributesOf('CN=mss.ch.fr,OU=1750000523,O=CH X,ST=Paris (75),C=FR')).toEqual([
      ['CN', 'mss.ch.fr'],
      ['OU', '1750000523'],
      ['O', 'CH X'],
      ['ST', 'Paris (75)'],
      ['C', 'FR'],
    ]);
  });

  it('tolerates spaces after commas and around "="', () => {
    expect(attributesOf('CN = a.fr, O=X ,  C=FR')).toEqual([
      ['CN', 'a.fr'],
      ['O', 'X'],
      ['C', 'FR'],
    ]);
  });

  it('reads a quoted value, commas included', () => {
    expect(attributesOf('O="CH  A, B",C=FR')).toEqual([
      ['O', 'CH  A, B'],
      ['C', 'FR'],
    ]);
  });

  it('keeps an unescaped quote inside a value, as the agency accepts it', () => {
    expect(attributesOf('O=CENTRE HOSPITALIER "FRANCK-JOLY",C=FR')[0]).toEqual([
      'O',
      'CENTRE HOSPITALIER "FRANCK-JOLY"',
    ]);
  });

  it('decodes \\, \\" and \\XX escapes, UTF-8 runs included', () => {
    expect(attributesOf('O=A\\, B \\"C\\" \\C3\\A9\\20,C=FR')[0]).toEqual(['O', 'A, B "C" é ']);
  });

  it('reads OpenSSL’s slash form, a "/" inside a value included', () => {
    const parsed = parseDn('/C=FR/ST=Paris (75)/O=AP/HP/OU=1750000523/CN=a.fr');
    expect(parsed.ok && parsed.dn.style).toBe('openssl');
    expect(attributesOf('/C=FR/O=AP/HP/CN=a.fr')).toEqual([
      ['C', 'FR'],
      ['O', 'AP/HP'],
      ['CN', 'a.fr'],
    ]);
  });

  it('reads OpenSSL’s subject= line', () => {
    const parsed = parseDn('subject=C = FR, O = X, CN = a.fr');
    expect(parsed.ok && parsed.dn.style).toBe('openssl');
    expect(attributesOf('subject=C = FR, O = X, CN = a.fr')).toHaveLength(3);
  });

  it.each([
    ['an unescaped comma', 'CN=a.fr,O=A, B,C=FR', 'equals', 14],
    ['a missing "="', 'CN a.fr', 'equals', 3],
    ['a trailing comma', 'CN=a.fr,', 'type', 8],
    ['an unknown escape', 'O=A\\qB', 'escape', 3],
    ['an unclosed quote', 'O="AB,C=FR', 'quote', 2],
    ['text after a closing quote', 'O="A" B,C=FR', 'afterQuote', 6],
  ])('locates %s', (_, text, error, position) => {
    expect(parseDn(text)).toEqual({ ok: false, error, position });
  });
});

describe('formatDn', () => {
  it('escapes what RFC 4514 requires, and spaces at either end', () => {
    const text = formatDn([
      { type: 'O', value: ' A, B+C;<D> "E"\\ ' },
      { type: 'CN', value: '#x' },
    ]);
    expect(text).toBe('O=\\ A\\, B\\+C\\;\\<D\\> \\"E\\"\\\\\\ ,CN=\\#x');
  });

  it('round-trips through parseDn', () => {
    const attributes = [
      { type: 'CN', value: 'a.fr' },
      { type: 'O', value: ' "x", \u0000\ttab ' },
    ];
    expect(parseDn(formatDn(attributes))).toEqual({
      ok: true,
      dn: { style: 'rfc4514', attributes },
    });
  });
});
