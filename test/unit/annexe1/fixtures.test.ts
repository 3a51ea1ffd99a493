import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '@/lib/annexe1/fields';
import { FIXTURES_DIR } from '../paths';

const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'annexe1.expected.json'), 'utf8'));

/** The seed prints the DN in parts; the whole-DN blank belongs to other renditions. */
const SEED_KEYS = FIELD_KEYS.filter((key) => key !== 'certificate.dn').sort();

describe('the fixtures of the form', () => {
  it.each([
    ['HTML', Object.values(expected.html)],
    ['PDF with fields', Object.values(expected.acroform)],
    ['PDF with fields named after their labels', Object.values(expected.named)],
    ['flat PDF', expected.flat.map((blank: { key: string }) => blank.key)],
  ])('give the %s one blank per key of the seed’s form', (_kind, keys) => {
    expect([...(keys as string[])].sort()).toEqual(SEED_KEYS);
  });

  it('are what make-fixtures.mjs makes from the seed, byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'annexe1-fixtures-'));
    try {
      execFileSync(process.execPath, [join(FIXTURES_DIR, 'make-fixtures.mjs'), out]);
      const made = readdirSync(out).sort();
      expect(made).toEqual(
        [
          'annexe1-acroform.pdf',
          'annexe1-flat.pdf',
          'annexe1-named.pdf',
          'annexe1.expected.json',
          'annexe1.html',
        ].sort(),
      );
      for (const file of made) {
        expect(
          readFileSync(join(out, file)).equals(readFileSync(join(FIXTURES_DIR, file))),
          file,
        ).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
