/**
 * A first look at a file the user hands the assistant: is it a PDF we can open at all?
 * Everything that can go wrong is an answer, never an exception.
 */

/** Larger files are refused before being read: no real Annexe 1 comes near it. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

export type PdfInspection =
  | { ok: true; pages: number; fields: number }
  | { ok: false; reason: 'notPdf' | 'tooLarge' | 'encrypted' | 'unreadable' };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when the bytes start like a PDF (some writers put junk first: 1 KB is allowed). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let start = 0; start <= window; start++) {
    if (PDF_MAGIC.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

/**
 * Opens a PDF with pdf-lib (loaded on demand: it is heavy) and counts its pages and form
 * fields, or says why it cannot.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  if (bytes.length > MAX_PDF_BYTES) return { ok: false, reason: 'tooLarge' };
  if (!hasPdfHeader(bytes)) return { ok: false, reason: 'notPdf' };

  const { PDFDocument } = await import('pdf-lib');
  try {
    // pdf-lib's own error classes fail `instanceof` (ES5 output): ask the document instead.
    const pdf = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
    });
    if (pdf.isEncrypted) return { ok: false, reason: 'encrypted' };
    const pages = pdf.getPageCount();
    if (pages === 0) return { ok: false, reason: 'unreadable' };
    return { ok: true, pages, fields: pdf.getForm().getFields().length };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
