import type { Plugin } from 'vite';

/**
 * A Vite plugin for the build (not the extension). pdf.js tests whether `new Function`
 * works, may compile PostScript functions with it, and can `import()` a computed address
 * (its fake worker, a JPEG 2000 fallback); fontkit bundles two old polyfills, one building
 * functions from strings, one listing `eval`. Extension pages forbid eval and Firefox's
 * add-on linter flags all of them. The plugin takes them out: eval is reported unsupported
 * (pdf.js then interprets instead), those imports fail cleanly (the assistant hands pdf.js
 * its worker itself), the polyfill binds without eval. The build fails if a library changes
 * shape, rather than silently keep the warnings. To be listed in `plugins` and in
 * `worker.plugins` (pdf.js's worker is bundled apart).
 */

interface Rewrite {
  pattern: RegExp;
  replacement: string;
}

const PDFJS: readonly Rewrite[] = [
  // The feature test `try { new Function(""); return true } catch { return false }`.
  { pattern: /new Function\(""\)/g, replacement: '(() => { throw new EvalError("CSP"); })()' },
  // The PostScript compiler's output, reached only when the feature test says yes.
  {
    pattern: /new Function\("src",\s*"srcOffset",\s*"dest",\s*"destOffset",\s*[\w$]+\)/g,
    replacement: 'null',
  },
  // `await import(/* … */ computedAddress)`: the fake worker, the JPEG 2000 fallback.
  {
    pattern: /import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*[\w$.#]+\s*\)/g,
    replacement: 'Promise.reject(new Error("pdf.js may not import code here"))',
  },
];

/** A pattern matching `text` as written. */
const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');

const FONTKIT: readonly Rewrite[] = [
  // `function-bind`, used only where `Function.prototype.bind` is missing.
  {
    pattern: literal(
      "Function('binder', 'return function (' + boundArgs.join(',') + " +
        "'){ return binder.apply(this,arguments); }')(binder)",
    ),
    replacement: 'function () { return binder.apply(this, arguments); }',
  },
  // `get-intrinsic`'s table of built-ins.
  { pattern: /'%eval%': eval,/g, replacement: "'%eval%': undefined," },
];

const LIBRARIES: readonly { id: RegExp; rewrites: readonly Rewrite[] }[] = [
  {
    id: /[\\/]pdfjs-dist[\\/](?:legacy[\\/])?build[\\/]pdf(?:\.worker)?(?:\.min)?\.mjs$/,
    rewrites: PDFJS,
  },
  {
    id: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/,
    rewrites: FONTKIT,
  },
];

/** What the linter flags: the Function constructor, `eval` as a name, computed imports. */
const FORBIDDEN = new RegExp(
  [
    String.raw`\bnew Function\(`,
    String.raw`[^.\w$]Function\(['"]`,
    String.raw`(?<![\w$.%'"-])eval(?![\w$%'"-])`,
    String.raw`import\(\s*\/\*webpackIgnore`,
  ].join('|'),
);

/**
 * A library's source without eval or computed imports, or `undefined` for a file this
 * plugin does not concern.
 */
export function lintSafe(code: string, id: string): string | undefined {
  const library = LIBRARIES.find((candidate) => candidate.id.test(id.split('?')[0] ?? id));
  if (!library) return undefined;
  let rewritten = code;
  for (const { pattern, replacement } of library.rewrites) {
    rewritten = rewritten.replace(pattern, replacement);
  }
  const left = rewritten.match(FORBIDDEN);
  if (left) throw new Error(`lint-safe: ${id} still holds « ${left[0]} »; review the rewrites.`);
  return rewritten;
}

/** The plugin: applies `lintSafe` to the libraries it knows. */
export function lintSafePlugin(): Plugin {
  return {
    name: 'annexe1:lint-safe',
    enforce: 'pre',
    transform(code, id) {
      const rewritten = lintSafe(code, id);
      return rewritten === undefined ? undefined : { code: rewritten, map: null };
    },
  };
}
