import type { PDFPageProxy } from 'pdfjs-dist';
import { pdfEnvironment } from './environment';
import { IDENTITY, type Matrix, multiply, type Rect, transformBox } from './geometry';

/**
 * A flat form's drawing, read from pdf.js's operator list: the small shapes (the squares
 * of check boxes, the strokes of a cross) and the exact characters of each text-showing
 * operation. pdf.js's text content folds every kind of space (U+00A0, U+202F, U+2009) into
 * U+0020; the glyphs of the operator list keep them.
 */

/** A drawn path: its box on the page, and whether it is closed (a square, not a stroke). */
export interface Mark {
  rect: Rect;
  closed: boolean;
}

export interface PageDrawing {
  marks: Mark[];
  /** The text of each text-showing operation, in content order, characters as drawn. */
  strings: string[];
}

/** Larger shapes are table borders and shading, not boxes or ticks. */
const MAX_MARK = 30;

/** pdf.js's path commands (`DrawOPS`) and how many coordinates each takes. */
const COORDINATES = [2, 2, 6, 4, 0];
const LINE_TO = 1;
const CLOSE_PATH = 4;

interface Glyph {
  unicode?: string;
}

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  return glyphs
    .map((glyph: Glyph | number) => (typeof glyph === 'number' ? '' : (glyph.unicode ?? '')))
    .join('');
}

function pathMark(args: unknown[], ctm: Matrix): Mark | undefined {
  const [, data, minMax] = args as [
    number,
    ArrayLike<number>[] | undefined,
    ArrayLike<number> | null,
  ];
  if (minMax?.length !== 4) return undefined;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(minMax);
  const rect = transformBox(ctm, { x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  if (rect.width > MAX_MARK || rect.height > MAX_MARK) return undefined;
  return { rect, closed: isClosed(data?.[0] ?? []) };
}

/** True for a closed path or one of four sides or more: a square, not a tick's strokes. */
function isClosed(path: ArrayLike<number>): boolean {
  let sides = 0;
  for (let i = 0; i < path.length; ) {
    const command = path[i] ?? CLOSE_PATH;
    if (command === CLOSE_PATH) return true;
    if (command === LINE_TO) sides += 1;
    i += 1 + (COORDINATES[command] ?? path.length);
  }
  return sides >= 4;
}

/** The page's small shapes and the exact text of its text operations (annotations left out). */
export async function readDrawing(page: PDFPageProxy): Promise<PageDrawing> {
  const { OPS, AnnotationMode } = await pdfEnvironment().loadPdfjs();
  const list = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const drawing: PageDrawing = { marks: [], strings: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  list.fnArray.forEach((fn, index) => {
    const args = (list.argsArray[index] ?? []) as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = multiply(args[0] as unknown as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath) {
      const mark = pathMark(args, ctm);
      if (mark) drawing.marks.push(mark);
    } else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      drawing.strings.push(glyphText(args[0]));
    }
  });
  return drawing;
}
