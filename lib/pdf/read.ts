import type { PDFPageProxy } from 'pdfjs-dist';
import type { FormValues } from '../annexe1/fields';
import { looksLikeAnnexe1 } from '../annexe1/recognise';
import { openWithPdfjs, type PageContent, readPages } from './content';
import { readDrawing } from './drawing';
import { type FlatBlank, flatBlanks, flatValue, printedLines } from './flat';
import { headingsOf } from './headings';
import { loadPdfDocument } from './inspect';
import { type Line, linesOf } from './layout';
import { mapSlots, type Slot } from './map';
import type { Annexe1Pdf, PdfBlank } from './types';
import { fieldValues } from './values';

/** Fewer mapped blanks than this, and the PDF only quotes the form. */
const MIN_BLANKS = 8;

/** What a field's name may say of it: « Nom Prénom_2 » is a « Nom Prénom ». */
function nameHints(name: string): string[] {
  const last = name.split('.').at(-1) ?? name;
  return [last.replace(/[_\s-]*\d+$/u, '')];
}

function fieldBlanks(pages: readonly PageContent[], lines: Line[][]) {
  const widgets = pages.flatMap((content, page) => content.widgets.map((w) => ({ ...w, page })));
  const slots: Slot[] = widgets.map((w) => ({ ...w, hints: [w.hint, ...nameHints(w.name)] }));
  const keys = mapSlots(slots, lines, headingsOf(lines));
  const blanks: PdfBlank[] = [];
  const unmapped = new Set<string>();
  widgets.forEach(({ name, page, kind, rect, multiline }, i) => {
    const key = keys[i];
    if (key) blanks.push({ key, page, kind, rect, multiline, field: name });
    else unmapped.add(name);
  });
  // A field shown twice (two widgets) is mapped once; its other widget is not « unmapped ».
  for (const blank of blanks) unmapped.delete(blank.field ?? '');
  return { blanks, unmapped: [...unmapped] };
}

async function flatForm(proxies: readonly PDFPageProxy[], lines: Line[][]) {
  const drawings = await Promise.all(proxies.map(readDrawing));
  const found: FlatBlank[] = drawings.flatMap((drawing, page) =>
    flatBlanks(page, lines[page] ?? [], drawing),
  );
  // Labels and headings are read from the printed form, without what was written on it.
  const printed = lines.map((pageLines, page) =>
    printedLines(
      pageLines,
      found.filter((blank) => blank.page === page),
    ),
  );
  const slots = found.map((blank) => ({ ...blank, hints: [] }));
  const keys = mapSlots(slots, printed, headingsOf(printed));
  const blanks: PdfBlank[] = [];
  const values: FormValues = {};
  found.forEach((blank, i) => {
    const key = keys[i];
    if (!key) return;
    const { page, kind, rect, rows, size } = blank;
    blanks.push({ key, page, kind, rect, multiline: rows.length > 1, rows, size });
    const drawing = drawings[page] ?? { marks: [], strings: [] };
    const value = flatValue(blank, lines[page] ?? [], drawing);
    if (value !== '' && value !== false) values[key] = value;
  });
  return { blanks, values };
}

/**
 * The bytes opened by pdf-lib and pdf.js at once (pdf.js parses in its worker meanwhile).
 * pdf-lib's verdict on a bad file is the one told; pdf.js's document is never left open.
 */
async function openBoth(bytes: Uint8Array) {
  const [document, pdf] = await Promise.allSettled([loadPdfDocument(bytes), openWithPdfjs(bytes)]);
  if (document.status === 'rejected') {
    if (pdf.status === 'fulfilled') await pdf.value.destroy();
    throw document.reason;
  }
  if (pdf.status === 'rejected') throw pdf.reason;
  return { document: document.value, pdf: pdf.value };
}

/**
 * The Annexe 1 in a PDF: where each field's value goes (form field or dotted line) and
 * what the PDF already holds; `null` when the PDF is another document. A file that cannot
 * be read (not a PDF, over 20 MB, password-protected, damaged) throws a `PdfError` saying
 * why. The bytes are never changed.
 *
 * @example (await readAnnexe1Pdf(bytes))?.blanks.find((b) => b.key === 'domain.name')
 */
export async function readAnnexe1Pdf(bytes: Uint8Array): Promise<Annexe1Pdf | null> {
  const { document, pdf } = await openBoth(bytes);
  try {
    const { pages, text } = await readPages(pdf);
    const names = pages.flatMap((page) => page.widgets.map((widget) => widget.name));
    if (!looksLikeAnnexe1(`${text}\n${names.join('\n')}`)) return null;

    const lines = pages.map((page) => linesOf(page.runs));
    const pageCount = pages.length;
    if (names.length > 0) {
      const { blanks, unmapped } = fieldBlanks(pages, lines);
      if (blanks.length < MIN_BLANKS) return null;
      return { form: 'fields', pageCount, blanks, values: fieldValues(document, blanks), unmapped };
    }
    const proxies = await Promise.all(pages.map((_, i) => pdf.getPage(i + 1)));
    const { blanks, values } = await flatForm(proxies, lines);
    if (blanks.length < MIN_BLANKS) return null;
    return { form: 'flat', pageCount, blanks, values, unmapped: [] };
  } finally {
    await pdf.destroy();
  }
}
