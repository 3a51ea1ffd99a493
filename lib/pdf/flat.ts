import type { PageDrawing } from './drawing';
import { contains, type Rect, right, top } from './geometry';
import type { Line, Segment } from './layout';

/**
 * The blanks of a flat form (no form fields): each dotted leader is a line to write on,
 * leaders stacked under one without a label of their own make a multi-line blank, and
 * each small drawn square (or ☐ character) is a check box.
 */

export interface FlatBlank {
  page: number;
  kind: 'text' | 'checkbox';
  rect: Rect;
  /** Text blanks: the baseline of each dotted line, top first. */
  rows: number[];
  /** The dots' font size (a box's side for a check box). */
  size: number;
}

/** A line box around a baseline, as forms set text: a quarter below, the rest above. */
const LINE_HEIGHT = 1.375;
const BELOW = 0.25;
/** A dotted line this close below another (in font sizes), at the same x: the same blank. */
const NEXT_ROW = 1.7;
const BOX_CHARS = new Set(['☐', '□', '❑', '❒', '◻', '▢', '☒', '☑', '⊠']);
const TICKED_CHARS = new Set(['☒', '☑', '⊠', 'x', 'X', '✗', '✘', '✓', '✔']);
const MIN_BOX = 4;
const MAX_BOX = 20;

/** The rectangle of a text blank: from above its first row to below its last. */
function rowsRect(x: number, width: number, rows: readonly number[], size: number): Rect {
  const height = LINE_HEIGHT * size;
  const first = rows[0] ?? 0;
  const bottom = (rows.at(-1) ?? first) - BELOW * height;
  return { x, y: bottom, width, height: first + (1 - BELOW) * height - bottom };
}

/** True when nothing but leaders stands before `segment` on its line: a continuation. */
function unlabelled(line: Line, segment: Segment): boolean {
  return line.segments.every((other) => other.leader || other.right > segment.x + 1);
}

function textBlanks(page: number, lines: readonly Line[]): FlatBlank[] {
  const blanks: FlatBlank[] = [];
  for (const line of lines) {
    for (const leader of line.segments.filter((segment) => segment.leader)) {
      const above = blanks.find((blank) => {
        const gap = (blank.rows.at(-1) ?? 0) - leader.y;
        return Math.abs(blank.rect.x - leader.x) <= 1.5 && gap > 0 && gap <= NEXT_ROW * blank.size;
      });
      const width = leader.right - leader.x;
      if (above && unlabelled(line, leader)) {
        above.rows.push(leader.y);
        above.rect = rowsRect(above.rect.x, above.rect.width, above.rows, above.size);
      } else {
        const rect = rowsRect(leader.x, width, [leader.y], leader.size);
        blanks.push({ page, kind: 'text', rect, rows: [leader.y], size: leader.size });
      }
    }
  }
  return blanks;
}

function isSquare({ width, height }: Rect): boolean {
  return width >= MIN_BOX && width <= MAX_BOX && Math.abs(width - height) <= 1.5;
}

/** The squares drawn or printed (☐) on the page; a square inside a larger one is a tick. */
function boxes(page: number, lines: readonly Line[], drawing: PageDrawing): FlatBlank[] {
  const squares = drawing.marks.filter((m) => m.closed && isSquare(m.rect)).map((m) => m.rect);
  const inner = (rect: Rect) =>
    squares.some((other) => other.width > rect.width + 1 && contains(other, rect, 1));
  const typed = lines
    .flatMap((line) => line.segments)
    .filter((segment) => BOX_CHARS.has(segment.text.trim()))
    .map((s) => ({ x: s.x, y: s.y - 0.1 * s.size, width: s.right - s.x, height: s.right - s.x }));
  return [...squares.filter((rect) => !inner(rect)), ...typed].map((rect) => ({
    page,
    kind: 'checkbox',
    rect,
    rows: [],
    size: rect.height,
  }));
}

/** Every blank of a flat page: its dotted lines and its check boxes. */
export function flatBlanks(
  page: number,
  lines: readonly Line[],
  drawing: PageDrawing,
): FlatBlank[] {
  return [...textBlanks(page, lines), ...boxes(page, lines, drawing)];
}

/** True when a segment is written inside a text blank: a value, not part of the form. */
function writtenIn(blank: FlatBlank, segment: Segment): boolean {
  const { rect } = blank;
  return (
    !segment.leader &&
    segment.x >= rect.x - 1 &&
    segment.x < right(rect) &&
    segment.y > rect.y &&
    segment.y < top(rect)
  );
}

/** The lines without what is written in the blanks: the printed form alone, to read labels. */
export function printedLines(lines: readonly Line[], blanks: readonly FlatBlank[]): Line[] {
  const texts = blanks.filter((blank) => blank.kind === 'text');
  return lines
    .map((line) => ({
      y: line.y,
      segments: line.segments.filter((s) => !texts.some((blank) => writtenIn(blank, s))),
    }))
    .filter((line) => line.segments.length > 0);
}

/** The text written inside a blank's rectangle, line by line, top first. */
function writtenText(blank: FlatBlank, lines: readonly Line[], exact: (s: string) => string) {
  return lines
    .map((line) =>
      line.segments
        .filter((segment) => writtenIn(blank, segment))
        .map((segment) => exact(segment.text))
        .join(' ')
        .trim(),
    )
    .filter((text) => text !== '')
    .join('\n');
}

/** True when a tick (strokes, or ☒ ✓ x) is drawn inside the box. */
function ticked(blank: FlatBlank, lines: readonly Line[], drawing: PageDrawing): boolean {
  const small = (rect: Rect) =>
    rect.width < blank.rect.width - 0.5 || rect.height < blank.rect.height - 0.5;
  const stroke = drawing.marks.some(
    (mark) => small(mark.rect) && contains(blank.rect, mark.rect, 1),
  );
  const character = lines.some((line) =>
    line.segments.some(
      (s) =>
        TICKED_CHARS.has(s.text.trim()) &&
        s.x >= blank.rect.x - 2 &&
        s.right <= right(blank.rect) + 2 &&
        s.y >= blank.rect.y - 2 &&
        s.y <= top(blank.rect),
    ),
  );
  return stroke || character;
}

/**
 * What a flat blank holds: the text written on its dots (exact characters from the
 * drawing's strings), or whether its box is ticked.
 */
export function flatValue(
  blank: FlatBlank,
  lines: readonly Line[],
  drawing: PageDrawing,
): string | boolean {
  if (blank.kind === 'checkbox') return ticked(blank, lines, drawing);
  const used = new Set<number>();
  const exact = (folded: string) => {
    const index = drawing.strings.findIndex(
      (s, i) => !used.has(i) && s.replace(/\s/gu, ' ') === folded,
    );
    if (index < 0) return folded;
    used.add(index);
    return drawing.strings[index] ?? folded;
  };
  return writtenText(blank, lines, exact);
}
