import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { pdfEnvironment } from './environment';
import { PdfError } from './errors';
import { type Rect, rectBetween } from './geometry';

/**
 * What pdf.js sees on a page: the text with its position, the form fields' widgets, and
 * (for flat forms) the small drawn shapes. Only here does the library speak to pdf.js.
 */

/** A piece of text on one baseline: `y` is the baseline, `size` the font size. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A form field's widget on the page. */
export interface Widget {
  /** The field's fully qualified name, as pdf-lib knows it too. */
  name: string;
  kind: 'text' | 'checkbox';
  rect: Rect;
  multiline: boolean;
  /** The field's tooltip (`/TU`), which some forms fill with the label. */
  hint: string;
}

export interface PageContent {
  runs: TextRun[];
  widgets: Widget[];
}

/** Opens the bytes (a copy: pdf.js hands its input to its worker) with pdf.js. */
export async function openWithPdfjs(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const environment = pdfEnvironment();
  const pdfjs = await environment.loadPdfjs();
  const task = pdfjs.getDocument({
    ...environment.documentOptions,
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (cause) {
    const reason =
      (cause as { name?: string }).name === 'PasswordException' ? 'encrypted' : 'unreadable';
    throw new PdfError(reason, { cause });
  }
}

/** True for text laid out left to right on a horizontal baseline. */
function isHorizontal(item: TextItem): boolean {
  const [a = 0, b = 0, c = 0] = item.transform as number[];
  return a > 0 && Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3;
}

function runOf(item: TextItem): TextRun {
  const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
  return { text: item.str, x: e, y: f, width: item.width, size: Math.abs(d) };
}

/**
 * The page's text runs, in content order, and every word of it (sideways text included)
 * for recognising the form. Runs of spaces alone are dropped: pdf.js adds them between
 * pieces of text, and gaps are measured from positions anyway.
 */
export async function readText(page: PDFPageProxy): Promise<{ runs: TextRun[]; text: string }> {
  const content = await page.getTextContent({ disableNormalization: true });
  const items = content.items.filter((item): item is TextItem => 'str' in item);
  const runs = items.filter((item) => item.str.trim() !== '' && isHorizontal(item)).map(runOf);
  return { runs, text: items.map((item) => item.str).join(' ') };
}

interface Annotation {
  subtype?: string;
  fieldType?: string;
  fieldName?: string;
  rect?: number[];
  multiLine?: boolean;
  checkBox?: boolean;
  alternativeText?: string;
}

// TODO [2026-12-03]: map radio buttons (a PDF may offer the two DNS methods as one radio
// group); only text fields and check boxes are read until such a form is met.

/** The page's text fields and check boxes (radio buttons, lists and buttons are left). */
export async function readWidgets(page: PDFPageProxy): Promise<Widget[]> {
  const annotations = (await page.getAnnotations()) as Annotation[];
  const widgets: Widget[] = [];
  for (const note of annotations) {
    if (note.subtype !== 'Widget' || !note.fieldName || note.rect?.length !== 4) continue;
    const kind = note.fieldType === 'Tx' ? 'text' : note.checkBox ? 'checkbox' : undefined;
    if (!kind) continue;
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = note.rect;
    widgets.push({
      name: note.fieldName,
      kind,
      rect: rectBetween(x1, y1, x2, y2),
      multiline: note.multiLine === true,
      hint: note.alternativeText ?? '',
    });
  }
  return widgets;
}

/**
 * Reads every page's text and widgets, and the whole text for recognising the form. The
 * pages are asked for all at once: pdf.js answers from its worker as each is ready.
 */
export async function readPages(
  pdf: PDFDocumentProxy,
): Promise<{ pages: PageContent[]; text: string }> {
  const numbers = Array.from({ length: pdf.numPages }, (_, index) => index + 1);
  const read = await Promise.all(
    numbers.map(async (number) => {
      const page = await pdf.getPage(number);
      const [{ runs, text }, widgets] = await Promise.all([readText(page), readWidgets(page)]);
      return { content: { runs, widgets }, text };
    }),
  );
  return { pages: read.map(({ content }) => content), text: read.map((r) => r.text).join('\n') };
}
