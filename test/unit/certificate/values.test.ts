import { describe, expect, it } from 'vitest';
import type { FieldKey } from '@/lib/annexe1/fields';
import { dnValues } from '@/lib/certificate/values';

const DN = 'CN=smtp.ch-xyz.fr,OU=1670000108,O=CH XYZ,ST=Bas-Rhin (67),C=FR';

describe('« Utiliser ce DN »', () => {
  it('sets the DN whole and in parts, so that they agree', () => {
    expect(dnValues(DN)).toEqual({
      'certificate.dn': DN,
      'certificate.cn': 'smtp.ch-xyz.fr',
      'certificate.ou': '1670000108',
      'certificate.o': 'CH XYZ',
      'certificate.st': 'Bas-Rhin (67)',
      'certificate.stCode': '',
      'certificate.c': 'FR',
    });
  });

  it('sets only the blanks a form has, the department code apart where it has one', () => {
    const keys = new Set<FieldKey>(['certificate.st', 'certificate.stCode', 'certificate.cn']);
    expect(dnValues(DN, keys)).toEqual({
      'certificate.cn': 'smtp.ch-xyz.fr',
      'certificate.st': 'Bas-Rhin',
      'certificate.stCode': '67',
    });
  });
});
