import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../lib/annexe1/fields';
import { checkField, loadRuleData, type Severity } from '../../../lib/rules/index';
import { expectFieldFinding } from './helpers';

const VALID_DN = 'CN=cpsure.ghpsj.fr,OU=1750000523,O=GH PARIS SITE SAINT JOSEPH,ST=Paris (75),C=FR';

/** The valid DN with one attribute's whole `TYPE=value` replaced. */
function dnWith(from: string, to: string): string {
  return VALID_DN.replace(from, to);
}

beforeAll(async () => {
  await loadRuleData();
});

describe('the certificate DN', () => {
  it.each<[string, string, string, Severity, string, string?]>([
    ['rejects what does not parse', 'CN=a.fr,O=A, B,C=FR', 'dn-syntax', 'error', 'écrivez « \\, »'],
    [
      'rejects a missing attribute',
      dnWith(',O=GH PARIS SITE SAINT JOSEPH', ''),
      'dn-attribute-missing',
      'error',
      'O= manque',
    ],
    [
      'rejects an empty attribute',
      dnWith('O=GH PARIS SITE SAINT JOSEPH', 'O='),
      'dn-attribute-missing',
      'error',
      'indiquez sa valeur',
    ],
    [
      'rejects a repeated attribute',
      `${VALID_DN},C=FR`,
      'dn-attribute-repeated',
      'error',
      'gardez-en un seul',
    ],
    [
      'offers ST= for L=',
      dnWith('ST=', 'L='),
      'dn-attribute-missing',
      'error',
      'ST=Nom (code)',
      VALID_DN,
    ],
    [
      'warns of an extra attribute',
      `${VALID_DN},L=Paris`,
      'dn-attribute-extra',
      'warning',
      'L= n’est pas attendu',
    ],
    [
      'offers the form’s order for the reversed one',
      'C=FR, ST=Paris (75), O=GH PARIS SITE SAINT JOSEPH, OU=1750000523, CN=cpsure.ghpsj.fr',
      'dn-order',
      'warning',
      'CN, OU, O, ST puis C',
      VALID_DN,
    ],
    [
      'offers the form’s writing for OpenSSL’s',
      '/C=FR/ST=Paris (75)/O=GH PARIS SITE SAINT JOSEPH/OU=1750000523/CN=cpsure.ghpsj.fr',
      'dn-openssl',
      'warning',
      'CN=…,OU=…',
      VALID_DN,
    ],
    [
      'rejects a country other than FR',
      dnWith('C=FR', 'C=BE'),
      'dn-country',
      'error',
      'doit porter FR',
      VALID_DN,
    ],
    [
      'rejects a CN that is not a host name',
      dnWith('CN=cpsure.ghpsj.fr', 'CN=cpsure'),
      'host-single-label',
      'error',
      'CN : Nom incomplet',
    ],
    [
      'offers the CN fixed within the whole DN',
      dnWith('CN=cpsure', 'CN=CPSURE'),
      'host-capitals',
      'info',
      'minuscules',
      VALID_DN,
    ],
    [
      'rejects an OU that is no national identifier',
      dnWith('OU=1750000523', 'OU=10B0078671'),
      'id-format',
      'error',
      '1 + FINESS (10 caractères)',
    ],
    [
      'offers the prefix of a bare FINESS in the OU',
      dnWith('OU=1750000523', 'OU=750000523'),
      'id-unprefixed',
      'error',
      'écrivez « 1750000523 »',
      VALID_DN,
    ],
    [
      'rejects a SIRET OU with a wrong key',
      dnWith('OU=1750000523', 'OU=318310021300029'),
      'id-check-digit',
      'error',
      '14 chiffres du SIRET',
    ],
    [
      'warns of a FINESS OU with a wrong key',
      dnWith('OU=1750000523', 'OU=1750000524'),
      'id-check-digit',
      'warning',
      '9 caractères du FINESS',
    ],
    [
      'rejects an ST without its code',
      dnWith('ST=Paris (75)', 'ST=Paris'),
      'st-code-missing',
      'error',
      '« Paris (75) »',
      VALID_DN,
    ],
    [
      'rejects an unknown department code',
      dnWith('(75)', '(99)'),
      'st-code-unknown',
      'error',
      '75, 2A ou 974',
    ],
    [
      'warns of a misspelt department',
      dnWith('ST=Paris (75)', 'ST=Pari (75)'),
      'st-name',
      'warning',
      'écrivez « Paris »',
      VALID_DN,
    ],
    [
      'warns of a department name that is another code’s',
      dnWith('ST=Paris (75)', 'ST=Rhône (75)'),
      'st-mismatch',
      'warning',
      'département 69, pas le 75',
      VALID_DN,
    ],
    [
      'warns when the FINESS is of another department',
      dnWith('OU=1750000523', 'OU=1690781810'),
      'dn-finess-department',
      'warning',
      'relève du département 69, ST indique 75',
    ],
    [
      'rejects an O over 64 characters',
      dnWith('O=GH PARIS SITE SAINT JOSEPH', `O=${'X'.repeat(65)}`),
      'dn-o-too-long',
      'error',
      '64 au plus',
    ],
  ])('%s', (_, dn, code, severity, fragment, suggestion) => {
    const found = expectFieldFinding('certificate.dn', dn, code, severity, fragment);
    expect(found.suggestion).toBe(suggestion);
  });

  it.each([
    ['a listed DN', VALID_DN],
    [
      'quotes and spaces after commas',
      'CN=a.ch.fr, OU=1750000523, O="CH \\"A\\", B", ST=Paris (75), C=FR',
    ],
    [
      'an O of exactly 64 characters',
      dnWith('O=GH PARIS SITE SAINT JOSEPH', `O=${'X'.repeat(64)}`),
    ],
    ['a SIRET OU', 'CN=a.fr,OU=318310021300028,O=GIP MIPIH,ST=Haute-Garonne (31),C=FR'],
    [
      'a La Poste SIRET, whose key is a digit sum',
      'CN=a.fr,OU=335600000000001,O=LA POSTE,ST=Paris (75),C=FR',
    ],
    ['a SIREN OU', 'CN=a.fr,OU=2732829320,O=X,ST=Paris (75),C=FR'],
    [
      'a department in capitals, without accents or article',
      'CN=a.fr,OU=1970410171,O=GCS TESIS,ST=REUNION (974),C=FR',
    ],
    [
      'an overseas FINESS of its department',
      'CN=a.fr,OU=1980500003,O=CH DE MAYOTTE,ST=Mayotte (976),C=FR',
    ],
    ['a Corsican FINESS', 'CN=a.fr,OU=12A0000000,O=CH,ST=Corse-du-Sud (2A),C=FR'],
  ])('accepts %s', (_, dn) => {
    expect(checkField('certificate.dn', dn)).toEqual([]);
  });
});

