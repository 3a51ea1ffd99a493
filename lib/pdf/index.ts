/**
 * The Annexe 1 as a PDF: recognise it, read what it holds, fill it. Call `configurePdf`
 * once first (pdf.js and the font come from the environment).
 */

export type { FieldKey, FormValues } from '../annexe1/fields';
export { downloadName } from './download';
export { configurePdf, type PdfEnvironment } from './environment';
export { PdfError, type PdfProblem, pdfProblemOf } from './errors';
export {
  type FillOptions,
  type FillResult,
  fillAnnexe1Pdf,
  fillAnnexe1PdfWithReport,
} from './fill';
export { MAX_PDF_BYTES } from './inspect';
export { type Difference, type Prefill, prefill } from './prefill';
export { readAnnexe1Pdf } from './read';
export type { Annexe1Pdf, PdfBlank } from './types';
