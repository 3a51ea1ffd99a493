/**
 * What can be wrong with a file handed to the assistant. The library reports it as a
 * `PdfError` carrying a reason; the page turns the reason into a French sentence.
 */

export type PdfProblem = 'notPdf' | 'tooLarge' | 'encrypted' | 'unreadable' | 'notAnnexe1';

/** A file the assistant cannot work on, and why. */
export class PdfError extends Error {
  readonly reason: PdfProblem;

  constructor(reason: PdfProblem, options?: { cause?: unknown }) {
    super(`PDF refused: ${reason}`, options);
    this.name = 'PdfError';
    this.reason = reason;
  }
}

/**
 * The reason behind any error thrown while reading or filling a PDF: a `PdfError`'s own,
 * else `unreadable` (pdf.js and pdf-lib throw their own errors on damaged files).
 *
 * @example pdfProblemOf(new PdfError('encrypted')) // 'encrypted'
 */
export function pdfProblemOf(error: unknown): PdfProblem {
  // Checked by shape, not `instanceof`: the error may cross a bundle or realm boundary.
  const reason = (error as { name?: unknown; reason?: unknown } | null)?.reason;
  if ((error as { name?: unknown } | null)?.name === 'PdfError' && typeof reason === 'string') {
    return reason as PdfProblem;
  }
  return 'unreadable';
}
