import { describe, expect, it } from 'vitest';
import { allowableOrigin } from '@/lib/extension/site';

describe('allowableOrigin', () => {
  it.each([
    ['an intranet page', 'https://intranet.chu-xyz.fr/annexe1.html', 'https://intranet.chu-xyz.fr'],
    ['a plain-http page', 'http://10.0.0.1:8080/form', 'http://10.0.0.1:8080'],
    ['an official host', 'https://espacedeconfiance.mssante.fr/x', undefined],
    ['the bare official domain', 'https://esante.gouv.fr/', undefined],
    ['a look-alike of an official host', 'https://evil-mssante.fr/', 'https://evil-mssante.fr'],
    ['a browser page', 'chrome://extensions/', undefined],
    ['a local file', 'file:///home/u/annexe1.html', undefined],
    ['no address', undefined, undefined],
    ['not an address', 'annexe1', undefined],
  ])('answers for %s', (_name, url, expected) => {
    expect(allowableOrigin(url)).toBe(expected);
  });
});
