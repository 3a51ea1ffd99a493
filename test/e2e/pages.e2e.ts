import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionPage, type Harness, launchExtension, waitForTitle } from './harness';
import { ROOT } from './launch.mjs';

/**
 * The extension's own pages, opened as a user opens them: each renders its title without a
 * console error, and does what its buttons say.
 */

const LEGAL_REP = 'Coordonnées du représentant légal de l’opérateur';
const ACROFORM_PDF = path.join(ROOT, 'test/fixtures/annexe1-acroform.pdf');

describe('extension pages', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchExtension();
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** Opens an extension page and waits for its title, the sign that it has rendered. */
  const open = async (name: string, title: string): Promise<ExtensionPage> => {
    const opened = await harness.openExtensionPage(name);
    await waitForTitle(opened, title);
    return opened;
  };

  it('popup shows its title and what the tab holds, without errors', async () => {
    const { page, errors } = await open('popup.html', 'Assistant Annexe 1');

    // The popup, opened in a tab of its own, asks about that tab: no form there.
    await page.getByText('L’Annexe 1 n’est pas reconnue dans cet onglet.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('options keeps a saved profile across a reload, without errors', async () => {
    const { page, errors } = await open('options.html', 'Profils d’opérateur');
    const structureName = () =>
      page.getByRole('group', { name: LEGAL_REP }).getByLabel('Nom de la structure');

    await page.getByText('Aucun profil pour l’instant').waitFor();
    await page.getByRole('button', { name: 'Nouveau profil', exact: true }).click();
    await structureName().fill('Clinique des Tilleuls');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Profil enregistré.').waitFor();

    await page.reload();
    await expect.poll(() => structureName().inputValue()).toBe('Clinique des Tilleuls');
    // Saved, not merely kept as a draft of unsaved changes.
    expect(await page.getByText('Modifications non enregistrées').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('assistant says in French that a text file is not a PDF, without errors', async () => {
    const { page, errors } = await open('assistant.html', 'Annexe 1 en PDF');

    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Nom : Clinique des Tilleuls\n'),
    });
    await page.getByText('« notes.txt » n’est pas un PDF.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('assistant counts the pages of the Annexe 1 PDF, without errors', async () => {
    const { page, errors } = await open('assistant.html', 'Annexe 1 en PDF');

    await page.locator('input[type=file]').setInputFiles(ACROFORM_PDF);
    const notice = page.getByText('« annexe1-acroform.pdf » :');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/\d+ page\(s\)/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
