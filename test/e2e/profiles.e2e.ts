import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CH_XYZ_PROFILE } from '../fixtures/profile';
import { type ExtensionPage, type Harness, launchExtension } from './harness';
import { blockNetwork, launchOptions, ROOT } from './launch.mjs';

/**
 * Operator profiles in the options page, in a real Chromium: kept across a restart, carried
 * to another browser by a file, safe from broken files and from markup in their values.
 */

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const LEGAL_REP = 'Coordonnées du représentant légal de l’opérateur';
const FILE_FORMAT = { format: 'mssante-annexe1-profiles', version: 1 };

const CH_XYZ = CH_XYZ_PROFILE;

type Values = Record<string, string | boolean>;
type Chrome = { chrome: typeof browser };

const fieldOf = (page: Page, key: string) => page.locator(`#field-${key.replaceAll('.', '-')}`);

/** Types every value into its field, as a user would. */
async function fillProfile(page: Page, values: Values): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'boolean') await fieldOf(page, key).setChecked(value);
    else await fieldOf(page, key).fill(value);
  }
}

/** The values the fields show. */
async function shownValues(page: Page, keys: readonly string[]): Promise<Values> {
  const shown: Values = {};
  for (const key of keys) {
    const field = fieldOf(page, key);
    const isBox = (await field.getAttribute('type')) === 'checkbox';
    shown[key] = isBox ? await field.isChecked() : await field.inputValue();
  }
  return shown;
}

const storedData = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('profile'));

const profileButtons = (page: Page) =>
  page.getByRole('navigation', { name: 'Vos profils' }).getByRole('listitem');

/** Chooses a profile file in the import input, as a user would. */
async function importFile(page: Page, name: string, contents: string | Buffer): Promise<void> {
  await page.getByLabel('Importer un fichier de profils (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
  });
}

const profileFile = (profiles: unknown) => JSON.stringify({ ...FILE_FORMAT, profiles });

/** Serious and critical violations; axe is evaluated, as the CSP refuses inline scripts. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };
    const { axe } = globalThis as unknown as { axe: { run(): Promise<Result> } };
    const { violations } = await axe.run();
    return violations
      .filter(({ impact }) => impact === 'serious' || impact === 'critical')
      .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' | ')}`);
  });
}

/**
 * Runs `use` in a Chromium on a user-data directory that outlives it, so that it can be
 * started again on the same one; closes it whatever happens. Gives back the extension's id,
 * which stays the same from one start to the next.
 */
async function inChromium(
  userDataDir: string,
  use: (openOptions: () => Promise<ExtensionPage>) => Promise<void>,
  knownId?: string,
): Promise<string> {
  const context = await chromium.launchPersistentContext(
    userDataDir,
    launchOptions({ headless: true, locale: 'fr' }),
  );
  try {
    await blockNetwork(context);
    const worker = knownId
      ? undefined
      : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
    const extensionId = knownId ?? new URL(worker?.url() ?? '').host;
    await use(() => openOptions(context, extensionId));
    return extensionId;
  } finally {
    await context.close();
  }
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<ExtensionPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: 'Profils d’opérateur' }).waitFor();
  return { page, errors };
}

/** Creates « CH Xyz » with every field filled, and saves it. */
async function createChXyz(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Nouveau profil' }).click();
  const nameField = page.getByLabel('Nom du profil');
  await expect
    .poll(() => nameField.evaluate((input) => input === document.activeElement))
    .toBe(true);
  await nameField.fill(name);
  await fillProfile(page, CH_XYZ);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Profil enregistré.').waitFor();
}

