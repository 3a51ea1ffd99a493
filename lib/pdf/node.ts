import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { PdfEnvironment, Pdfjs } from './environment';
import { FONT_PATH } from './font';

/**
 * The environment for Node (tests, benchmarks, command-line tools): pdf.js's legacy build,
 * which runs without a browser, and the extension's font file. Never imported by the
 * extension.
 */
export function nodePdfEnvironment(
  /** The repository's `public/` folder (a bundled copy of this module cannot find it). */
  publicDir: URL = new URL('../../public/', import.meta.url),
): PdfEnvironment {
  const require = createRequire(import.meta.url);
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    loadPdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs,
    loadFont: async () => new Uint8Array(await readFile(new URL(`.${FONT_PATH}`, publicDir))),
    documentOptions: { standardFontDataUrl: `${pdfjsDir}/standard_fonts/` },
  };
}
