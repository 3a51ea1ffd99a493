import fontkit from '@pdf-lib/fontkit';
import type { FieldKey, FormValues } from '../annexe1/fields';
import type { Finding } from '../rules/finding';
import { valuesForBlanks } from './adapt';
import { pdfEnvironment } from './environment';
import { PdfError } from './errors';
import { fillFields } from './fill-fields';
import { fillFlat } from './fill-flat';
import { loadPdfDocument } from './inspect';
import { FillNotes } from './notes';
import { readAnnexe1Pdf } from './read';
import type { Annexe1Pdf } from './types';

export interface FillOptions {
  /** Turn the fields into plain page content (no longer editable). Default false. */
  flatten?: boolean;
  /** The result of `readAnnexe1Pdf` for these bytes, when the caller already has it. */
  pdf?: Annexe1Pdf;
}

export interface FillResult {
  bytes: Uint8Array;
  /** Values that did not fit, fields that refused them, blanks already written on. */
  findings: Finding[];
}

/**
 * Fills the Annexe 1 with `values` and says what did not go well. The font (subset, so
 * only the characters used are embedded) covers French and the typographic characters
 * users paste. The input bytes are never changed; a PDF that is not the Annexe 1 throws
 * `PdfError('notAnnexe1')`.
 */
export async function fillAnnexe1PdfWithReport(
  bytes: Uint8Array,
  values: FormValues,
  options: FillOptions = {},
): Promise<FillResult> {
  // Reading (pdf.js parses in its worker), pdf-lib's parse and the font's fetch overlap.
  const [pdf, document, fontBytes] = await Promise.all([
    options.pdf ?? readAnnexe1Pdf(bytes),
    loadPdfDocument(bytes),
    pdfEnvironment().loadFont(),
  ]);
  if (!pdf) throw new PdfError('notAnnexe1');
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fontBytes, { subset: true });

  const keys = new Set<FieldKey>(pdf.blanks.map((blank) => blank.key));
  const adapted = valuesForBlanks(values, keys);
  const notes = new FillNotes();
  if (pdf.form === 'fields') {
    fillFields(document, pdf.blanks, adapted, font, notes);
    if (options.flatten) document.getForm().flatten({ updateFieldAppearances: false });
  } else {
    fillFlat(document, pdf.blanks, pdf.values, adapted, font, notes);
  }
  const filled = await document.save({ updateFieldAppearances: false });
  return { bytes: filled, findings: notes.findings };
}

/**
 * The Annexe 1 filled with `values`, as a new PDF: fields left editable unless
 * `flatten`, values written on the dotted lines of a flat form. Findings (a value too long
 * for its blank) come with `fillAnnexe1PdfWithReport`.
 *
 * @example const filled = await fillAnnexe1Pdf(bytes, { 'domain.name': 'ch-xyz.mssante.fr' })
 */
export async function fillAnnexe1Pdf(
  bytes: Uint8Array,
  values: FormValues,
  options: FillOptions = {},
): Promise<Uint8Array> {
  return (await fillAnnexe1PdfWithReport(bytes, values, options)).bytes;
}
