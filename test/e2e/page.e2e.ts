import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES_VERSION } from '../../lib/profiles/migrations';
import { CH_XYZ_PROFILE } from '../fixtures/profile';
import { type Harness, launchExtension } from './harness';
import { ROOT } from './launch.mjs';

/**
 * The assistant in the page, in a real Chromium, on the sample form served from an
 * official host: its panel, the marks beside a field as the user types, filling from the
 * active profile and undoing it; and nothing on another site until the user asks.
 */

const FIXTURE = 'test/fixtures/annexe1.html';
const OFFICIAL_URL = 'https://formulaires.esante.gouv.fr/annexe1.html';
const OTHER_URL = 'https://intranet.example.org/annexe1.html';
const FRAMEWORK_FIXTURE = 'test/fixtures/pages/framework-divs.html';
const FRAMEWORK_URL = 'https://demarches.mssante.fr/domaine';
const PANEL = 'mssante-annexe1-panel';
const NOW = '2026-12-03T10:00:00.000Z';

/** The active profile: every field a profile holds, the DN in parts as the form prints it. */
const { 'certificate.dn': _whole, 'dns.mailServer': _unused, ...parts } = CH_XYZ_PROFILE;
const CH_XYZ: Record<string, string | boolean> = { ...parts, 'certificate.cn': 'mail.ch-xyz.fr' };

type Chrome = { chrome: typeof browser };
/** The framework of `framework-divs.html`, as its script leaves it on `window`. */
type Framework = { render(): void };

/** The sample form's inputs by field key (the ground truth of the fixtures). */
async function inputNames(): Promise<Record<string, string>> {
  const expected = JSON.parse(
    await readFile(path.join(ROOT, 'test/fixtures/annexe1.expected.json'), 'utf8'),
  ) as { html: Record<string, string> };
  return Object.fromEntries(Object.entries(expected.html).map(([name, key]) => [key, name]));
}

/** How a test finds a field's control in a page. */
type Selector = (key: string) => string;

/** What each of `keys` shows in the page: text, or ticked for a box. */
async function shown(page: Page, select: Selector, keys: string[]) {
  const values: Record<string, string | boolean> = {};
  for (const key of keys) {
    const field = page.locator(select(key));
    values[key] =
      (await field.getAttribute('type')) === 'checkbox'
        ? await field.isChecked()
        : await field.inputValue();
  }
  return values;
}

/**
 * Stores `CH_XYZ` as the active profile, the way the options page stores profiles, after
 * `others` if any.
 */
async function storeProfile(
  harness: Harness,
  others: { id: string; name: string; values: Record<string, string | boolean> }[] = [],
): Promise<void> {
  const { page } = await harness.openExtensionPage('options.html');
  const dated = { createdAt: NOW, updatedAt: NOW };
  const state = {
    profiles: [
      ...others.map((other) => ({ ...other, ...dated })),
      { id: 'xyz', name: 'CH Xyz', values: CH_XYZ, ...dated },
    ],
    activeId: 'xyz',
  };
  await page.evaluate((data) => (globalThis as unknown as Chrome).chrome.storage.local.set(data), {
    profile: state,
    profile$: { v: PROFILES_VERSION },
  });
  await page.close();
}

