import { bench, describe } from 'vitest';
import { type FieldKey, type FieldKind, fieldByKey } from '../lib/annexe1/fields';
import { checkField, checkForm, loadRuleData } from '../lib/rules/index';
import { VALID_FORM } from '../test/unit/rules/fixtures';

// The whole form is checked on every keystroke: these are the figures that must stay small.
await loadRuleData();

/** One typical value per kind of field, valid, so that every rule of the kind runs. */
const SAMPLES: readonly [FieldKind, FieldKey, string | boolean][] = [
  ['text', 'domain.description', 'Groupe hospitalier Paris Saint-Joseph'],
  ['phone', 'legalRep.phone', '01 44 12 33 33'],
  ['email', 'publicTech.email', 'mssante.technique@ghpsj.fr'],
  ['hostname', 'domain.name', 'ghpsj.mssante.fr'],
  ['dn', 'certificate.dn', String(VALID_FORM['certificate.dn'])],
  ['dnPart', 'certificate.st', 'Paris (75)'],
  ['identifier', 'operator.structureId', '1750000523'],
  ['date', 'signature.date', '14/03/2025'],
  ['checkbox', 'dns.delegation', true],
];

describe('checkForm', () => {
  bench('a complete, valid form', () => {
    checkForm(VALID_FORM);
  });
});

describe('checkField, per kind of field', () => {
  for (const [kind, key, value] of SAMPLES) {
    if (fieldByKey(key).kind !== kind) throw new Error(`${key} is no ${kind} field`);
    bench(`${kind} (${key})`, () => {
      checkField(key, value, VALID_FORM);
    });
  }
});
