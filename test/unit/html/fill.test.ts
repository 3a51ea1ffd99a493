import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldKey } from '@/lib/annexe1/fields';
import { readControl } from '@/lib/html/controls';
import { type Annexe1Page, detectAnnexe1 } from '@/lib/html/detect';
import { fillAnnexe1 } from '@/lib/html/fill';
import { FIXTURES_DIR } from '../paths';
import { closePages, fixturePage, openPage } from './pages';
import { DECLARATION, PROFILE } from './profile';

afterEach(closePages);

async function open(file: string): Promise<{ document: Document; page: Annexe1Page }> {
  const html = file.includes('/')
    ? fixturePage(file.split('/')[1] as string)
    : readFileSync(join(FIXTURES_DIR, file), 'utf8');
  const document = await openPage(html);
  const page = detectAnnexe1(document);
  if (!page) throw new Error(`${file} not recognised`);
  return { document, page };
}

function valuesOf(page: Annexe1Page): Partial<Record<FieldKey, string | boolean>> {
  return Object.fromEntries([...page.fields].map(([key, control]) => [key, readControl(control)]));
}

describe('fillAnnexe1 on the word-processor export', () => {
  it('sets every field the profile and the declaration hold', async () => {
    const { page } = await open('annexe1.html');

    const report = fillAnnexe1(page, { ...PROFILE, ...DECLARATION });

    expect(valuesOf(page)).toEqual({
      ...PROFILE,
      ...DECLARATION,
      'legalRep.address': '1 rue de l’Hôpital\n67000 Strasbourg',
      'contract.number': '',
      'dns.mailServer': '',
      'withdrawal.requested': false,
    });
    expect(report.skipped).toEqual([
      {
        key: 'contract.number',
        reason: 'no-value',
        message: 'le profil n’a pas de valeur pour ce champ',
      },
      { key: 'dns.redirection', reason: 'same-value', message: 'contient déjà cette valeur' },
      { key: 'dns.mailServer', reason: 'no-value', message: expect.any(String) },
      { key: 'withdrawal.requested', reason: 'no-value', message: expect.any(String) },
    ]);
    expect(report.filled).toHaveLength(page.fields.size - 4);
  });

  it('types with a composed input then change, and ticks with a click', async () => {
    const { document, page } = await open('annexe1.html');
    const heard: string[] = [];
    for (const type of ['click', 'input', 'change']) {
      document.addEventListener(type, (event) => {
        const { name } = event.target as HTMLInputElement;
        if (event.bubbles) heard.push(`${type} ${name}${event.composed ? ' (composed)' : ''}`);
      });
    }

    fillAnnexe1(page, { 'domain.name': 'ch-xyz.mssante.fr', 'dns.delegation': true });

    expect(heard).toEqual([
      'input Texte19 (composed)',
      'change Texte19 (composed)',
      'click Case à cocher1 (composed)',
      'input Case à cocher1',
      'change Case à cocher1',
    ]);
  });

  it('splits a DN given whole into the page’s blanks, department code apart', async () => {
    const { page } = await open('annexe1.html');

    fillAnnexe1(page, {
      'certificate.dn':
        'CN=mx.ch-xyz.fr,OU=1670000017,O=CH Xyz\\, Strasbourg,ST=Bas-Rhin (67),C=FR',
    });

    expect(valuesOf(page)).toMatchObject({
      'certificate.cn': 'mx.ch-xyz.fr',
      'certificate.ou': '1670000017',
      'certificate.o': 'CH Xyz, Strasbourg',
      'certificate.st': 'Bas-Rhin',
      'certificate.stCode': '67',
      'certificate.c': 'FR',
    });
  });
});

describe('fillAnnexe1 on other shapes', () => {
  it('composes the DN from a profile’s parts where the page wants it whole', async () => {
    const { page } = await open('pages/sectioned-labels.html');

    fillAnnexe1(page, PROFILE);

    expect(valuesOf(page)['certificate.dn']).toBe(
      'CN=mx.ch-xyz.fr,OU=1670000017,O=CH Xyz,ST=Bas-Rhin (67),C=FR',
    );
  });

  it('ticks the chosen DNS radio and leaves the other', async () => {
    const { page } = await open('pages/sectioned-labels.html');

    fillAnnexe1(page, PROFILE);

    expect(valuesOf(page)).toMatchObject({ 'dns.delegation': true, 'dns.redirection': false });
  });

  it('picks a list’s option by its value or its text', async () => {
    const { page } = await open('pages/placeholder-fieldsets.html');

    const report = fillAnnexe1(page, { 'certificate.c': 'France' });

    expect(report.filled).toEqual(['certificate.c']);
    expect(valuesOf(page)['certificate.c']).toBe('FR');
  });

  it('puts the DN code inside ST where the page has no blank for it', async () => {
    const { page } = await open('pages/aria-only.html');

    fillAnnexe1(page, PROFILE);

    expect(valuesOf(page)['certificate.st']).toBe('Bas-Rhin (67)');
  });

  it('writes the date the way a date picker takes it', async () => {
    const { document, page } = await open('pages/sectioned-labels.html');
    const date = page.fields.get('signature.date') as HTMLInputElement;
    date.type = 'date';

    fillAnnexe1(page, DECLARATION);

    expect(date.value).toBe('2026-12-03');
    expect(readControl(date)).toBe('03/12/2026');
    expect(document.activeElement).not.toBe(date);
  });
});
