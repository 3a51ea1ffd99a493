import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactWhitelist, parseWhitelistFile, WHITELIST_URL } from '../../lib/whitelist';
import { type Certs, makeCerts } from '../unit/certificate/make-certs';
import { type ExtensionPage, type Harness, launchExtension, waitForTitle } from './harness';
import { blockNetwork, launchOptions, ROOT } from './launch.mjs';

/**
 * Issue 7 in a real Chromium: a certificate chosen in the options page gives the DN, and
 * the stored whitelist (as a download leaves it) says whether the DN is published and
 * prefills its contacts. The download itself needs a permission prompt that cannot be
 * answered headless; its storage is what is tested here, offline.
 */

const DN = 'CN=smtp.ch-xyz.fr,OU=1670000108,O=CH XYZ,ST=Bas-Rhin (67),C=FR';
const MIPIH_DN =
  'CN=medimail-asip.mipih.fr,OU=318310021300028,O=GIP MIPIH,ST=Haute-Garonne (31),C=FR';
const ACROFORM_PDF = path.join(ROOT, 'test/fixtures/annexe1-acroform.pdf');
const REAL = path.resolve(ROOT, '../shared/data/listeblanchemssante-2025-03-14.xml');
type Chrome = { chrome: typeof browser };

let harness: Harness;
let certs: Certs;
let options: ExtensionPage;

beforeAll(async () => {
  certs = makeCerts();
  harness = await launchExtension();
  options = await harness.openExtensionPage('options.html');
  await waitForTitle(options, 'Profils d’opérateur');
  await options.page.getByRole('button', { name: 'Nouveau profil' }).first().click();
});

afterAll(async () => {
  await harness?.close();
  certs?.cleanup();
});

describe('the certificate in the options page', () => {
  it('shows the DN read from the chosen file and puts it in the profile', async () => {
    const { page } = options;
    await page.getByTestId('certificate-file').setInputFiles({
      name: 'serveur.crt',
      mimeType: 'application/x-x509-ca-cert',
      buffer: certs.file('valid.der'),
    });
    await expect.poll(() => page.getByTestId('certificate-dn').textContent()).toBe(DN);
    await page.getByRole('button', { name: 'Utiliser ce DN' }).click();
    await expect.poll(() => page.locator('#field-certificate-dn').inputValue()).toBe(DN);
    await expect
      .poll(() => page.locator('#field-certificate-cn').inputValue())
      .toBe('smtp.ch-xyz.fr');
    expect(options.errors).toEqual([]);
  });

  it('refuses a file with a private key and says never to share it', async () => {
    const { page } = options;
    await page.getByTestId('certificate-file').setInputFiles({
      name: 'serveur.pem',
      mimeType: 'application/x-pem-file',
      buffer: certs.file('with-key.pem'),
    });
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'clé privée' }).count())
      .toBe(1);
  });
});

describe('the certificate in the assistant page', () => {
  it('fills the form’s DN blanks, the department code apart', async () => {
    const assistant = await harness.openExtensionPage('assistant.html');
    const { page } = assistant;
    await page.locator('input[type=file][accept*=pdf]').setInputFiles(ACROFORM_PDF);
    await page.getByTestId('certificate-file').setInputFiles({
      name: 'chaine.pem',
      mimeType: 'application/x-pem-file',
      buffer: certs.file('chain.pem'),
    });
    await expect.poll(() => page.getByTestId('certificate-dn').textContent()).toBe(DN);
    await page.getByRole('button', { name: 'Utiliser ce DN' }).click();
    const blank = (key: string) => page.locator(`#pdf-${key.replaceAll('.', '-')}`).inputValue();
    await expect.poll(() => blank('certificate.cn')).toBe('smtp.ch-xyz.fr');
    await expect.poll(() => blank('certificate.st')).toBe('Bas-Rhin');
    await expect.poll(() => blank('certificate.stCode')).toBe('67');
    await expect.poll(() => blank('certificate.c')).toBe('FR');
    expect(assistant.errors).toEqual([]);
  });
});

describe('the stored whitelist in the options page', () => {
  it('tells its age, whether the DN is published, and prefills the contacts', async () => {
    const { page } = options;
    await expect.poll(() => page.getByTestId('whitelist-age').textContent()).toMatch(/pas encore/);
    const stored = compactWhitelist(parseWhitelistFile(readFileSync(REAL, 'utf8')), new Date());
    await page.evaluate(
      (whitelist) => (globalThis as unknown as Chrome).chrome.storage.local.set({ whitelist }),
      stored,
    );
    await expect
      .poll(() => page.getByTestId('whitelist-age').textContent())
      .toMatch(/6554 domaines\), téléchargée aujourd'hui/);
    await expect
      .poll(() => page.getByTestId('whitelist-dn').textContent())
      .toMatch(/ne figure pas/);

    await page.locator('#field-certificate-dn').fill(MIPIH_DN);
    await expect.poll(() => page.getByTestId('whitelist-dn').textContent()).toMatch(/est publié/);
    await page.getByRole('button', { name: 'Préremplir depuis mes entrées publiées' }).click();
    await expect
      .poll(() => page.locator('#field-publicTech-email').inputValue())
      .toBe('medimail.technique@mipih.fr');
    await expect
      .poll(() => page.locator('#field-publicProject-email').inputValue())
      .toBe('medimail.diffusion@mipih.fr');
    expect(options.errors).toEqual([]);
  });
});

describe('downloading the whitelist from the options page', () => {
  let context: BrowserContext;
  let tempDir: string;
  let served = 0;

  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(tmpdir(), 'annexe1-extras-'));
    context = await chromium.launchPersistentContext(
      path.join(tempDir, 'profile'),
      launchOptions({ headless: true, locale: 'fr' }),
    );
    await blockNetwork(context);
    const body = await readFile(REAL);
    await context.route(WHITELIST_URL, (route) => {
      served += 1;
      return route.fulfill({ status: 200, contentType: 'application/xml', body });
    });
  });

  afterAll(async () => {
    await context?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it('fetches the official list once and shows its date and size', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await page.getByRole('button', { name: 'Nouveau profil' }).first().click();

    await page.getByRole('button', { name: 'Télécharger la liste blanche' }).click();
    await expect
      .poll(() => page.getByTestId('whitelist-age').textContent())
      .toMatch(/^Liste du 13\/03\/2025 \(6554 domaines\), téléchargée aujourd'hui\.$/);
    expect(served).toBe(1);
    expect(errors).toEqual([]);
  });
});
