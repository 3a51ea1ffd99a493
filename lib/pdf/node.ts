import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { PdfEnvironment, Pdfjs } from './environment';

/**
 * The environment for Node (tests, benchmarks, command-line tools): pdf.js's legacy build,
 * which runs without a browser, and the font read from its package. Never imported by the
 * extension.
 */
export function nodePdfEnvironment(): PdfEnvironment {
  const require = createRequire(import.meta.url);
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    loadPdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs,
    loadFont: async () =>
      new Uint8Array(await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))),
    documentOptions: { standardFontDataUrl: `${pdfjsDir}/standard_fonts/` },
  };
}
