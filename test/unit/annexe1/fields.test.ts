import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, FIELDS, fieldByKey, PROFILE_KEYS } from '@/lib/annexe1/fields';
import { COLUMN_IDS, SECTIONS } from '@/lib/annexe1/sections';
import { SHARED_DIR } from '../paths';

/**
 * The keys DESIGN.md lists in its catalogue table; `.ou` after `certificate.cn` is
 * `certificate.ou`.
 */
function designKeys(): string[] {
  const design = readFileSync(join(SHARED_DIR, 'DESIGN.md'), 'utf8');
  const table = design.split('## The field catalogue')[1]?.split('\n## ')[0] ?? '';
  const keys: string[] = [];
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    const cell = row.split('|')[1] ?? '';
    let prefix = '';
    for (const [, token] of cell.matchAll(/`([\w.]+)`/g)) {
      const key = token?.startsWith('.') ? `${prefix}${token}` : (token ?? '');
      prefix = key.split('.')[0] ?? '';
      keys.push(key);
    }
  }
  return keys;
}

describe('the field catalogue', () => {
  it('holds every key of DESIGN.md, and no other', () => {
    const expected = designKeys();
    expect(expected.length).toBeGreaterThan(30);
    expect([...FIELD_KEYS].sort()).toEqual([...expected].sort());
  });

  it('lists each key once', () => {
    expect(new Set(FIELD_KEYS).size).toBe(FIELD_KEYS.length);
  });

  it('keeps in profiles exactly what belongs to a structure', () => {
    const perDeclaration = FIELD_KEYS.filter((key) => !PROFILE_KEYS.includes(key));
    expect(perDeclaration.sort()).toEqual([
      'contract.number',
      'domain.description',
      'domain.name',
      'signature.date',
      'withdrawal.requested',
    ]);
  });

  it('puts every field in a known section, and paired blocks by column', () => {
    for (const field of FIELDS) {
      const section = SECTIONS.find((candidate) => candidate.id === field.section);
      expect(section, field.key).toBeDefined();
      const columns = section?.columns?.map((column) => column.id) ?? [];
      if (columns.length > 0) expect(columns, field.key).toContain(field.column);
      else expect('column' in field, field.key).toBe(false);
    }
    expect(COLUMN_IDS.every((id) => FIELDS.some((field) => field.column === id))).toBe(true);
  });

  it.each([
    ['legalRep.phone', 'phone'],
    ['publicTech.email', 'email'],
    ['dns.primary', 'hostname'],
    ['certificate.dn', 'dn'],
    ['certificate.stCode', 'dnPart'],
    ['operator.structureId', 'identifier'],
    ['signature.date', 'date'],
    ['dns.delegation', 'checkbox'],
  ] as const)('gives %s the kind %s', (key, kind) => {
    expect(fieldByKey(key).kind).toBe(kind);
  });

  it('names the DN attribute of each part, and the department code follows ST', () => {
    const parts = FIELDS.filter((field) => field.kind === 'dnPart');
    expect(parts.map((field) => ('dnAttribute' in field ? field.dnAttribute : undefined))).toEqual([
      'CN',
      'OU',
      'O',
      'ST',
      undefined,
      'C',
    ]);
    expect(fieldByKey('certificate.stCode').follows).toBe('certificate.st');
  });
});
