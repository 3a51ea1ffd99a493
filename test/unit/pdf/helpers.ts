import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { configurePdf } from '@/lib/pdf/environment';
import { nodePdfEnvironment } from '@/lib/pdf/node';
import { FIXTURES_DIR } from '../paths';

/** The ground truth of the fixtures: field name → key, and the flat form's blank rectangles. */
export const EXPECTED = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'annexe1.expected.json'), 'utf8'),
) as {
  acroform: Record<string, FieldKey>;
  named: Record<string, FieldKey>;
  flat: { key: FieldKey; page: number; x: number; y: number; width: number; height: number }[];
};

/** The three kinds of Annexe 1 PDF, as the tests name them. */
export const KINDS = [
  { kind: 'fields with generic names', file: 'annexe1-acroform.pdf', names: EXPECTED.acroform },
  { kind: 'fields named after their labels', file: 'annexe1-named.pdf', names: EXPECTED.named },
  { kind: 'flat dotted lines', file: 'annexe1-flat.pdf', names: undefined },
] as const;

/** A fixture's bytes, fresh for each call. */
export function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, file)));
}

/** Reading and filling in Node: pdf.js's legacy build, the font from its package. */
export function useNodePdf(): void {
  beforeAll(() => configurePdf(nodePdfEnvironment()));
}

export { DECLARATION } from '../../fixtures/declaration';

/** What a PDF filled with `values` holds: unticked boxes are not « held ». */
export function held(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== false));
}

/** Runs a poppler tool; a missing poppler fails the test with how to install it. */
export function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: apt-get install -y poppler-utils`);
    }
    throw error;
  }
}
