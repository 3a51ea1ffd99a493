/**
 * How Chromium is started with the built extension, shared by the e2e harness and by
 * `npm start`. Plain JavaScript so that `scripts/start.mjs` runs on Node without a build;
 * `launch.d.mts` gives the harness its types.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, or the one `CHROMIUM_PATH` names; throws how to get it when absent. */
export function chromiumPath() {
  const executable = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}. Install it with ` +
        '`apt-get update && apt-get install -y chromium chromium-l10n` ' +
        '(chromium-l10n gives it the French interface the tests read), ' +
        'or point CHROMIUM_PATH at a Chromium executable.',
    );
  }
  return executable;
}

/** The unpacked Chrome build; throws how to make it when it is missing. */
export function builtExtension() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${EXTENSION_DIR} (manifest.json is missing). ` +
        'Run `npm run build` first.',
    );
  }
  return EXTENSION_DIR;
}

/**
 * Options for playwright-core's `launchPersistentContext`: Chromium with only our extension,
 * and none of the background traffic (updates, sync) that would make runs differ. `extension`
 * loads a copy instead of the build; a `locale` sets the browser's interface language, which
 * is the language the extension speaks.
 */
export function launchOptions({ headless, locale, extension = builtExtension() }) {
  const args = [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (!locale) return { executablePath: chromiumPath(), headless, args };

  // Chromium on Linux takes its interface language from LANGUAGE and ignores --lang.
  return {
    executablePath: chromiumPath(),
    headless,
    args: [...args, `--lang=${locale}`],
    env: { ...process.env, LANGUAGE: locale },
  };
}

/** Reads a file of the repository, saying how to regenerate it when it is missing. */
export async function readFixture(file) {
  try {
    return await readFile(path.join(ROOT, file));
  } catch (error) {
    throw new Error(
      `Cannot read ${file} (${error.code}). The fixtures are made by \`npm run fixtures\`.`,
    );
  }
}

/** Answers every request for `url` with `body` (an HTML page unless told), instead of the network. */
export async function servePage(context, url, body, contentType = 'text/html; charset=utf-8') {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
}

/**
 * Aborts every request that leaves the browser, extension files excepted. Pages served with
 * `servePage` still load: Playwright tries the routes added last first.
 */
export async function blockNetwork(context) {
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
}