describe('the assistant in a page', () => {
  let harness: Harness;
  let byName: Selector;

  beforeAll(async () => {
    harness = await launchExtension();
    const names = await inputNames();
    byName = (key) => `[name="${names[key]}"]`;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('marks a bad host name as it is typed, and takes the mark away once corrected', async () => {
    const page = await harness.openFixture(OFFICIAL_URL, FIXTURE);
    await page.locator(PANEL).getByRole('heading', { name: 'Annexe 1 MSSanté' }).waitFor();
    const primary = page.locator(byName('dns.primary'));

    await primary.pressSequentially('ns1_bad.ch-xyz.fr');

    await expect.poll(() => primary.getAttribute('aria-invalid')).toBe('true');
    const message = page.locator(`#${await primary.getAttribute('aria-describedby')}`);
    expect(await message.isVisible()).toBe(true);
    // The rules write French with narrow no-break spaces; the words are what matter here.
    expect((await message.textContent())?.replace(/\s/g, ' ')).toBe(
      'Caractère refusé (« _ ») : seuls les lettres sans accent, les chiffres, « . » et « - » ' +
        'sont admis.',
    );
    await page
      .locator(PANEL)
      .getByRole('button', { name: /^Primaire : Caractère refusé/ })
      .waitFor();

    await primary.fill('ns1.ch-xyz.fr');

    await expect.poll(() => primary.getAttribute('aria-invalid')).toBeNull();
    expect(await primary.getAttribute('aria-describedby')).toBeNull();
    expect(await message.count()).toBe(0);
    await page.close();
  });

  it('fills every field from the active profile, and undo empties them again', async () => {
    await storeProfile(harness);
    const page = await harness.openFixture(OFFICIAL_URL, FIXTURE);
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.getByLabel('Profil').inputValue()).toBe('xyz');
    const keys = [...Object.keys(CH_XYZ), 'signature.date'];

    await panel.getByRole('button', { name: 'Remplir' }).click();

    await expect.poll(() => shown(page, byName, Object.keys(CH_XYZ))).toEqual(CH_XYZ);
    expect((await shown(page, byName, ['signature.date']))['signature.date']).toMatch(
      /^\d{2}\/\d{2}\/\d{4}$/,
    );
    await panel.getByText(/^\d+ champ\(s\) rempli\(s\)/).waitFor();

    await panel.getByRole('button', { name: 'Annuler le remplissage' }).click();

    const empty = Object.fromEntries(
      keys.map((key) => [key, typeof CH_XYZ[key] === 'boolean' ? false : '']),
    );
    await expect.poll(() => shown(page, byName, keys)).toEqual(empty);
    await panel
      .getByText('Remplissage annulé : les champs ont retrouvé leur valeur d’avant.')
      .waitFor();
    await page.close();
  });

  it('fills from the profile chosen in the panel, which becomes the active one', async () => {
    const other = { ...CH_XYZ, 'operator.name': 'Clinique des Aulnes' };
    await storeProfile(harness, [{ id: 'aulnes', name: 'Clinique des Aulnes', values: other }]);
    const page = await harness.openFixture(OFFICIAL_URL, FIXTURE);
    const panel = page.locator(PANEL);
    const choice = panel.getByLabel('Profil');
    await expect.poll(() => choice.inputValue()).toBe('xyz');

    await choice.selectOption({ label: 'Clinique des Aulnes' });
    await panel.getByRole('button', { name: 'Remplir' }).click();

    await expect
      .poll(() => page.locator(byName('operator.name')).inputValue())
      .toBe('Clinique des Aulnes');
    const { page: options } = await harness.openExtensionPage('options.html');
    const stored = await options.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.storage.local.get('profile'),
    );
    expect((stored.profile as { activeId: string }).activeId).toBe('aulnes');
    await options.close();
    await page.close();
  });

  it('fills a page whose framework keeps its own state, and the values stay', async () => {
    await storeProfile(harness);
    const page = await harness.openFixture(FRAMEWORK_URL, FRAMEWORK_FIXTURE);
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.getByLabel('Profil').inputValue()).toBe('xyz');
    const byKey: Selector = (key) => `[data-expect="${key}"]`;
    const texts = Object.keys(CH_XYZ).filter((key) => typeof CH_XYZ[key] === 'string');

    await panel.getByRole('button', { name: 'Remplir' }).click();
    await expect
      .poll(() => shown(page, byKey, texts))
      .toEqual(Object.fromEntries(texts.map((key) => [key, CH_XYZ[key]])));
    for (const key of texts) await page.locator(byKey(key)).blur();
    await page.evaluate(() => (window as unknown as { framework: Framework }).framework.render());

    expect(await shown(page, byKey, Object.keys(CH_XYZ))).toEqual(CH_XYZ);
    await page.close();
  });

  it('does not run on another site until the user asks', async () => {
    const page = await harness.openFixture(OTHER_URL, FIXTURE);
    await page.getByText('Déclaration d’un domaine MSSanté').waitFor();
    expect(await harness.contentScriptStatus(page)).toBeUndefined();

    // Asked without a user's gesture (no click on the toolbar, no shortcut, no menu), the
    // background gets no access to the tab: the page stays untouched.
    const { page: popup } = await harness.openExtensionPage('popup.html');
    // The page's tab is the one opened just before the popup's (no `tabs` permission to
    // tell tabs apart by address).
    const { tabId, reply } = await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as Chrome;
      const own = await chrome.tabs.getCurrent();
      const [before] = await chrome.tabs.query({ index: (own?.index ?? 0) - 1 });
      const message = { type: 'annexe1:check-tab', tabId: before?.id };
      return { tabId: before?.id, reply: await chrome.runtime.sendMessage(message) };
    });

    expect(tabId).toEqual(expect.any(Number));
    expect(reply).toEqual({ detected: false });
    expect(await harness.contentScriptStatus(page)).toBeUndefined();
    expect(await page.locator(PANEL).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('the built manifest', () => {
  it('asks for no site but the official hosts, any other only on request', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'),
    );

    expect([...manifest.host_permissions].sort()).toEqual([
      'https://*.asipsante.fr/*',
      'https://*.esante.gouv.fr/*',
      'https://*.mssante.fr/*',
    ]);
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(
      manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort(),
    ).toEqual(['https://*.asipsante.fr/*', 'https://*.esante.gouv.fr/*', 'https://*.mssante.fr/*']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});