describe('a profile created in the options page', () => {
  let userDataDir: string;

  beforeAll(async () => {
    userDataDir = await mkdtemp(path.join(tmpdir(), 'annexe1-profiles-'));
  });

  afterAll(async () => {
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('is still there after the browser restarts', async () => {
    const extensionId = await inChromium(userDataDir, async (open) => {
      const { page, errors } = await open();
      await page.getByText('Aucun profil pour l’instant').waitFor();
      await createChXyz(page, 'CH de Xyz');
      expect(errors).toEqual([]);
    });

    await inChromium(
      userDataDir,
      async (open) => {
        const { page, errors } = await open();
        await page.getByRole('button', { name: /CH de Xyz/ }).waitFor();
        expect(await page.getByLabel('Nom du profil').inputValue()).toBe('CH de Xyz');
        expect(await shownValues(page, Object.keys(CH_XYZ))).toEqual(CH_XYZ);
        const structure = page
          .getByRole('group', { name: LEGAL_REP })
          .getByLabel('Nom de la structure');
        expect(await structure.inputValue()).toBe('Centre hospitalier de Xyz');
        expect(errors).toEqual([]);
      },
      extensionId,
    );
  });

  it('exported, then imported into a fresh browser, has the same values', async () => {
    let exported = { name: '', text: '' };
    const first = await launchExtension();
    try {
      const { page, errors } = await first.openExtensionPage('options.html');
      await createChXyz(page, 'CH Xyz');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporter tous les profils' }).click(),
      ]);
      exported = {
        name: download.suggestedFilename(),
        text: await readFile(await download.path(), 'utf8'),
      };
      expect(errors).toEqual([]);
    } finally {
      await first.close();
    }

    expect(exported.name).toMatch(/^profils-annexe1-\d{4}-\d{2}-\d{2}\.json$/);
    // The redirection box was left unticked, never touched: the profile holds no value for it.
    const { 'dns.redirection': _untouched, ...typed } = CH_XYZ;
    expect(JSON.parse(exported.text)).toEqual({
      ...FILE_FORMAT,
      profiles: [{ name: 'CH Xyz', values: typed }],
    });

    const fresh = await launchExtension();
    try {
      const { page, errors } = await fresh.openExtensionPage('options.html');
      await page.getByText('Aucun profil pour l’instant').waitFor();
      await importFile(page, exported.name, exported.text);
      await page.getByText(`Import de « ${exported.name} » : 1 profil(s) ajouté(s)`).waitFor();
      await page.getByRole('heading', { level: 2, name: 'CH Xyz' }).waitFor();
      expect(await shownValues(page, Object.keys(CH_XYZ))).toEqual(CH_XYZ);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('the options page, in one browser', () => {
  let harness: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    harness = await launchExtension();
    ({ page, errors } = await harness.openExtensionPage('options.html'));
    await importFile(
      page,
      'deux.json',
      profileFile([
        { name: 'CH Xyz', values: { 'operator.name': 'CH Xyz' } },
        { name: 'Clinique Abc', values: { 'dns.redirection': true } },
      ]),
    );
    await page.getByText('2 profil(s) ajouté(s)').waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    ['truncated', 'coupé.json', profileFile([{ name: 'A', values: {} }]).slice(0, 50), 'tronqué'],
    ['of another format', 'contacts.json', '{"format":"vcard"}', 'format attendu'],
    [
      'with an unknown key',
      'clé.json',
      profileFile([{ name: 'Sud', values: { 'operator.nom': 'x' } }]),
      'profil n° 1 (« Sud ») : « operator.nom » n’est pas un champ de profil',
    ],
    [
      'with a value of the wrong type',
      'type.json',
      profileFile([{ name: 'Sud', values: { 'dns.delegation': 'oui' } }]),
      '« dns.delegation » (Méthode 1 : la délégation (à privilégier)) doit valoir true',
    ],
    ['over 1 MB', 'gros.json', Buffer.alloc(1024 * 1024 + 1, ' '), 'pèse 1,1 Mo'],
  ])(
    'refuse a file %s with a visible message, the profiles unchanged',
    async (_, file, body, why) => {
      const before = await storedData(page);

      await importFile(page, file, body);
      const alert = page.getByRole('alert');
      await alert.getByText(`Import refusé (« ${file} »)`).waitFor();
      expect(await alert.textContent()).toContain(why);
      expect(await alert.textContent()).toContain('Vos profils n’ont pas été modifiés.');
      expect(await profileButtons(page).allTextContents()).toEqual([
        'CH Xyz remplit les formulaires',
        'Clinique Abc',
      ]);
      expect(await storedData(page)).toEqual(before);
    },
  );

  it('asks, for a name already taken, whether to replace, keep both or skip', async () => {
    await importFile(
      page,
      'retour.json',
      profileFile([
        { name: 'CH Xyz', values: { 'operator.name': 'CH Xyz Nord' } },
        { name: 'Clinique Abc', values: {} },
      ]),
    );
    const question = page.getByRole('region', {
      name: 'Import de « retour.json » : noms déjà pris',
    });
    await question.waitFor();
    await question
      .getByRole('group', { name: '« CH Xyz »' })
      .getByLabel('Remplacer le profil enregistré')
      .check();
    await question
      .getByRole('group', { name: '« Clinique Abc »' })
      .getByLabel('Ne pas importer ce profil')
      .check();
    await question.getByRole('button', { name: 'Importer', exact: true }).click();

    await page.getByText('0 profil(s) ajouté(s), 1 remplacé(s), 1 ignoré(s)').waitFor();
    await page.getByRole('button', { name: /^CH Xyz/ }).click();
    expect(await fieldOf(page, 'operator.name').inputValue()).toBe('CH Xyz Nord');
    expect(await profileButtons(page).count()).toBe(2);
  });

  it('checks fields as they are typed and fixes a value in one click', async () => {
    await page.getByRole('button', { name: /^CH Xyz/ }).click();
    const primary = fieldOf(page, 'dns.primary');
    await primary.fill('NS1.Example.fr');

    const findings = page.locator(`#${await primary.getAttribute('aria-describedby')}`);
    await findings.getByText('Majuscules').waitFor();
    await findings
      .getByRole('button', { name: 'Corriger : remplacer par « ns1.example.fr »' })
      .click();
    expect(await primary.inputValue()).toBe('ns1.example.fr');
    expect(await primary.getAttribute('aria-describedby')).toBeNull();

    const phone = fieldOf(page, 'legalRep.phone');
    await phone.fill('01 02');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Numéro invalide').waitFor();
  });

  it('keeps unsaved edits as a draft when the tab is closed', async () => {
    await page.getByRole('button', { name: /^Clinique Abc/ }).click();
    await fieldOf(page, 'legalRep.email').fill('contact@clinique-abc.fr');
    await page.getByText('Modifications non enregistrées').waitFor();
    await expect
      .poll(async () =>
        JSON.stringify(
          await page.evaluate(() =>
            (globalThis as unknown as Chrome).chrome.storage.local.get('profileDrafts'),
          ),
        ),
      )
      .toContain('contact@clinique-abc.fr');
    expect(errors).toEqual([]);
    await page.close();

    ({ page, errors } = await harness.openExtensionPage('options.html'));
    await page.getByRole('button', { name: /^Clinique Abc/ }).click();
    await page.getByText(/Modifications non enregistrées du .*, reprises du brouillon/).waitFor();
    expect(await fieldOf(page, 'legalRep.email').inputValue()).toBe('contact@clinique-abc.fr');
  });

  it('deletes a profile, and brings it back on « Annuler »', async () => {
    await page.getByRole('button', { name: /^Clinique Abc/ }).click();
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Profil « Clinique Abc » supprimé.').waitFor();
    expect(await profileButtons(page).count()).toBe(1);

    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await page.getByText('Profil « Clinique Abc » rétabli.').waitFor();
    expect(await profileButtons(page).count()).toBe(2);
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('markup in a profile', () => {
  it('stays inert text: no element made, no script run', async () => {
    const harness = await launchExtension();
    try {
      const { page, errors } = await harness.openExtensionPage('options.html');
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const name = '<img src=x onerror="alert(1)">';
      const script = '<script>document.title = "pris"</script>';
      await importFile(
        page,
        'piege.json',
        profileFile([
          { name, values: { 'operator.name': script, 'legalRep.address': `${name}\n${script}` } },
        ]),
      );

      await page.getByRole('heading', { level: 2, name }).waitFor();
      expect(await profileButtons(page).first().textContent()).toContain(name);
      expect(await fieldOf(page, 'operator.name').inputValue()).toBe(script);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.title()).toBe('Profils d’opérateur');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
