import type { PdfEnvironment, Pdfjs } from '@/lib/pdf/environment';
import { FONT_PATH } from '@/lib/pdf/font';

/**
 * pdf.js and the font in the assistant page: pdf.js's browser build with its worker in a
 * thread of its own, the font fetched from the extension's own files. Loaded on the
 * assistant page only, on the first PDF.
 */

let pdfjs: Promise<Pdfjs> | undefined;
let font: Promise<Uint8Array> | undefined;

async function loadPdfjs(): Promise<Pdfjs> {
  const module = await import('pdfjs-dist');
  if (!module.GlobalWorkerOptions.workerPort) {
    const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
    module.GlobalWorkerOptions.workerPort = worker;
  }
  return module;
}

async function loadFont(): Promise<Uint8Array> {
  const response = await fetch(
    browser.runtime.getURL(FONT_PATH as '/fonts/DejaVuSans-Annexe1.ttf'),
  );
  if (!response.ok) throw new Error(`The font could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The environment `configurePdf` needs in an extension page. */
export const pageEnvironment: PdfEnvironment = {
  loadPdfjs: () => {
    pdfjs ??= loadPdfjs();
    return pdfjs;
  },
  // Every fill (the preview's too) embeds the font: it is fetched once, copied each time.
  loadFont: async () => {
    font ??= loadFont().catch((error: unknown) => {
      font = undefined;
      throw error;
    });
    return (await font).slice();
  },
};
