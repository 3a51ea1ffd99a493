import { configurePdf } from '@/lib/pdf/environment';
import { fillAnnexe1Pdf } from '@/lib/pdf/fill';
import { DECLARATION } from '../../test/fixtures/declaration';

/**
 * The bench page's script, in an extension page (`bench.html`, added by `bench/run.mjs`
 * to a copy of the build): pdf.js's browser build with its worker in a thread of its own
 * and the font fetched from the extension's files, as in the assistant page.
 */

configurePdf({
  loadPdfjs: async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerPort ??= new Worker('bench-pdf.worker.js', {
      type: 'module',
    });
    return pdfjs;
  },
  loadFont: async () => new Uint8Array(await (await fetch('bench-font.ttf')).arrayBuffer()),
});

/** Read + fill + save of the PDF at `url`, `runs` times: milliseconds of each. */
async function fillPdf(url: string, runs: number): Promise<number[]> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await fillAnnexe1Pdf(bytes.slice(), DECLARATION);
    times.push(performance.now() - start);
  }
  return times;
}

Object.assign(globalThis, { annexe1Bench: { fillPdf } });
