import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from './harness';

/**
 * The content script on the official hosts: it shows its panel on the Annexe 1 and nowhere
 * else, and never runs on other sites.
 */

const FIXTURE = 'test/fixtures/annexe1.html';
const OFFICIAL_ORIGIN = 'https://formulaires.esante.gouv.fr';
const PANEL = 'mssante-annexe1-panel';

/** A contact form on an official host: « Nom », « Téléphone », « Courriel », but no Annexe 1. */
const CONTACT_PAGE = `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>Contacter l’équipe MSSanté</title></head>
  <body>
    <h1>Contacter l’équipe MSSanté</h1>
    <form>
      <label>Nom <input name="nom"></label>
      <label>Téléphone <input name="telephone"></label>
      <label>Courriel <input name="courriel" type="email"></label>
      <button>Envoyer</button>
    </form>
  </body>
</html>`;

/** Checks ten times over about a second that something never shows up. */
async function expectNeverPresent(present: () => Promise<boolean>): Promise<void> {
  for (let check = 0; check < 10; check++) {
    expect(await present()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('content script', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchExtension();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows its panel and a badge on the Annexe 1 of an official host', async () => {
    const page = await harness.openFixture(`${OFFICIAL_ORIGIN}/annexe1.html`, FIXTURE);
    const panel = page.locator(PANEL).getByRole('status');

    await panel.getByRole('heading', { name: 'Annexe 1 MSSanté' }).waitFor();
    expect(await panel.textContent()).toContain(
      'Formulaire reconnu : l’assistant est actif sur cette page.',
    );
    await expect.poll(() => harness.badgeText(page)).toBe('A1');
    await page.close();
  });

  it('stays hidden on a contact page of an official host', async () => {
    const page = await harness.openHtml(`${OFFICIAL_ORIGIN}/contact.html`, CONTACT_PAGE);

    // The content script answers, so it has read the page and turned it down.
    await expect.poll(() => harness.contentScriptStatus(page)).toMatchObject({ detected: false });
    await expectNeverPresent(async () => (await page.locator(PANEL).count()) > 0);
    expect(await harness.badgeText(page)).toBe('');
    await page.close();
  });

  it('does not run on the Annexe 1 served by another site', async () => {
    const page = await harness.openFixture('https://example.org/annexe1.html', FIXTURE);

    await page.getByText('Déclaration d’un domaine MSSanté').waitFor();
    await expectNeverPresent(async () => (await page.locator(PANEL).count()) > 0);
    expect(await harness.contentScriptStatus(page)).toBeUndefined();
    expect(await harness.badgeText(page)).toBe('');
    await page.close();
  });
});
