import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../lib/annexe1/fields';
import { checkField, loadRuleData } from '../../../lib/rules/index';
import { expectFieldFinding } from './helpers';

beforeAll(async () => {
  await loadRuleData();
});

describe('phone numbers', () => {
  it.each([
    ['too short', '01 23 45 67'],
    ['with letters', '01 23 45 67 8X'],
    ['not a French number', '00 00 00 00 00'],
    ['a Minitel code', '3615'],
    ['an extension in words', '01 44 12 33 33 poste 12'],
  ])('rejects a number %s', (_, value) => {
    expectFieldFinding('legalRep.phone', value, 'phone-invalid', 'error', '10 chiffres');
  });

  it('accepts a valid foreign number with a hint', () => {
    expectFieldFinding(
      'publicTech.phone',
      '+44 20 7946 0958',
      'phone-foreign',
      'info',
      'joignable depuis la France',
    );
  });

  it.each([
    ['a national number', '01 44 12 33 33'],
    ['a +33 number', '+33 1 44 12 33 33'],
    ['a 0033 number', '0033 6 12 34 56 78'],
    ['dots and dashes', '01.44.12.33.33'],
    ['an overseas number', '0262 12 34 56'],
    ['an overseas number with its own country code', '+262 262 12 34 56'],
    ['a special-rate number, as listed contacts give', '08 10  61 50 50'],
  ])('accepts %s', (_, value) => {
    expect(checkField('projectLead.phone', value)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['without "@"', 'contact.ch.fr', '« @ »'],
    ['with a space', 'contact @ch.fr', 'retirez-la'],
    ['with a doubled dot', 'jean..dupont@ch.fr', 'en double'],
    ['with an accent before "@"', 'hélène@ch.fr', 'sans accent'],
    ['with a bare domain', 'contact@localhost', '« localhost »'],
    ['with an underscore in the domain', 'contact@ch_x.fr', 'après « @ »'],
    ['over 254 characters', `${'a'.repeat(60)}@${'b'.repeat(200)}.fr`, '254 au plus'],
  ])('rejects an address %s', (_, value, fragment) => {
    expectFieldFinding('legalRep.email', value, 'email-invalid', 'error', fragment);
  });

  it.each([
    ['a plain address', 'direction@ghpsj.fr'],
    ['plus and dots', 'mss.projet+annexe1@ch-x.mssante.fr'],
    ['a quoted local part', '"jean..dupont"@ch.fr'],
    ['an address literal', 'root@[192.0.2.1]'],
  ])('accepts %s', (_, value) => {
    expect(checkField('legalRep.email', value)).toEqual([]);
  });

  it.each<[FieldKey]>([['publicProject.email'], ['publicTech.email']])(
    'warns of a free webmail in the published %s',
    (key) => {
      expectFieldFinding(
        key,
        'incident@Gmail.com',
        'email-webmail',
        'warning',
        'adresse professionnelle',
      );
    },
  );

  it('accepts a webmail for a contact that is not published', () => {
    expect(checkField('legalRep.email', 'marie.durand@orange.fr')).toEqual([]);
  });

  it('accepts a professional address for a published contact', () => {
    expect(checkField('publicTech.email', 'mssante.technique@ghpsj.fr')).toEqual([]);
  });
});
