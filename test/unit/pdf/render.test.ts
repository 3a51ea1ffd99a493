import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FieldKey } from '@/lib/annexe1/fields';
import { fillAnnexe1PdfWithReport } from '@/lib/pdf/fill';
import type { Rect } from '@/lib/pdf/geometry';
import { readAnnexe1Pdf } from '@/lib/pdf/read';
import { DECLARATION, EXPECTED, fixture, KINDS, poppler, useNodePdf } from './helpers';

/**
 * What a viewer shows, asked of another PDF engine than the one that wrote the file:
 * poppler's `pdftotext -bbox` says where each word is drawn, `pdftoppm` draws the pages.
 */

useNodePdf();

const dir = mkdtempSync(join(tmpdir(), 'annexe1-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Word {
  page: number;
  text: string;
  /** Centre, in PDF points (y upwards). */
  x: number;
  y: number;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function wordsOf(file: string): Word[] {
  const html = poppler('pdftotext', ['-bbox', file, '-']).toString('utf8');
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) => {
      const height = Number(page.match(/height="([\d.]+)"/)?.[1]);
      const pattern =
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g;
      return [...page.matchAll(pattern)].map(([, x1, y1, x2, y2, text]) => ({
        page: index,
        text: decodeEntities(text ?? ''),
        x: (Number(x1) + Number(x2)) / 2,
        y: height - (Number(y1) + Number(y2)) / 2,
      }));
    });
}

/** The words drawn inside a rectangle, top line first, dotted leaders left out. */
function textIn(words: readonly Word[], page: number, rect: Rect): string {
  return words
    .filter((w) => w.page === page && !/^[.…_]+$/.test(w.text))
    .filter(
      (w) =>
        w.x >= rect.x && w.x <= rect.x + rect.width && w.y >= rect.y && w.y <= rect.y + rect.height,
    )
    .sort((a, b) => (b.y - a.y > 2 ? 1 : a.y - b.y > 2 ? -1 : a.x - b.x))
    .map((w) => w.text)
    .join('');
}

/** Where each key's value belongs: the ground truth for the flat form, the widgets else. */
async function places(file: string): Promise<{ key: FieldKey; page: number; rect: Rect }[]> {
  if (file === 'annexe1-flat.pdf')
    return EXPECTED.flat.map(({ key, page, ...rect }) => ({ key, page, rect }));
  return (await readAnnexe1Pdf(fixture(file)))?.blanks ?? [];
}

/** The share of dark pixels inside a box (its border left out), on pdftoppm's greyscale page. */
function inkInside(file: string, rect: Rect): number {
  const scale = 2;
  poppler('pdftoppm', [
    '-r',
    String(72 * scale),
    '-gray',
    '-f',
    '1',
    '-l',
    '1',
    file,
    join(dir, 'page'),
  ]);
  const pgm = readFileSync(join(dir, 'page-1.pgm'));
  const [, width = 0, height = 0] =
    pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/) ?? [];
  const start = pgm.length - Number(width) * Number(height);
  const inset = 2;
  let dark = 0;
  let all = 0;
  for (
    let y = Math.ceil((rect.y + inset) * scale);
    y < (rect.y + rect.height - inset) * scale;
    y += 1
  ) {
    for (
      let x = Math.ceil((rect.x + inset) * scale);
      x < (rect.x + rect.width - inset) * scale;
      x += 1
    ) {
      const row = Number(height) - 1 - y;
      all += 1;
      if ((pgm[start + row * Number(width) + x] ?? 255) < 128) dark += 1;
    }
  }
  return dark / all;
}

describe('a filled Annexe 1, as poppler shows it', () => {
  it.each(KINDS)('shows each value inside its own blank ($kind)', async ({ file }) => {
    const { bytes, findings } = await fillAnnexe1PdfWithReport(fixture(file), DECLARATION);
    const out = join(dir, `filled-${file}`);
    writeFileSync(out, bytes);
    const words = wordsOf(out);

    expect(findings).toEqual([]);
    for (const { key, page, rect } of await places(file)) {
      const value = DECLARATION[key as keyof typeof DECLARATION];
      if (typeof value !== 'string') continue;
      expect(textIn(words, page, rect), key).toBe(value.replace(/\s/gu, ''));
    }
  });

  it.each(KINDS)('shows a tick in the box ticked, none in the others ($kind)', async ({ file }) => {
    const { bytes } = await fillAnnexe1PdfWithReport(fixture(file), DECLARATION);
    const out = join(dir, `ticked-${file}`);
    writeFileSync(out, bytes);
    const box = async (key: FieldKey) => {
      const place = (await places(file)).find((candidate) => candidate.key === key);
      if (!place) throw new Error(`no box for ${key}`);
      return inkInside(out, place.rect);
    };

    expect(await box('dns.delegation')).toBeGreaterThan(0.15);
    expect(await box('dns.redirection')).toBe(0);
    expect(await box('withdrawal.requested')).toBe(0);
  });
});
