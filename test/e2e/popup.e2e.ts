import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';
import { ROOT } from './launch.mjs';

/**
 * The toolbar popup, opened as a tab page: it lists the profiles, switches the one that
 * fills forms, and says what the tab holds.
 */

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const NOW = '2026-12-03T10:00:00.000Z';

/** Two structures as the options page stores them; « CH Xyz » fills forms. */
const TWO_PROFILES = {
  profile: {
    profiles: [
      {
        id: 'xyz',
        name: 'CH Xyz',
        values: { 'operator.name': 'CH Xyz' },
        createdAt: NOW,
        updatedAt: NOW,
      },
      { id: 'abc', name: 'Clinique Abc', values: {}, createdAt: NOW, updatedAt: NOW },
    ],
    activeId: 'xyz',
  },
  profile$: { v: 2 },
};

type Chrome = { chrome: typeof browser };
/** The id of the profile that fills forms, as stored. */
const storedActiveId = (page: Page) =>
  page.evaluate(async () => {
    const { profile } = await (globalThis as unknown as Chrome).chrome.storage.local.get('profile');
    return (profile as { activeId: string | null } | undefined)?.activeId;
  });

/** Stores the two profiles, then shows the popup again as it opens with them. */
async function withTwoProfiles(page: Page): Promise<void> {
  await page.evaluate(
    (data) => (globalThis as unknown as Chrome).chrome.storage.local.set(data),
    TWO_PROFILES,
  );
  await page.reload();
}

/**
 * Serious and critical accessibility violations axe-core finds in the page. The extension's
 * CSP refuses the inline script `addScriptTag` would add, so axe is evaluated through the
 * DevTools protocol instead, which the CSP does not govern.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  const ids = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<AxeResults> } };
    const { violations } = await axe.run();
    return violations
      .filter(({ impact }) => impact === 'serious' || impact === 'critical')
      .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' | ')}`);
  });
  return ids;
}
type AxeResults = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };

describe('popup', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchExtension();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('says where to create a profile when there is none, and links to the options', async () => {
    const { page, errors } = await harness.openExtensionPage('popup.html');
    await page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.clear());
    await page.reload();

    await page
      .getByText('Aucun profil enregistré : créez-en un dans « Profils et options ».')
      .waitFor();
    await page.getByRole('link', { name: 'Profils et options' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the profiles and switches the one that fills forms', async () => {
    const { page, errors } = await harness.openExtensionPage('popup.html');
    await withTwoProfiles(page);

    const select = page.getByLabel('Profil utilisé pour remplir');
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['CH Xyz', 'Clinique Abc']);
    expect(await select.inputValue()).toBe('xyz');

    await select.selectOption({ label: 'Clinique Abc' });
    await expect.poll(() => storedActiveId(page)).toBe('abc');
    await page.reload();
    await expect.poll(() => select.inputValue()).toBe('abc');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the tab does not hold the form, and offers to check the page', async () => {
    const { page, errors } = await harness.openExtensionPage('popup.html');

    // Opened in a tab of its own, the popup asks about that tab: no form there.
    await page.getByText('L’Annexe 1 n’est pas reconnue dans cet onglet.').waitFor();
    await page.getByRole('button', { name: 'Vérifier cette page' }).waitFor();
    expect(await page.getByRole('button', { name: 'Remplir la page' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violation', async () => {
    const { page } = await harness.openExtensionPage('popup.html');
    await withTwoProfiles(page);
    await page.getByLabel('Profil utilisé pour remplir').waitFor();
    await page.getByText('L’Annexe 1 n’est pas reconnue dans cet onglet.').waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
