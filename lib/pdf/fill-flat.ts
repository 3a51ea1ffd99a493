import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { FormValues } from '../annexe1/fields';
import { fitLine, foldLines, MIN_FONT_SIZE } from './fit';
import { right, top } from './geometry';
import type { FillNotes } from './notes';
import type { PdfBlank } from './types';

/**
 * Filling a flat form: each value written on its dotted line (one line of the value per
 * dotted line of the blank), ticks drawn as a cross in their square. The dots stay: a pen
 * would write over them too.
 */

const INK = rgb(0, 0, 0);
/** Text sits this far (points) above the dots, and starts this far into the blank. */
const RAISE = 1;
const INDENT = 1;
/** A line's pitch when the value has more lines than the blank has rows (in font sizes). */
const PITCH = 1.2;

function drawCross(page: PDFPage, blank: PdfBlank): void {
  const { rect } = blank;
  const inset = Math.max(1, rect.width * 0.18);
  const thickness = Math.max(0.8, rect.width * 0.12);
  const [x1, y1, x2, y2] = [rect.x + inset, rect.y + inset, right(rect) - inset, top(rect) - inset];
  page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color: INK });
  page.drawLine({ start: { x: x1, y: y2 }, end: { x: x2, y: y1 }, thickness, color: INK });
}

/** The baselines the value's lines go on: the dotted rows, or a tighter pitch if needed. */
function baselines(blank: PdfBlank, count: number, size: number): number[] {
  const rows = blank.rows ?? [];
  if (count <= rows.length) return rows.slice(0, count).map((row) => row + RAISE);
  const pitch = blank.rect.height / count;
  return Array.from({ length: count }, (_, i) => top(blank.rect) - pitch * i - size);
}

function drawText(page: PDFPage, blank: PdfBlank, value: string, font: PDFFont, notes: FillNotes) {
  const lines = blank.multiline
    ? value
        .split(/\r\n?|\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : [foldLines(value)];
  const rows = blank.rows?.length ?? 1;
  const dotSize = blank.size ?? blank.rect.height / 1.375;
  const lineHeight = lines.length <= rows ? dotSize : blank.rect.height / lines.length / PITCH;
  const box = { width: blank.rect.width - 2 * INDENT, height: lineHeight * 1.2 };
  const fits = lines.map((line) => fitLine(line, font, box, Math.min(dotSize, lineHeight)));
  const size = Math.max(MIN_FONT_SIZE, Math.min(...fits.map((fit) => fit.size)));
  if (fits.some((fit) => !fit.fits)) notes.tooLong(blank.key, size);
  baselines(blank, lines.length, size).forEach((y, i) => {
    page.drawText(lines[i] ?? '', { x: blank.rect.x + INDENT, y, size, font, color: INK });
  });
}

/**
 * Writes `values` on a flat form's blanks. A blank that already bears the same value is
 * left as it is; one bearing another is left too, and a finding says why (printed text
 * cannot be rubbed out).
 */
export function fillFlat(
  document: PDFDocument,
  blanks: readonly PdfBlank[],
  written: FormValues,
  values: FormValues,
  font: PDFFont,
  notes: FillNotes,
): void {
  for (const blank of blanks) {
    const value = values[blank.key];
    const before = written[blank.key];
    if (value === undefined || value === '' || value === false || value === before) continue;
    const page = document.getPage(blank.page);
    if (blank.kind === 'checkbox') {
      if (value === true && before !== true) drawCross(page, blank);
      continue;
    }
    if (typeof value !== 'string') continue;
    if (before !== undefined) notes.alreadyWritten(blank.key);
    else drawText(page, blank, value, font, notes);
  }
}
