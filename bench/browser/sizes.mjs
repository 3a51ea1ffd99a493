/**
 * The shipped sizes, read from the build: the always-on content script, the popup's
 * bundle (its entry chunk and every chunk it imports statically, in `popup.html`'s module
 * graph) and the Chrome zip. KB are 1,000 bytes, as WXT prints them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const KB = 1000;
const kb = (bytes) => Math.round((bytes / KB) * 100) / 100;

/** Relative module paths a minified ES module imports statically (`import … from "…"`). */
function staticImports(code) {
  const found = new Set();
  // A static import or re-export starts a statement; `import(` is dynamic and left out.
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** Bytes of `entry` and of every chunk it statically imports, each counted once. */
export function moduleGraphBytes(dir, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    let bytes = Buffer.byteLength(code);
    for (const spec of staticImports(code)) bytes += visit(path.resolve(path.dirname(file), spec));
    return bytes;
  };
  const total = visit(path.join(dir, entry));
  return { bytes: total, files: [...seen].map((file) => path.relative(dir, file)) };
}

/** The module script `popup.html` loads. */
export function popupEntry(dir) {
  const html = readFileSync(path.join(dir, 'popup.html'), 'utf8');
  const entry = html.match(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/)?.[1];
  if (!entry) throw new Error('popup.html loads no module script: was the popup built?');
  return entry;
}

/** The Chrome zip `wxt zip` wrote in `outputDir`. */
export function chromeZip(outputDir) {
  const zip = readdirSync(outputDir).find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error(`No *-chrome.zip in ${outputDir}: \`wxt zip\` did not run.`);
  return path.join(outputDir, zip);
}

/** Every size of the table, from a Chrome build and its zip. */
export function measureSizes(extensionDir, outputDir) {
  const content = statSync(path.join(extensionDir, 'content-scripts', 'annexe1.js')).size;
  const popup = moduleGraphBytes(extensionDir, popupEntry(extensionDir));
  return {
    contentScriptKB: kb(content),
    popupKB: kb(popup.bytes),
    zipKB: kb(statSync(chromeZip(outputDir)).size),
  };
}
