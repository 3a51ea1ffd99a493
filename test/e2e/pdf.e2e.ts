import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurePdf } from '../../lib/pdf/environment';
import { fillAnnexe1Pdf } from '../../lib/pdf/fill';
import { nodePdfEnvironment } from '../../lib/pdf/node';
import { readAnnexe1Pdf } from '../../lib/pdf/read';
import { PROFILES_VERSION } from '../../lib/profiles/migrations';
import { type Harness, launchExtension } from './harness';
import { ROOT } from './launch.mjs';

/**
 * The assistant page with the Annexe 1 as a PDF, in a real Chromium: a file chosen, its
 * fields prefilled from the active profile, the rest typed, the filled copy downloaded.
 */

const ACROFORM_PDF = path.join(ROOT, 'test/fixtures/annexe1-acroform.pdf');
const FLAT_PDF = path.join(ROOT, 'test/fixtures/annexe1-flat.pdf');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const NOW = '2026-12-03T09:00:00.000Z';

/** The structure's profile, as the options page stores it. */
const CH_XYZ = {
  'operator.name': 'Centre hospitalier de Xyz',
  'operator.structureId': '1670000016',
  'legalRep.fullName': 'Dupont Marie',
  'legalRep.address': '1 rue de l’Hôpital\n67000 Strasbourg',
  'legalRep.phone': '03 88 00 00 00',
  'legalRep.email': 'direction@ch-xyz.fr',
  'projectLead.fullName': 'Martin Paul',
  'projectLead.phone': '03 88 00 00 01',
  'projectLead.email': 'cp@ch-xyz.fr',
  'publicProject.phone': '03 88 00 00 03',
  'publicProject.email': 'projet@ch-xyz.fr',
  'publicTech.phone': '03 88 00 00 04',
  'publicTech.email': 'tech@ch-xyz.fr',
  'certificate.dn': 'CN=mail.ch-xyz.fr,OU=1670000016,O=CH Xyz,ST=Bas-Rhin (67),C=FR',
  'dns.delegation': true,
  'dns.primary': 'ns1.ch-xyz.fr',
  'dns.secondary': 'ns2.ch-xyz.fr',
  'signature.fullName': 'Dupont Marie',
} as const;

type Chrome = { chrome: typeof browser };

const fieldOf = (page: Page, key: string) => page.locator(`#pdf-${key.replaceAll('.', '-')}`);

/** Makes `CH_XYZ` the active profile, then opens the assistant afresh. */
async function withProfile(page: Page): Promise<void> {
  const state = {
    profiles: [{ id: 'xyz', name: 'CH Xyz', values: CH_XYZ, createdAt: NOW, updatedAt: NOW }],
    activeId: 'xyz',
  };
  await page.evaluate((data) => (globalThis as unknown as Chrome).chrome.storage.local.set(data), {
    profile: state,
    profile$: { v: PROFILES_VERSION },
  });
  await page.reload();
}

async function letterPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Objet : Déclaration d’un domaine MSSanté', { x: 40, y: 780, font });
  return Buffer.from(await pdf.save());
}

type AxeResults = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };

