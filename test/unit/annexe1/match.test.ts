import { describe, expect, it } from 'vitest';
import { matchHeading, normalizeLabel, resolveBlank } from '@/lib/annexe1/match';

describe('normalizeLabel', () => {
  it.each([
    ['Tél. :', 'tel'],
    ['  Courriel* ', 'courriel'],
    ['Nom, Prénom ………………', 'nom prenom'],
    ['Identifiant structure', 'identifiant structure'],
    [
      'Coordonnées du représentant légal de l’opérateur',
      'coordonnees du representant legal de l operateur',
    ],
    ['CN=', 'cn'],
    ['(', ''],
  ])('folds %j to %j', (text, folded) => {
    expect(normalizeLabel(text)).toBe(folded);
  });
});

describe('matchHeading', () => {
  it.each([
    ['Coordonnées du représentant légal de l’opérateur', { section: 'legalRep' }],
    ['Coordonnées du chef de projet', { section: 'leads', column: 'projectLead' }],
    [
      'Coordonnées du responsable technique (si différent du chef de projet)',
      { section: 'leads', column: 'techLead' },
    ],
    [
      'Contact technique MSSanté de l’opérateur (le courriel doit être une adresse de messagerie professionnelle)',
      { section: 'incident', column: 'publicTech' },
    ],
    ['Contact projet MSSanté de l’opérateur', { section: 'incident', column: 'publicProject' }],
    ['ZONE DNS (l’opérateur ne peut cocher qu’une seule case)', { section: 'dns' }],
  ])('reads %j as %j', (heading, expected) => {
    expect(matchHeading(heading)).toEqual(expected);
  });

  it('reads no block in unrelated text', () => {
    expect(matchHeading('Conditions générales de vente')).toBeUndefined();
  });
});

describe('resolveBlank', () => {
  it('tells the three « Courriel » apart by their block and column', () => {
    expect(resolveBlank({ label: 'Courriel', section: 'legalRep' })).toEqual(['legalRep.email']);
    expect(resolveBlank({ label: 'Courriel', section: 'leads', column: 'techLead' })).toEqual([
      'techLead.email',
    ]);
    expect(resolveBlank({ label: 'Courriel', section: 'incident', column: 'publicTech' })).toEqual([
      'publicTech.email',
    ]);
  });

  it('gives several candidates when the block is unknown', () => {
    expect(resolveBlank({ label: 'Téléphone' }).length).toBeGreaterThan(1);
  });

  it('prefers the longest wording: « Nom de la structure » is not « Nom »', () => {
    expect(resolveBlank({ label: 'Nom de la structure', section: 'legalRep' })).toEqual([
      'operator.name',
    ]);
  });

  it('reads a label followed by the form’s example', () => {
    expect(
      resolveBlank({ label: 'Nom du domaine de messagerie MSSanté (Exemple : ch-xyz.mssante.fr)' }),
    ).toEqual(['domain.name']);
  });

  it('maps the unlabelled blank after ST= to the department code', () => {
    expect(resolveBlank({ label: ' (', section: 'domain', previous: 'certificate.st' })).toEqual([
      'certificate.stCode',
    ]);
  });

  it('maps nothing from a label the form does not print', () => {
    expect(resolveBlank({ label: 'Numéro de carte bancaire' })).toEqual([]);
  });
});
