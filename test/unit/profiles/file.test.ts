import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/tables';
import {
  checkFileSize,
  exportFileName,
  MAX_PROFILE_FILE_BYTES,
  parseProfileFile,
  profileFile,
} from '@/lib/profiles/file';

afterEach(() => setLocale('fr'));

const CH_XYZ = {
  name: 'CH Xyz',
  values: { 'operator.name': 'Centre hospitalier de Xyz', 'dns.delegation': true },
};

/** A profile file as DESIGN.md writes it, with `profiles` replaced. */
const fileWith = (profiles: unknown) =>
  JSON.stringify({ format: 'mssante-annexe1-profiles', version: 1, profiles });

const reasonOf = (text: string) => {
  const result = parseProfileFile(text);
  if (result.ok) throw new Error('accepted');
  return result.reason;
};

describe('exporting profiles', () => {
  it('writes the format of DESIGN.md, values in the form’s order, nothing emptied', () => {
    const text = profileFile([
      {
        name: 'CH Xyz',
        values: { 'dns.delegation': true, 'operator.name': 'CH', 'legalRep.phone': '' },
      },
    ]);
    expect(JSON.parse(text)).toEqual({
      format: 'mssante-annexe1-profiles',
      version: 1,
      profiles: [{ name: 'CH Xyz', values: { 'operator.name': 'CH', 'dns.delegation': true } }],
    });
    expect(text.indexOf('operator.name')).toBeLessThan(text.indexOf('dns.delegation'));
  });

  it('reads back what it wrote', () => {
    const profiles = [CH_XYZ, { name: 'Clinique <b>Abc</b>', values: {} }];
    expect(parseProfileFile(profileFile(profiles))).toEqual({ ok: true, profiles });
  });

  it.each([
    [undefined, 'profils-annexe1-2026-12-03.json'],
    ['CH Xyz', 'profil-annexe1-ch-xyz-2026-12-03.json'],
    ['Clinique de l’Étang / Sud', 'profil-annexe1-clinique-de-l-etang-sud-2026-12-03.json'],
    ['<script>', 'profil-annexe1-script-2026-12-03.json'],
    ['…', 'profils-annexe1-2026-12-03.json'],
  ])('names the file of %s %s', (name, file) => {
    expect(exportFileName(new Date(2026, 11, 3, 23, 59), name)).toBe(file);
  });
});

describe('checking a file to import', () => {
  it('accepts a valid file, names trimmed', () => {
    const text = fileWith([{ ...CH_XYZ, name: '  CH Xyz ' }]);
    expect(parseProfileFile(text)).toEqual({ ok: true, profiles: [CH_XYZ] });
  });

  it('ignores what it does not know around the profiles (ids, dates, comments)', () => {
    const text = JSON.stringify({
      format: 'mssante-annexe1-profiles',
      version: 1,
      exportedBy: 'another tool',
      profiles: [{ ...CH_XYZ, id: 'x', createdAt: '2026' }],
    });
    expect(parseProfileFile(text)).toEqual({ ok: true, profiles: [CH_XYZ] });
  });

  it.each([
    ['truncated', fileWith([CH_XYZ]).slice(0, 60), 'ce n’est pas un fichier JSON complet'],
    ['empty', '', 'ce n’est pas un fichier JSON complet'],
    [
      'another format',
      '{"format":"vcard","profiles":[]}',
      'format attendu : « mssante-annexe1-profiles »',
    ],
    ['a bare list', JSON.stringify([CH_XYZ]), 'format attendu'],
    ['a later version', fileWith([CH_XYZ]).replace('"version":1', '"version":2'), 'version 2'],
    ['no list', fileWith(undefined), 'la liste des profils (« profiles ») manque'],
    ['no profile', fileWith([]), 'aucun profil'],
    ['a string for a profile', fileWith(['CH Xyz']), 'profil n° 1 : ce n’est pas un profil'],
    ['no name', fileWith([{ values: {} }]), 'profil n° 1 : le nom manque'],
    ['a blank name', fileWith([{ name: ' ', values: {} }]), 'profil n° 1 : le nom manque'],
    ['a long name', fileWith([{ name: 'x'.repeat(101), values: {} }]), 'dépasse 100 caractères'],
    ['no values', fileWith([{ name: 'A' }]), 'profil n° 1 (« A ») : les valeurs'],
  ])('refuses %s, saying so', (_label, text, reason) => {
    expect(reasonOf(text)).toContain(reason);
  });

  it('names the profile and the key of an unknown field', () => {
    const text = fileWith([CH_XYZ, { name: 'Abc', values: { 'operator.nom': 'x' } }]);
    expect(reasonOf(text)).toBe(
      'profil n° 2 (« Abc ») : « operator.nom » n’est pas un champ de profil ' +
        '(un profil ne garde que les coordonnées de la structure).',
    );
  });

  it('refuses a field of the declaration, which a profile does not keep', () => {
    const text = fileWith([{ name: 'Abc', values: { 'domain.name': 'abc.mssante.fr' } }]);
    expect(reasonOf(text)).toContain('« domain.name » n’est pas un champ de profil');
  });

  it('names the profile, key and label of a value of the wrong type', () => {
    const text = fileWith([{ name: 'Abc', values: { 'dns.delegation': 'oui' } }]);
    expect(reasonOf(text)).toBe(
      'profil n° 1 (« Abc ») : ' +
        '« dns.delegation » (Méthode 1 : la délégation (à privilégier)) ' +
        'doit valoir true ou false (case à cocher).',
    );
    const phone = fileWith([{ name: 'Abc', values: { 'legalRep.phone': 388000000 } }]);
    expect(reasonOf(phone)).toContain('« legalRep.phone » (Téléphone) doit être du texte');
  });

  it('refuses two profiles of the same name in one file', () => {
    const text = fileWith([CH_XYZ, { ...CH_XYZ, name: 'ch xyz' }]);
    expect(reasonOf(text)).toBe(
      'profil n° 2 (« ch xyz ») : un autre profil du fichier porte déjà ce nom.',
    );
  });

  it('counts the other errors after the first', () => {
    const text = fileWith([{ name: '', values: { a: 1 } }, { values: 3 }]);
    expect(reasonOf(text)).toMatch(/^profil n° 1 : le nom manque\. \(\d+ autre\(s\) erreur\(s\)/);
  });

  it('cuts a huge name short in its message', () => {
    const text = fileWith([{ name: 'A'.repeat(5000), values: { x: '' } }]);
    expect(reasonOf(text).length).toBeLessThan(400);
  });

  it('refuses a file over 1 MB from its size alone', () => {
    expect(checkFileSize(MAX_PROFILE_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize(MAX_PROFILE_FILE_BYTES + 1)).toEqual({
      ok: false,
      reason:
        'le fichier pèse 1,1 Mo ; un fichier de profils fait 1 Mo au plus. ' +
        'Choisissez le fichier exporté par l’extension.',
    });
  });

  it('explains in English when the interface is English', () => {
    setLocale('en');
    expect(reasonOf('{"format":')).toContain('this is not a complete JSON file');
  });
});
