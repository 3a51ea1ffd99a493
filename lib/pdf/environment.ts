import type * as PdfjsModule from 'pdfjs-dist';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';

/**
 * What reading and filling need from the place they run in. pdf.js comes as two builds
 * (the legacy one for Node, the modern one with its worker for a page) and the font is a
 * file (read from the package in Node, fetched from the extension's assets in a page):
 * `lib/` names the need, the edges bring the thing.
 */

export type Pdfjs = typeof PdfjsModule;

export interface PdfEnvironment {
  /** pdf.js, ready to open documents (its worker set up). */
  loadPdfjs(): Promise<Pdfjs>;
  /** A TrueType font covering French and what users paste (’ « » œ € – — U+202F …). */
  loadFont(): Promise<Uint8Array>;
  /** Options every `getDocument` call gets here (where the standard fonts are, …). */
  documentOptions?: Partial<DocumentInitParameters>;
}

let current: PdfEnvironment | undefined;

/**
 * Says where pdf.js and the font come from; call it once before reading or filling.
 *
 * @example configurePdf(nodePdfEnvironment())
 */
export function configurePdf(environment: PdfEnvironment): void {
  current = environment;
}

/** The environment set by `configurePdf`; a missing one is a programming error. */
export function pdfEnvironment(): PdfEnvironment {
  if (!current) throw new Error('configurePdf() must be called before reading a PDF.');
  return current;
}
