/**
 * esbuild bundles of the extension's own library code (`lib/html`, `lib/pdf`) for the
 * benchmarks: into a web page, into an extension page, into Node. esbuild comes with WXT;
 * the `@/` paths come from the project's tsconfig.
 */
import { build } from 'esbuild';

/** The bundled code of `entry` (a path under the repository) as a string. */
export async function bundle(entry, { platform = 'browser', format = 'iife' } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    platform,
    format,
    target: 'es2022',
    // Node resolves its own packages; the browsers get everything inlined.
    packages: platform === 'node' ? 'external' : undefined,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}
