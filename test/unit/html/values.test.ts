import { describe, expect, it } from 'vitest';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { declarationValues, valuesForPage } from '@/lib/html/values';

const PARTS: FieldKey[] = [
  'certificate.cn',
  'certificate.ou',
  'certificate.o',
  'certificate.st',
  'certificate.stCode',
  'certificate.c',
];

describe('valuesForPage', () => {
  it.each<[string, FormValues, FieldKey[], FormValues]>([
    [
      'composes the DN from parts for a page that wants it whole',
      { 'certificate.cn': 'mx.ch.fr', 'certificate.st': 'Bas-Rhin', 'certificate.stCode': '67' },
      ['certificate.dn'],
      {
        'certificate.cn': 'mx.ch.fr',
        'certificate.st': 'Bas-Rhin',
        'certificate.stCode': '67',
        'certificate.dn': 'CN=mx.ch.fr,ST=Bas-Rhin (67)',
      },
    ],
    [
      'escapes a comma of O in the composed DN',
      { 'certificate.o': 'CH Xyz, site Nord', 'certificate.c': 'FR' },
      ['certificate.dn'],
      {
        'certificate.o': 'CH Xyz, site Nord',
        'certificate.c': 'FR',
        'certificate.dn': 'O=CH Xyz\\, site Nord,C=FR',
      },
    ],
    [
      'splits a whole DN into the parts, code apart',
      { 'certificate.dn': 'CN=mx.ch.fr, OU=1670000017,O=CH,ST=Bas-Rhin (67),C=FR' },
      PARTS,
      {
        'certificate.dn': 'CN=mx.ch.fr, OU=1670000017,O=CH,ST=Bas-Rhin (67),C=FR',
        'certificate.cn': 'mx.ch.fr',
        'certificate.ou': '1670000017',
        'certificate.o': 'CH',
        'certificate.st': 'Bas-Rhin',
        'certificate.stCode': '67',
        'certificate.c': 'FR',
      },
    ],
    [
      'splits the OpenSSL slash form too',
      { 'certificate.dn': '/C=FR/ST=Bas-Rhin (67)/O=CH/OU=1670000017/CN=mx.ch.fr' },
      ['certificate.cn', 'certificate.st'],
      {
        'certificate.dn': '/C=FR/ST=Bas-Rhin (67)/O=CH/OU=1670000017/CN=mx.ch.fr',
        'certificate.c': 'FR',
        'certificate.st': 'Bas-Rhin (67)',
        'certificate.o': 'CH',
        'certificate.ou': '1670000017',
        'certificate.cn': 'mx.ch.fr',
      },
    ],
    [
      'joins ST and its code where the page has no blank for the code',
      { 'certificate.st': 'Bas-Rhin', 'certificate.stCode': '67' },
      ['certificate.st'],
      { 'certificate.st': 'Bas-Rhin (67)', 'certificate.stCode': '67' },
    ],
    [
      'leaves a DN that does not parse unsplit',
      { 'certificate.dn': 'CN=a,=b' },
      PARTS,
      { 'certificate.dn': 'CN=a,=b' },
    ],
    [
      'trims texts and drops a host name’s final dot',
      { 'dns.primary': ' ns1.ch.fr. ', 'legalRep.fullName': ' Martin Claire ' },
      ['dns.primary'],
      { 'dns.primary': 'ns1.ch.fr', 'legalRep.fullName': 'Martin Claire' },
    ],
  ])('%s', (_behaviour, values, onPage, expected) => {
    expect(valuesForPage(values, new Set(onPage))).toEqual(expected);
  });
});

describe('declarationValues', () => {
  it('dates the signature today, as the form writes dates', () => {
    expect(declarationValues(new Date(2026, 11, 3))).toEqual({ 'signature.date': '03/12/2026' });
  });
});