/** Serious and critical accessibility violations, axe-core evaluated through DevTools. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<AxeResults> } };
    const { violations } = await axe.run();
    return violations
      .filter(({ impact }) => impact === 'serious' || impact === 'critical')
      .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' | ')}`);
  });
}

describe('the assistant with the Annexe 1 as a PDF', () => {
  let harness: Harness;

  beforeAll(async () => {
    configurePdf(nodePdfEnvironment());
    harness = await launchExtension();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('fills the PDF from the profile, and the download holds every value', async () => {
    const { page, errors } = await harness.openExtensionPage('assistant.html');
    await withProfile(page);

    await page.locator('input[type=file]').setInputFiles(ACROFORM_PDF);
    await page.getByText('« annexe1-acroform.pdf » : 2 page(s), Annexe 1 reconnue').waitFor();
    await page.getByText('Champs préremplis avec le profil « CH Xyz »').waitFor();
    expect(await fieldOf(page, 'operator.name').inputValue()).toBe('Centre hospitalier de Xyz');
    expect(await fieldOf(page, 'certificate.st').inputValue()).toBe('Bas-Rhin');
    expect(await fieldOf(page, 'certificate.stCode').inputValue()).toBe('67');
    expect(await fieldOf(page, 'dns.delegation').isChecked()).toBe(true);

    await fieldOf(page, 'domain.name').fill('ch-xyz.mssante.fr');
    await fieldOf(page, 'domain.description').fill('Messagerie du CH « Xyz »');
    await fieldOf(page, 'signature.date').fill('03/12/2026');
    await page.getByRole('img', { name: 'Page 1 sur 2 du PDF rempli' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le PDF rempli' }).click(),
    ]);

    expect(download.suggestedFilename()).toBe('annexe1-ch-xyz.mssante.fr.pdf');
    const filled = await readAnnexe1Pdf(new Uint8Array(await readFile(await download.path())));
    const { 'certificate.dn': _whole, ...parts } = CH_XYZ;
    expect(filled?.values).toEqual({
      ...parts,
      'certificate.cn': 'mail.ch-xyz.fr',
      'certificate.ou': '1670000016',
      'certificate.o': 'CH Xyz',
      'certificate.st': 'Bas-Rhin',
      'certificate.stCode': '67',
      'certificate.c': 'FR',
      'domain.name': 'ch-xyz.mssante.fr',
      'domain.description': 'Messagerie du CH « Xyz »',
      'signature.date': '03/12/2026',
    });
    await page.getByText('« annexe1-ch-xyz.mssante.fr.pdf » est téléchargé').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps what the PDF holds, and offers the profile’s other value beside it', async () => {
    const held = await fillAnnexe1Pdf(new Uint8Array(await readFile(ACROFORM_PDF)), {
      'legalRep.phone': '03 88 99 99 99',
    });
    const { page, errors } = await harness.openExtensionPage('assistant.html');
    await withProfile(page);
    await page.locator('input[type=file]').setInputFiles({
      name: 'annexe1-commencée.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(held),
    });
    await page.getByText('« annexe1-commencée.pdf » : 2 page(s)').waitFor();

    expect(await fieldOf(page, 'legalRep.phone').inputValue()).toBe('03 88 99 99 99');
    await page
      .getByText('Le PDF contient déjà cette valeur ; le profil indique « 03 88 00 00 00 »')
      .waitFor();
    await page.getByRole('button', { name: 'Prendre la valeur du profil' }).click();
    expect(await fieldOf(page, 'legalRep.phone').inputValue()).toBe('03 88 00 00 00');
    expect(await page.getByRole('button', { name: 'Prendre la valeur du profil' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks a field as it is typed, in French', async () => {
    const { page, errors } = await harness.openExtensionPage('assistant.html');
    await page.locator('input[type=file]').setInputFiles(ACROFORM_PDF);
    await page.getByText('« annexe1-acroform.pdf » : 2 page(s)').waitFor();

    await fieldOf(page, 'dns.primary').fill('ns1_ch-xyz.fr');
    await expect.poll(() => fieldOf(page, 'dns.primary').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('heading', { name: 'À vérifier avant de signer' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fills a flat PDF, its fields labelled for screen readers', async () => {
    const { page, errors } = await harness.openExtensionPage('assistant.html');
    await page.locator('input[type=file]').setInputFiles(FLAT_PDF);
    await page.getByText('les valeurs seront écrites sur les pointillés').waitFor();
    await page.getByRole('img', { name: 'Page 2 sur 2 du PDF rempli' }).waitFor();

    const techLead = page.getByRole('group', { name: /Coordonnées du responsable technique/ });
    await techLead.getByLabel('Nom Prénom').fill('Durand Léa');
    expect(await fieldOf(page, 'techLead.fullName').inputValue()).toBe('Durand Léa');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in French that another PDF is not the Annexe 1, and shows no form', async () => {
    const { page, errors } = await harness.openExtensionPage('assistant.html');

    await page.locator('input[type=file]').setInputFiles({
      name: 'lettre.pdf',
      mimeType: 'application/pdf',
      buffer: await letterPdf(),
    });
    await page.getByText('« lettre.pdf » n’est pas l’Annexe 1 MSSanté').waitFor();
    expect(await page.getByRole('button', { name: 'Télécharger le PDF rempli' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in French that a damaged PDF cannot be read', async () => {
    const { page, errors } = await harness.openExtensionPage('assistant.html');
    const whole = await readFile(ACROFORM_PDF);

    await page.locator('input[type=file]').setInputFiles({
      name: 'coupé.pdf',
      mimeType: 'application/pdf',
      buffer: whole.subarray(0, whole.length / 2),
    });
    await page.getByText('« coupé.pdf » est illisible ou incomplet.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the PDF a tab shows on an official host, fetched from there', async () => {
    const url = 'https://formulaires.esante.gouv.fr/docs/annexe1.pdf';
    await harness.serveFile(url, 'test/fixtures/annexe1-acroform.pdf', 'application/pdf');
    const { page, errors } = await harness.openExtensionPage(
      `assistant.html?src=${encodeURIComponent(url)}`,
    );

    await page.getByText(/« annexe1\.pdf » : 2 page\(s\)/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for the PDF to be saved and dropped where it may not fetch it', async () => {
    const source = encodeURIComponent('https://example.org/docs/Annexe1.pdf');
    const { page, errors } = await harness.openExtensionPage(`assistant.html?src=${source}`);

    await page.getByText('L’assistant n’a pas pu lire « Annexe1.pdf » depuis l’onglet').waitFor();
    expect(errors.filter((error) => !error.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
    await page.close();
  });

  it('loads no PDF library in the popup', async () => {
    const requests: string[] = [];
    const { page, errors } = await harness.openExtensionPage('popup.html');
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();

    expect(requests.filter((url) => /pdf|DejaVu/i.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
