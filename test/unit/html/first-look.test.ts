import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageLooksLikeAnnexe1 } from '@/entrypoints/annexe1.content/page-text';
import { detectAnnexe1 } from '@/lib/html/detect';
import { FIXTURES_DIR } from '../paths';
import { closePages, fixturePage, framed, openPage, stampShadow } from './pages';

/**
 * The always-on script's first look decides where the assistant starts by itself: it must
 * let through every page the field mapper takes for the Annexe 1, and turn lookalikes down.
 */

const FORM = readFileSync(join(FIXTURES_DIR, 'annexe1.html'), 'utf8');
const SHAPES = [
  ['the sample form', FORM],
  ['a form of framework divs', fixturePage('framework-divs.html')],
  ['a form labelled by ARIA only', fixturePage('aria-only.html')],
  ['a sectioned form with <label for>', fixturePage('sectioned-labels.html')],
  ['fieldsets named by placeholders', fixturePage('placeholder-fieldsets.html')],
  ['a form inside a same-origin frame', framed(fixturePage('sectioned-labels.html'))],
] as const;

afterAll(() => closePages());

describe('the first look at a page', () => {
  it.each(SHAPES)('lets %s through, as the mapper does', async (_, html) => {
    const document = await openPage(html);

    expect(detectAnnexe1(document)).not.toBeNull();
    expect(pageLooksLikeAnnexe1(document)).toBe(true);
  });

  it('lets a form inside an open shadow root through', async () => {
    const document = await openPage(fixturePage('shadow-form.html'));
    stampShadow(document, 'annexe1-form', 'annexe1-form-template');

    expect(pageLooksLikeAnnexe1(document)).toBe(true);
  });

  it('turns down a contact page that borrows the form’s labels', async () => {
    const document = await openPage(fixturePage('contact-lookalike.html'));

    expect(pageLooksLikeAnnexe1(document)).toBe(false);
  });

  it('reads the title whatever its accents, case and spacing', async () => {
    const title = 'DE\u0301CLARATION D’UN DOMAINE\u00a0MSSANTE\u0301';
    const document = await openPage(FORM.replace('Déclaration d’un domaine MSSanté', title));

    expect(pageLooksLikeAnnexe1(document)).toBe(true);
  });
});
