import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { blockNetwork, builtExtension, launchOptions, readFixture, servePage } from './launch.mjs';

/**
 * A headless Chromium with the built extension, in a throw-away profile and with no network:
 * every page a test opens is served from the repository.
 */

/** An extension page, and what it reported as going wrong since it opened. */
export interface ExtensionPage {
  page: Page;
  /** Console errors and uncaught exceptions, in the order they happened. */
  errors: string[];
}

/** What the content script answers when asked about its page. */
export interface ContentScriptStatus {
  detected: boolean;
}

export interface Harness {
  extensionId: string;
  /** Opens `popup.html`, `options.html`… of the extension in a new tab. */
  openExtensionPage(name: string): Promise<ExtensionPage>;
  /** Opens `url` in a new tab, answered with a file of the repository. */
  openFixture(url: string, file: string): Promise<Page>;
  /** Opens `url` in a new tab, answered with the given markup. */
  openHtml(url: string, html: string): Promise<Page>;
  /** Answers `url` with a file of the repository, wherever it is asked from. */
  serveFile(url: string, file: string, contentType: string): Promise<void>;
  /** The text of the toolbar badge for the page's tab ('' when there is none). */
  badgeText(page: Page): Promise<string>;
  /** The content script's answer for the page, or undefined when none runs there. */
  contentScriptStatus(page: Page): Promise<ContentScriptStatus | undefined>;
  close(): Promise<void>;
}

/** The extension's APIs as seen from its service worker, where `chrome` is the global. */
type ChromeGlobal = { chrome: typeof browser };

const LOCALE = 'fr';

/**
 * Starts the browser; the caller must `close()` it, which also deletes the profile. The
 * browser loads a copy of the build, so that a `wxt build` run meanwhile (in another terminal)
 * cannot swap the extension's files under a test.
 */
export async function launchExtension(): Promise<Harness> {
  const built = builtExtension();
  const tempDir = await mkdtemp(path.join(tmpdir(), 'annexe1-e2e-'));
  let context: BrowserContext | undefined;
  try {
    const extension = path.join(tempDir, 'extension');
    await cp(built, extension, { recursive: true });
    const options = launchOptions({ headless: true, locale: LOCALE, extension });
    context = await chromium.launchPersistentContext(path.join(tempDir, 'profile'), options);
    await blockNetwork(context);
    const worker = await extensionWorker(context);
    await expectFrenchInterface(worker);
    return harness(context, worker, tempDir);
  } catch (error) {
    await context?.close();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
}

function harness(context: BrowserContext, worker: Worker, tempDir: string): Harness {
  const extensionId = new URL(worker.url()).host;

  const open = async (url: string, body: string | Buffer) => {
    await servePage(context, url, body);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };

  // The extension has no `tabs` permission, so tabs are told apart by which one is active.
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    return worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('No active tab to ask about.');
      return tab.id;
    });
  };

  return {
    extensionId,

    async openExtensionPage(name) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return { page, errors };
    },

    async openFixture(url, file) {
      return open(url, await readFixture(file));
    },

    openHtml: open,

    async serveFile(url, file, contentType) {
      await servePage(context, url, await readFixture(file), contentType);
    },

    async badgeText(page) {
      const tabId = await tabIdOf(page);
      return worker.evaluate(
        (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    },

    async contentScriptStatus(page) {
      const tabId = await tabIdOf(page);
      return worker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as ChromeGlobal;
        try {
          return (await chrome.tabs.sendMessage(id, { type: 'annexe1:status' })) as
            | ContentScriptStatus
            | undefined;
        } catch {
          // « Receiving end does not exist »: no content script in that tab.
          return undefined;
        }
      }, tabId);
    },

    async close() {
      await context.close();
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}

/** Waits for an extension page's h1; if it never shows, the failure says what went wrong. */
export async function waitForTitle({ page, errors }: ExtensionPage, title: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  } catch (error) {
    const reported = errors.length > 0 ? errors.join('\n') : 'no error reported';
    throw new Error(`${page.url()} never showed its title « ${title} »:\n${reported}`, {
      cause: error,
    });
  }
}

/** The extension's service worker; its address carries the extension's id. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension });
  } catch (error) {
    throw new Error(
      'The extension’s service worker never started: Chromium did not load ' +
        '.output/chrome-mv3. Rebuild it (`npm run build`) and check its manifest.',
      { cause: error },
    );
  }
}

/** The tests read the French interface; Chromium falls back to English without its locales. */
async function expectFrenchInterface(worker: Worker): Promise<void> {
  const language = await worker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.i18n.getUILanguage(),
  );
  if (language.startsWith(LOCALE)) return;
  throw new Error(
    `Chromium’s interface is in ${language}, not French: the tests read the French texts. ` +
      'Install its locales with `apt-get update && apt-get install -y chromium-l10n`.',
  );
}
