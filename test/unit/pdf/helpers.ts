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

/**
 * A whole declaration, written as people paste it: accents, ’ « » œ € – —, narrow no-break
 * spaces (U+202F), thin spaces (U+2009), non-breaking hyphens (U+2011), minus signs
 * (U+2212), no-break spaces, and a postal address on three lines.
 */
export const DECLARATION = {
  'contract.number': 'C‑2026‑0042',
  'operator.name': 'Centre hospitalier « Les Tilleuls »',
  'operator.structureId': '1670780055',
  'legalRep.fullName': 'Françoise L’Hôpital-Œstre',
  'legalRep.address': '12\u202frue de l’Église\nBP 42 – Cedex\n67000 Strasbourg',
  'legalRep.phone': '03\u00a088\u00a012\u00a034\u00a056',
  'legalRep.email': 'direction@ch-tilleuls.fr',
  'projectLead.fullName': 'Zoë Dupré',
  'projectLead.phone': '+33\u202f3\u202f88\u202f12\u202f34\u202f57',
  'projectLead.email': 'cp@ch-tilleuls.fr',
  'techLead.fullName': 'Jérôme Nœl',
  'techLead.phone': '03 88 12 34 58',
  'techLead.email': 'dsi@ch-tilleuls.fr',
  'connectorEditor.name': 'Éditeur — Santé & Cie',
  'publicProject.phone': '03 88 12 34 59',
  'publicProject.email': 'projet@ch-tilleuls.fr',
  'publicTech.phone': '03 88 12 34 60',
  'publicTech.email': 'exploitation@ch-tilleuls.fr',
  'domain.name': 'ch-tilleuls.mssante.fr',
  'domain.description': 'Messagerie du CH « Les Tilleuls » (coût\u2009: 0\u202f€, −5 %)',
  'certificate.cn': 'mail.ch-tilleuls.fr',
  'certificate.ou': '1670780055',
  'certificate.o': 'CH Tilleuls – Est',
  'certificate.st': 'Bas-Rhin',
  'certificate.stCode': '67',
  'certificate.c': 'FR',
  'dns.delegation': true,
  'dns.primary': 'ns1.ch-tilleuls.fr',
  'dns.secondary': 'ns2.ch-tilleuls.fr',
  'dns.redirection': false,
  'dns.mailServer': 'mx.ch-tilleuls.fr',
  'withdrawal.requested': false,
  'signature.date': '03/12/2026',
  'signature.fullName': 'Françoise L’Hôpital-Œstre',
} as const satisfies FormValues;

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
