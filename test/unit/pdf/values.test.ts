import { describe, expect, it } from 'vitest';
import type { FieldKey } from '@/lib/annexe1/fields';
import { valuesForBlanks } from '@/lib/pdf/adapt';
import { downloadName } from '@/lib/pdf/download';
import { foldLines } from '@/lib/pdf/fit';
import { remoteSourceName } from '@/lib/pdf/source';

const DN = 'CN=mail.ch-xyz.fr,OU=1012345678,O=CH xyz\\, site Est,ST=Bas-Rhin (67),C=FR';
const PARTS: FieldKey[] = [
  'certificate.cn',
  'certificate.ou',
  'certificate.o',
  'certificate.st',
  'certificate.stCode',
  'certificate.c',
];

describe('valuesForBlanks', () => {
  it('splits a whole DN for a form that prints one blank per attribute', () => {
    expect(valuesForBlanks({ 'certificate.dn': DN }, new Set(PARTS))).toMatchObject({
      'certificate.cn': 'mail.ch-xyz.fr',
      'certificate.ou': '1012345678',
      'certificate.o': 'CH xyz, site Est',
      'certificate.st': 'Bas-Rhin',
      'certificate.stCode': '67',
      'certificate.c': 'FR',
    });
  });

  it('keeps the department code in ST when the form has no blank for it', () => {
    const keys = new Set(PARTS.filter((key) => key !== 'certificate.stCode'));
    expect(valuesForBlanks({ 'certificate.dn': DN }, keys)['certificate.st']).toBe('Bas-Rhin (67)');
  });

  it('joins the parts for a form with one blank for the whole DN', () => {
    const parts = valuesForBlanks({ 'certificate.dn': DN }, new Set(PARTS));
    const { 'certificate.dn': _whole, ...onlyParts } = parts;
    expect(
      valuesForBlanks(onlyParts, new Set<FieldKey>(['certificate.dn']))['certificate.dn'],
    ).toBe(DN);
  });

  it('never overwrites parts already given', () => {
    const values = { 'certificate.dn': DN, 'certificate.cn': 'autre.ch-xyz.fr' };
    expect(valuesForBlanks(values, new Set(PARTS))).toEqual(values);
  });

  it('leaves a DN it cannot read as it is', () => {
    const values = { 'certificate.dn': 'CN=a,=b' };
    expect(valuesForBlanks(values, new Set(PARTS))).toEqual(values);
  });
});

describe('foldLines', () => {
  it.each([
    ['12 rue des Lilas\n67000 Strasbourg', '12 rue des Lilas, 67000 Strasbourg'],
    ['BP 42,\r\nCedex\n\n', 'BP 42, Cedex'],
    ['  une ligne  ', 'une ligne'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldLines(text)).toBe(folded);
  });
});

describe('downloadName', () => {
  it.each([
    ['ch-xyz.mssante.fr', 'annexe1-ch-xyz.mssante.fr.pdf'],
    ['  CH-XYZ.MSSante.fr. ', 'annexe1-ch-xyz.mssante.fr.pdf'],
    ['hôpital/../étoile:*?.fr', 'annexe1-hopital.etoile.fr.pdf'],
    ['ch xyz — test.fr', 'annexe1-ch-xyz-test.fr.pdf'],
    ['', 'annexe1-rempli.pdf'],
    [undefined, 'annexe1-rempli.pdf'],
  ])('names the file for the domain %j %j', (domain, name) => {
    expect(downloadName(domain)).toBe(name);
  });
});

describe('remoteSourceName', () => {
  it.each([
    ['?src=https%3A%2F%2Fx.fr%2Fdocs%2FAnnexe%25201.pdf', 'Annexe 1.pdf'],
    ['?src=https%3A%2F%2Fesante.gouv.fr%2F', 'esante.gouv.fr'],
    ['?src=', undefined],
    ['', undefined],
  ])('names the file of %j %j', (search, name) => {
    expect(remoteSourceName(search)).toBe(name);
  });
});
