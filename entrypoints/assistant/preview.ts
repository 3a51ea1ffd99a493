import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { logger } from '@/lib/logger';
import { pageEnvironment } from './pdf-env';

/**
 * The filled PDF drawn page by page with pdf.js, form fields as their appearances show
 * them: what a viewer and a printer will show.
 */

export interface PreviewDocument {
  pageCount: number;
  /** Draws page `index` into the canvas, as wide as the canvas is laid out. */
  draw(canvas: HTMLCanvasElement, index: number): Promise<void>;
  close(): void;
}

/** A canvas takes one drawing at a time: a newer one cancels the one under way. */
const drawing = new WeakMap<HTMLCanvasElement, RenderTask>();

async function drawPage(pdf: PDFDocumentProxy, canvas: HTMLCanvasElement, index: number) {
  drawing.get(canvas)?.cancel();
  const page = await pdf.getPage(index + 1);
  const width = canvas.clientWidth || 700;
  const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
  const viewport = page.getViewport({ scale });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  const task = page.render({ canvas, viewport });
  drawing.set(canvas, task);
  await task.promise;
}

/** Opens filled bytes for drawing; `close()` frees them. */
export async function openPreview(bytes: Uint8Array): Promise<PreviewDocument> {
  const pdfjs = await pageEnvironment.loadPdfjs();
  const pdf = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  let closed = false;
  return {
    pageCount: pdf.numPages,
    async draw(canvas, index) {
      try {
        await drawPage(pdf, canvas, index);
      } catch (error) {
        // A drawing cancelled by a newer one, or by a newer document, is no failure.
        if (!closed && (error as Error).name !== 'RenderingCancelledException') {
          logger.error('A preview page could not be drawn', error);
        }
      }
    },
    close() {
      closed = true;
      void pdf.destroy();
    },
  };
}
