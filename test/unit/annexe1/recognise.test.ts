import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeAnnexe1 } from '@/lib/annexe1/recognise';
import { FIXTURES_DIR, SHARED_DIR } from '../paths';

const seed = readFileSync(join(SHARED_DIR, 'seeds/000_2a4a3d79f91dc767.txt'), 'utf8');

describe('looksLikeAnnexe1', () => {
  it('recognises the form’s own text', () => {
    expect(looksLikeAnnexe1(seed)).toBe(true);
  });

  it('recognises the HTML fixture’s text, markup and all', () => {
    expect(looksLikeAnnexe1(readFileSync(join(FIXTURES_DIR, 'annexe1.html'), 'utf8'))).toBe(true);
  });

  it('does not take a contact form for the Annexe 1', () => {
    expect(looksLikeAnnexe1('Contactez-nous MSSanté — Nom Prénom Téléphone Courriel Envoyer')).toBe(
      false,
    );
  });

  it('does not take a page that only names the form for the form', () => {
    const news = 'Nouveau : la Déclaration d’un domaine MSSanté se fait avec l’Annexe 1.';
    expect(looksLikeAnnexe1(news)).toBe(false);
  });

  it('needs the title, not only the blanks', () => {
    expect(looksLikeAnnexe1(seed.replace(/Déclaration d’un domaine MSSanté/g, ''))).toBe(false);
  });
});
