import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../lib/annexe1/fields';
import { checkField, type Severity } from '../../../lib/rules/index';
import { expectFieldFinding } from './helpers';

const LABEL_63 = 'a'.repeat(63);

describe('host names', () => {
  it.each<[string, FieldKey, string, string, Severity, string, string?]>([
    ['rejects an underscore', 'dns.primary', 'ns1_ch.fr', 'host-invalid-char', 'error', '« _ »'],
    [
      'names a space by its code',
      'dns.mailServer',
      'mail ch.fr',
      'host-invalid-char',
      'error',
      'U+0020',
    ],
    [
      'rejects a host name over 63 characters',
      'dns.primary',
      `${'a'.repeat(69)}.fr`,
      'host-too-long',
      'error',
      '72 caractères : le formulaire en accepte 63 au plus',
    ],
    [
      'rejects a name over 253 characters',
      'certificate.cn',
      `${LABEL_63}.${LABEL_63}.${LABEL_63}.${LABEL_63}.fr`,
      'host-too-long',
      'error',
      '258 caractères : le formulaire en accepte 253 au plus',
    ],
    [
      'rejects a label over 63 characters',
      'certificate.cn',
      `${'a'.repeat(64)}.fr`,
      'host-label-too-long',
      'error',
      '63 au plus',
    ],
    [
      'rejects an empty label',
      'dns.secondary',
      'ns1..ch.fr',
      'host-empty-label',
      'error',
      'retirez le point',
    ],
    [
      'rejects a leading dot',
      'dns.secondary',
      '.ch.fr',
      'host-empty-label',
      'error',
      'retirez le point',
    ],
    [
      'rejects a label starting with a hyphen',
      'dns.primary',
      '-ns1.ch.fr',
      'host-label-hyphen',
      'error',
      'retirez ce tiret',
    ],
    [
      'rejects a label ending with a hyphen',
      'dns.primary',
      'ns1-.ch.fr',
      'host-label-hyphen',
      'error',
      '« ns1- »',
    ],
    [
      'rejects a bare host',
      'dns.mailServer',
      'smtp',
      'host-single-label',
      'error',
      'ajoutez le domaine',
    ],
    ['rejects an IPv4 address', 'dns.primary', '192.0.2.10', 'host-ip', 'error', 'indiquez le nom'],
    [
      'rejects an IPv6 address',
      'dns.primary',
      '2001:db8::1',
      'host-ip',
      'error',
      'indiquez le nom',
    ],
    [
      'rejects a numeric last label',
      'dns.primary',
      'ns1.ch.123',
      'host-bad-tld',
      'error',
      'alphabétique',
    ],
    [
      'names a pasted URL and offers its host',
      'dns.mailServer',
      'https://mail.ch.fr/x',
      'host-url',
      'error',
      'adresse web',
      'mail.ch.fr',
    ],
    [
      'names a pasted e-mail address and offers its domain',
      'dns.mailServer',
      'admin@ch.fr',
      'host-email',
      'error',
      'après « @ »',
      'ch.fr',
    ],
    [
      'names a pasted path and offers the host',
      'dns.primary',
      'ns1.ch.fr/zone',
      'host-path',
      'error',
      'retirez « / »',
      'ns1.ch.fr',
    ],
    [
      'names a pasted port and offers the host',
      'dns.mailServer',
      'mail.ch.fr:25',
      'host-port',
      'error',
      'retirez « :25 »',
      'mail.ch.fr',
    ],
    [
      'hints at capitals in a server name',
      'dns.primary',
      'NS1.ch.fr',
      'host-capitals',
      'info',
      'minuscules',
      'ns1.ch.fr',
    ],
    [
      'warns of capitals in the domain',
      'domain.name',
      'CH-X.mssante.fr',
      'host-capitals',
      'warning',
      'minuscules',
      'ch-x.mssante.fr',
    ],
    [
      'warns of spaces around and offers the trimmed name',
      'dns.primary',
      ' ns1.ch.fr ',
      'host-spaces',
      'warning',
      'retirés',
      'ns1.ch.fr',
    ],
    [
      'hints at a final dot and offers the name without it',
      'dns.primary',
      'ns1.ch.fr.',
      'host-final-dot',
      'info',
      'retiré',
      'ns1.ch.fr',
    ],
    [
      'rejects accents and offers the xn-- form',
      'dns.mailServer',
      'mail.hôpital.fr',
      'host-non-ascii',
      'error',
      'forme ASCII',
      'mail.xn--hpital-ixa.fr',
    ],
  ])('%s', (_, key, value, code, severity, fragment, suggestion) => {
    const found = expectFieldFinding(key, value, code, severity, fragment);
    expect(found.suggestion).toBe(suggestion);
  });

  it.each<[string, FieldKey, string]>([
    ['accepts letters, digits, dots and hyphens', 'dns.primary', 'ns-1.ch-exemple.fr'],
    ['accepts exactly 63 characters in a DNS field', 'dns.primary', `${'a'.repeat(60)}.fr`],
    [
      'accepts 253 characters and 63-character labels in the CN',
      'certificate.cn',
      `${LABEL_63}.${LABEL_63}.${LABEL_63}.${'a'.repeat(58)}.fr`,
    ],
    ['accepts an xn-- last label', 'dns.mailServer', 'mail.xn--p1ai'],
    ['accepts a name already in xn-- form', 'dns.mailServer', 'mail.xn--hpital-ixa.fr'],
    ['accepts a lower-case name without spaces or final dot', 'dns.secondary', 'ns2.ch.fr'],
    ['says nothing of an empty field', 'dns.primary', ''],
  ])('%s', (_, key, value) => {
    expect(checkField(key, value)).toEqual([]);
  });

  it('builds each fix on the previous ones, the last being the cleaned name', () => {
    const suggestions = checkField('dns.primary', ' NS1.Ch.fr. ').map((f) => f.suggestion);
    expect(suggestions).toEqual(['NS1.Ch.fr.', 'NS1.Ch.fr', 'ns1.ch.fr']);
  });
});
