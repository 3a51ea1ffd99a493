/**
 * `npm start`: a visible Chromium with the freshly built extension, on the bundled Annexe 1
 * served at its official address, to try the extension by hand. It stops on Ctrl+C or when
 * the window is closed; `.e2e-profile-start/` keeps what was saved from one run to the next.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions, ROOT, readFixture, servePage } from '../test/e2e/launch.mjs';

const PAGE_URL = 'https://formulaires.esante.gouv.fr/annexe1.html';
const FIXTURE = 'test/fixtures/annexe1.html';
const PROFILE_DIR = path.join(ROOT, '.e2e-profile-start');

/** Without a screen a headed Chromium fails or waits forever; better to say so at once. */
function checkDisplay() {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  throw new Error(
    'no display (DISPLAY is not set), so no browser window can open. ' +
      'Run it from a desktop session, or use `npm run test:e2e` for the headless tests.',
  );
}

/** Opens the page, then waits until the window is closed or the user presses Ctrl+C. */
async function start() {
  checkDisplay();
  const options = launchOptions({ headless: false });
  const page = await readFixture(FIXTURE);

  const context = await chromium.launchPersistentContext(PROFILE_DIR, {
    ...options,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  const closed = new Promise((resolve) => context.once('close', resolve));
  // Closing the context lets Chromium write its profile before it exits.
  const stop = () => void context.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await servePage(context, PAGE_URL, page);
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(PAGE_URL);
  console.log(
    `Chromium opened ${PAGE_URL} (served from ${FIXTURE}) with the extension; ` +
      'press Ctrl+C or close the window to stop.',
  );

  await closed;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
}

start().catch((error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
