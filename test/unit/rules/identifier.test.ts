import { describe, expect, it } from 'vitest';
import { finessDepartment, parseStructureId } from '../../../lib/rules/identifier';
import { checkField, type Severity } from '../../../lib/rules/index';
import { expectFieldFinding } from './helpers';

describe('the structure identifier', () => {
  it.each<[string, string, string, Severity, string, string?]>([
    ['rejects what is no national identifier', 'ABC-123', 'id-format', 'error', '3 + SIRET (15)'],
    ['rejects a FINESS of the wrong length', '17500005', 'id-format', 'error', '1 + FINESS'],
    [
      'accepts a bare FINESS and offers the prefixed form',
      '750000523',
      'id-bare',
      'info',
      '« 1750000523 »',
      '1750000523',
    ],
    [
      'accepts a bare SIRET and offers the prefixed form',
      '73282932000074',
      'id-bare',
      'info',
      '« 373282932000074 »',
      '373282932000074',
    ],
    [
      'offers the prefixed form without the spaces typed',
      '750 000 523',
      'id-bare',
      'info',
      '1750000523',
      '1750000523',
    ],
    [
      'rejects a SIREN with a wrong key',
      '2732829321',
      'id-check-digit',
      'error',
      '9 chiffres du SIREN',
    ],
    [
      'rejects a SIRET with a wrong key',
      '373282932000075',
      'id-check-digit',
      'error',
      '14 chiffres du SIRET',
    ],
    [
      'rejects a La Poste SIRET whose digits do not sum to a multiple of 5',
      '335600000000002',
      'id-check-digit',
      'error',
      'SIRET',
    ],
    [
      'warns of a FINESS with a wrong key',
      '1750000524',
      'id-check-digit',
      'warning',
      '9 caractères du FINESS',
    ],
  ])('%s', (_, value, code, severity, fragment, suggestion) => {
    const found = expectFieldFinding('operator.structureId', value, code, severity, fragment);
    expect(found.suggestion).toBe(suggestion);
  });

  it.each([
    ['1 + FINESS', '1750000523'],
    ['2 + SIREN', '2732829320'],
    ['3 + SIRET', '373282932000074'],
    ['3 + a La Poste SIRET', '335600000000001'],
    ['spaces inside', '1 75 000 052 3'],
  ])('accepts %s', (_, value) => {
    expect(checkField('operator.structureId', value)).toEqual([]);
  });

  it('reads the kind and the body of each form', () => {
    expect(parseStructureId('1750000523')).toEqual({
      kind: 'finess',
      body: '750000523',
      prefixed: '1750000523',
      bare: false,
    });
    expect(parseStructureId('2a 000 0000')?.prefixed).toBe('12A0000000');
    expect(parseStructureId('12345')).toBeUndefined();
  });

  it.each([
    ['750000523', '75'],
    ['2A0000000', '2A'],
    ['970112421', '971'],
    ['970410171', '974'],
    ['980500003', '976'],
    ['981000000', undefined],
  ])('finds the department of FINESS %s', (body, department) => {
    expect(finessDepartment(body)).toBe(department);
  });
});
