/**
 * The figures measured in Chromium with the built extension (a copy of it, with a bench
 * page added): each one timed inside the page with `performance.now()`, as the median of
 * repeated runs.
 */
import { copyFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  blockNetwork,
  builtExtension,
  launchOptions,
  ROOT,
  readFixture,
  servePage,
} from '../../test/e2e/launch.mjs';
import { bundle } from './bundle.mjs';
import { unrelatedPage } from './unrelated.mjs';

const OFFICIAL = 'https://formulaires.esante.gouv.fr';
const PANEL = 'mssante-annexe1-panel';
const NOW = '2026-12-03T10:00:00.000Z';
const PROFILES = {
  profile: {
    profiles: [
      {
        id: 'a',
        name: 'CH Xyz',
        values: { 'operator.name': 'CH Xyz' },
        createdAt: NOW,
        updatedAt: NOW,
      },
      { id: 'b', name: 'Clinique Abc', values: {}, createdAt: NOW, updatedAt: NOW },
    ],
    activeId: 'a',
  },
  profile$: { v: 2 },
};

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The build with a bench page beside its own pages: same origin, same CSP. */
async function extensionWithBenchPage(dir) {
  const extension = path.join(dir, 'extension');
  await cp(builtExtension(), extension, { recursive: true });
  const modules = path.join(ROOT, 'node_modules');
  const script = await bundle(path.join(ROOT, 'bench/browser/pdf-page.ts'), { format: 'esm' });
  await writeFile(path.join(extension, 'bench.js'), script);
  await writeFile(
    path.join(extension, 'bench.html'),
    '<!DOCTYPE html><meta charset="utf-8"><script type="module" src="bench.js"></script>',
  );
  await copyFile(
    path.join(modules, 'pdfjs-dist/build/pdf.worker.min.mjs'),
    path.join(extension, 'bench-pdf.worker.js'),
  );
  await copyFile(
    path.join(ROOT, 'public/fonts/DejaVuSans-Annexe1.ttf'),
    path.join(extension, 'bench-font.ttf'),
  );
  await copyFile(
    path.join(ROOT, 'test/fixtures/annexe1-acroform.pdf'),
    path.join(extension, 'bench-annexe1.pdf'),
  );
  return extension;
}

/** Opens `url` answered with `body`, the content script running there if it matches. */
async function open(context, url, body) {
  await servePage(context, url, body);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function detection(context, pageScript, runs) {
  const unrelated = await open(context, `${OFFICIAL}/actualites.html`, unrelatedPage());
  await unrelated.addScriptTag({ content: pageScript });
  const negative = await unrelated.evaluate((n) => globalThis.annexe1Bench.recognise(n), runs);
  if (negative.found) throw new Error('The unrelated page was taken for the Annexe 1.');
  await unrelated.close();

  const form = await open(context, `${OFFICIAL}/annexe1.html`, await readFixture(FIXTURE));
  await form.addScriptTag({ content: pageScript });
  const found = await form.evaluate((n) => globalThis.annexe1Bench.detect(n), runs);
  if (!found.found) throw new Error('The sample form was not recognised.');
  const fill = await form.evaluate((n) => globalThis.annexe1Bench.fill(n), runs);
  await form.close();
  return {
    detectNegativeMs: median(negative.times),
    detectMs: median(found.times),
    fillHtmlMs: median(fill.times),
    fillHtmlFields: fill.filled,
  };
}

const FIXTURE = 'test/fixtures/annexe1.html';

/**
 * The real content script on the sample form: a wrong « Primaire » typed (an input event)
 * until the field's `aria-invalid` turns true, a right one in between (untimed).
 */
async function keystroke(context, runs) {
  const page = await open(context, `${OFFICIAL}/annexe1-saisie.html`, await readFixture(FIXTURE));
  await page.locator(PANEL).getByRole('status').waitFor();
  const times = await page.evaluate(async (n) => {
    const field = document.querySelector('[name="Texte27"]');
    const until = (invalid) =>
      new Promise((resolve, reject) => {
        const done = () => (field.getAttribute('aria-invalid') === 'true') === invalid;
        if (done()) return resolve(performance.now());
        const timer = setTimeout(() => reject(new Error('the mark never changed')), 5000);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        observer.observe(field, { attributes: true, attributeFilter: ['aria-invalid'] });
      });
    const type = (value) => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const measured = [];
    for (let run = 0; run < n; run += 1) {
      type('ns1.ch-tilleuls.fr');
      await until(false);
      const start = performance.now();
      type(`pas un serveur ${run}`);
      measured.push((await until(true)) - start);
    }
    return measured;
  }, runs);
  await page.close();
  return { keystrokeMs: median(times) };
}

async function pdfFill(context, extensionId, runs) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench.html`);
  await page.waitForFunction(() => 'annexe1Bench' in globalThis);
  const times = await page.evaluate(
    (n) => globalThis.annexe1Bench.fillPdf('bench-annexe1.pdf', n),
    runs,
  );
  await page.close();
  return { pdfFillMs: median(times) };
}

/** Popup open → the profile list painted (the frame after it is in the page). */
async function popup(context, extensionId, runs) {
  const url = `chrome-extension://${extensionId}/popup.html`;
  const first = await context.newPage();
  await first.goto(url);
  await first.evaluate((data) => globalThis.chrome.storage.local.set(data), PROFILES);
  await first.close();
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      globalThis.annexe1Painted = new Promise((resolve) => {
        const listed = () => document.body?.textContent.includes('Clinique Abc');
        const observer = new MutationObserver(() => {
          if (!listed()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.goto(url);
    times.push(await page.evaluate(() => globalThis.annexe1Painted));
    await page.close();
  }
  return { popupMs: median(times) };
}

/** Every browser figure, `runs` runs each. */
export async function measureBrowser(runs) {
  const dir = await mkdtemp(path.join(tmpdir(), 'annexe1-bench-'));
  let context;
  try {
    const extension = await extensionWithBenchPage(dir);
    const options = launchOptions({ headless: true, locale: 'fr', extension });
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), options);
    await blockNetwork(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const pageScript = await bundle(path.join(ROOT, 'bench/browser/page.ts'));
    return {
      ...(await detection(context, pageScript, runs)),
      ...(await keystroke(context, runs)),
      ...(await pdfFill(context, extensionId, runs)),
      ...(await popup(context, extensionId, runs)),
    };
  } finally {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
