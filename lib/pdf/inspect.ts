import type { PDFDocument } from 'pdf-lib';
import { PdfError } from './errors';

/**
 * A first look at a file the user hands the assistant: is it a PDF that can be opened and
 * changed at all? Everything that can go wrong becomes a `PdfError` with its reason.
 */

/** Larger files are refused before being read: no real Annexe 1 comes near it. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when the bytes start like a PDF (some writers put junk first: 1 KB is allowed). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let start = 0; start <= window; start++) {
    if (PDF_MAGIC.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

/** Refuses, before any parsing, a file too large or that is no PDF. */
export function checkPdfBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfError('tooLarge');
  if (!hasPdfHeader(bytes)) throw new PdfError('notPdf');
}

/**
 * Opens a PDF with pdf-lib (loaded on demand: it is heavy), on a copy of the bytes so that
 * the caller's are never touched. A password-protected, damaged or empty file is refused
 * with its reason.
 */
export async function loadPdfDocument(bytes: Uint8Array): Promise<PDFDocument> {
  checkPdfBytes(bytes);
  const { PDFDocument } = await import('pdf-lib');
  let pdf: PDFDocument;
  try {
    // pdf-lib's own error classes fail `instanceof` (ES5 output): ask the document instead.
    pdf = await PDFDocument.load(bytes.slice(), {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
    });
  } catch (cause) {
    throw new PdfError('unreadable', { cause });
  }
  if (pdf.isEncrypted) throw new PdfError('encrypted');
  if (pdf.getPageCount() === 0) throw new PdfError('unreadable');
  return pdf;
}
