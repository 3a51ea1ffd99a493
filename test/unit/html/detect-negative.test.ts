import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveBlank } from '@/lib/annexe1/match';
import { detectAnnexe1 } from '@/lib/html/detect';
import { closePages, fixturePage, openPage } from './pages';

vi.mock('@/lib/annexe1/match', async (original) => {
  const actual = await original<typeof import('@/lib/annexe1/match')>();
  return { ...actual, resolveBlank: vi.fn(actual.resolveBlank) };
});

afterEach(closePages);

/** A directory page: thousands of contact rows, nothing of the Annexe 1. */
function directoryPage(rows: number): string {
  const row = (i: number) =>
    `<tr><td>Nom</td><td><input name="n${i}"></td><td>Téléphone</td><td><input name="t${i}">` +
    `</td><td>Courriel</td><td><input name="c${i}"></td></tr>`;
  const body = Array.from({ length: rows }, (_, i) => row(i)).join('');
  return `<!doctype html><html lang="fr"><body><h1>Annuaire</h1><table>${body}</table></body>`;
}

describe('detectAnnexe1 on pages that are not the form', () => {
  it('turns down a contact form that quotes the form’s title and labels', async () => {
    const document = await openPage(fixturePage('contact-lookalike.html'));

    expect(detectAnnexe1(document)).toBeNull();
  });

  it('turns down a large unrelated page without reading any label', async () => {
    const document = await openPage(directoryPage(2000));

    expect(detectAnnexe1(document)).toBeNull();
    expect(resolveBlank).not.toHaveBeenCalled();
  });
});
