import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkField } from '../../../lib/rules/index';
import { expectFieldFinding } from './helpers';

describe('the signature date', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 3, 12));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['3/12/2026', '03/12/2026'],
    ['03.12.2026', '03/12/2026'],
    ['2026-12-03', '03/12/2026'],
    ['le 3 décembre', undefined],
  ])('rejects %s and offers the form’s writing', (value, suggestion) => {
    const found = expectFieldFinding('signature.date', value, 'date-format', 'error', 'JJ/MM/AAAA');
    expect(found.suggestion).toBe(suggestion);
  });

  it.each([['31/02/2026'], ['29/02/2025'], ['00/12/2026'], ['12/13/2026']])(
    'rejects %s, which is no calendar date',
    (value) => {
      expectFieldFinding('signature.date', value, 'date-invalid', 'error', 'vérifiez le jour');
    },
  );

  it('warns of a date after today', () => {
    expectFieldFinding(
      'signature.date',
      '04/12/2026',
      'date-future',
      'warning',
      'jour de la signature',
    );
  });

  it.each([['03/12/2026'], ['29/02/2024'], ['14/03/2025']])('accepts %s', (value) => {
    expect(checkField('signature.date', value)).toEqual([]);
  });
});

describe('the contract number and the description', () => {
  it('hints that the contract number is the agency’s to fill', () => {
    expectFieldFinding(
      'contract.number',
      'MSS-2026-001',
      'contract-filled',
      'info',
      'laissez-le vide',
    );
  });

  it('says nothing of an empty contract number', () => {
    expect(checkField('contract.number', '')).toEqual([]);
  });

  it('warns of a description over 255 characters', () => {
    expectFieldFinding(
      'domain.description',
      'x'.repeat(256),
      'description-too-long',
      'warning',
      '255 au plus',
    );
  });

  it('accepts a description of 255 characters', () => {
    expect(checkField('domain.description', 'x'.repeat(255))).toEqual([]);
  });
});