describe('the DN in parts', () => {
  it.each<[string, FieldKey, string, string, Severity, string, string?]>([
    [
      'rejects a CN that is a URL',
      'certificate.cn',
      'https://a.fr',
      'host-url',
      'error',
      'adresse web',
      'a.fr',
    ],
    [
      'rejects a bare FINESS OU, offering the prefix',
      'certificate.ou',
      '750000523',
      'id-unprefixed',
      'error',
      '1750000523',
      '1750000523',
    ],
    [
      'rejects an O over 64 characters',
      'certificate.o',
      'X'.repeat(65),
      'dn-o-too-long',
      'error',
      '64 au plus',
    ],
    [
      'warns of a misspelt department name',
      'certificate.st',
      'Bas Rhin',
      'st-name',
      'warning',
      '« Bas-Rhin »',
      'Bas-Rhin',
    ],
    [
      'warns of a name that is no department',
      'certificate.st',
      'Lutèce',
      'st-name',
      'warning',
      'nom officiel',
    ],
    ['rejects an unknown code', 'certificate.stCode', '20', 'st-code-unknown', 'error', '2A'],
    ['rejects a country other than FR', 'certificate.c', 'fr', 'dn-country', 'error', 'FR', 'FR'],
  ])('%s', (_, key, value, code, severity, fragment, suggestion) => {
    const found = expectFieldFinding(key, value, code, severity, fragment);
    expect(found.suggestion).toBe(suggestion);
  });

  it('checks the name against the code of its own blank', () => {
    const form = { 'certificate.stCode': '67' };
    expectFieldFinding('certificate.st', 'Paris', 'st-mismatch', 'warning', 'pas le 67', form);
  });

  it('compares a FINESS OU with the department of the parts', () => {
    const form = { 'certificate.st': 'Paris', 'certificate.stCode': '75' };
    expectFieldFinding(
      'certificate.ou',
      '1690781810',
      'dn-finess-department',
      'warning',
      'ST indique 75',
      form,
    );
  });

  it.each<[FieldKey, string]>([
    ['certificate.cn', 'mss.ch-x.fr'],
    ['certificate.ou', '1670780055'],
    ['certificate.o', 'CH X'],
    ['certificate.st', 'Bas-Rhin'],
    ['certificate.st', 'Bas-Rhin (67)'],
    ['certificate.stCode', '2B'],
    ['certificate.c', 'FR'],
  ])('accepts %s = %s', (key, value) => {
    const form = { 'certificate.st': 'Bas-Rhin', 'certificate.stCode': '67' };
    expect(checkField(key, value, form)).toEqual([]);
  });
});
