import { describe, expect, it } from 'vitest';
import type { Annexe1Pdf } from '@/lib/pdf';
import { prefill } from '@/lib/pdf/prefill';

const rect = { x: 0, y: 0, width: 100, height: 10 };

/** An Annexe 1 with a few blanks, holding `values`. */
function pdfHolding(values: Annexe1Pdf['values']): Annexe1Pdf {
  const keys = ['operator.name', 'legalRep.phone', 'certificate.cn', 'dns.delegation'] as const;
  return {
    form: 'fields',
    pageCount: 1,
    blanks: keys.map((key) => ({ key, page: 0, kind: 'text', rect, multiline: false })),
    values,
    unmapped: [],
  };
}

describe('prefill', () => {
  it('fills the empty blanks from the profile, only those the PDF has', () => {
    const profile = { 'operator.name': 'CH Tilleuls', 'techLead.fullName': 'Zoë Dupré' };
    expect(prefill(pdfHolding({}), profile)).toEqual({
      values: { 'operator.name': 'CH Tilleuls' },
      differences: [],
    });
  });

  it('keeps what the PDF holds and offers the profile’s other value beside it', () => {
    const pdf = pdfHolding({ 'legalRep.phone': '03 88 00 00 00', 'dns.delegation': true });
    const profile = { 'legalRep.phone': '03 88 12 34 56', 'dns.delegation': true };

    expect(prefill(pdf, profile)).toEqual({
      values: { 'legalRep.phone': '03 88 00 00 00', 'dns.delegation': true },
      differences: [{ key: 'legalRep.phone', profile: '03 88 12 34 56' }],
    });
  });

  it('takes the certificate’s parts from the profile’s whole DN', () => {
    const profile = { 'certificate.dn': 'CN=mail.ch-xyz.fr,OU=1,O=X,ST=Ain (01),C=FR' };
    expect(prefill(pdfHolding({}), profile).values).toEqual({ 'certificate.cn': 'mail.ch-xyz.fr' });
  });

  it('starts from the PDF alone when there is no profile', () => {
    expect(prefill(pdfHolding({ 'operator.name': 'CH' })).values).toEqual({
      'operator.name': 'CH',
    });
  });
});
