import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lintSafe } from '@/scripts/lint-safe';

const require = createRequire(import.meta.url);
const LIBRARIES = [
  'pdfjs-dist/build/pdf.mjs',
  'pdfjs-dist/build/pdf.min.mjs',
  'pdfjs-dist/build/pdf.worker.mjs',
  'pdfjs-dist/build/pdf.worker.min.mjs',
  '@pdf-lib/fontkit/dist/fontkit.es.js',
];

describe('lintSafe', () => {
  it.each(LIBRARIES)('leaves no eval and no computed import in %s', (library) => {
    const path = require.resolve(library);
    const code = lintSafe(readFileSync(path, 'utf8'), path) ?? '';
    expect(code).not.toMatch(/Function\(['"]|(?<![\w$.%'"-])eval(?![\w$%'"-])/);
    expect(code).not.toMatch(/import\(\s*\/\*webpackIgnore/);
  });

  it('leaves other files alone', () => {
    expect(lintSafe('eval("1")', '/work/node_modules/other/index.js')).toBeUndefined();
  });

  it('fails loudly when a library’s code changes shape', () => {
    const id = '/node_modules/pdfjs-dist/build/pdf.mjs';
    expect(() => lintSafe('const f = new Function("a", "return a");', id)).toThrow(/review/);
  });
});
