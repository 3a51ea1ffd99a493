import { describe, expect, it } from 'vitest';
import type { FieldKey } from '@/lib/annexe1/fields';
import { pageProblems } from '@/lib/html/problems';
import type { Finding } from '@/lib/rules/finding';

function finding(field: FieldKey, severity: Finding['severity'], code: string): Finding {
  return { field, severity, code, message: `${code} (${field})` };
}

const ON_PAGE = new Set<FieldKey>([
  'dns.primary',
  'dns.secondary',
  'legalRep.phone',
  'certificate.cn',
]);

describe('pageProblems', () => {
  it('marks a field the user typed in, and lists its problem', () => {
    const bad = finding('dns.primary', 'error', 'host-invalid-char');

    const shown = pageProblems([bad], ON_PAGE, new Set(['dns.primary']), {
      'dns.primary': 'ns1_bad.ch-xyz.fr',
    });

    expect(shown.marks).toEqual(new Map([['dns.primary', bad]]));
    expect(shown.list).toEqual([{ finding: bad, target: 'dns.primary' }]);
  });

  it('counts the empty fields not reached yet instead of flagging them', () => {
    const missing = finding('legalRep.phone', 'error', 'required');

    const shown = pageProblems([missing], ON_PAGE, new Set(), {});

    expect(shown).toEqual({ marks: new Map(), list: [], toFill: 1 });
  });

  it('lists a wrong value the page came with, without marking it before it is reached', () => {
    const bad = finding('dns.secondary', 'error', 'host-invalid-char');

    const shown = pageProblems([bad], ON_PAGE, new Set(), { 'dns.secondary': 'ns_2' });

    expect(shown.marks.size).toBe(0);
    expect(shown.list).toHaveLength(1);
  });

  it('shows the most severe finding beside a field, and leaves hints out', () => {
    const warning = finding('dns.primary', 'warning', 'dns-glue');
    const error = finding('dns.primary', 'error', 'host-too-long');
    const hint = finding('dns.primary', 'info', 'host-capitals');

    const shown = pageProblems([hint, warning, error], ON_PAGE, new Set(['dns.primary']), {
      'dns.primary': 'X',
    });

    expect(shown.marks.get('dns.primary')).toBe(error);
    expect(shown.list.map((problem) => problem.finding)).toEqual([warning, error]);
  });

  it('leads a finding on the whole DN to the page’s first certificate blank', () => {
    const dn = finding('certificate.dn', 'error', 'dn-country');

    const shown = pageProblems([dn], ON_PAGE, new Set(['certificate.cn']), {
      'certificate.dn': 'CN=a.fr,C=DE',
    });

    expect(shown.list).toEqual([{ finding: dn, target: 'certificate.cn' }]);
    expect(shown.marks.get('certificate.cn')).toBe(dn);
  });

  it('lists in the form’s order', () => {
    const late = finding('dns.secondary', 'error', 'a');
    const early = finding('legalRep.phone', 'error', 'b');
    const touched = new Set<FieldKey>(['dns.secondary', 'legalRep.phone']);

    const shown = pageProblems([late, early], ON_PAGE, touched, {});

    expect(shown.list.map((problem) => problem.target)).toEqual([
      'legalRep.phone',
      'dns.secondary',
    ]);
  });
});
