import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n/tables';
import { checkField } from '../../../lib/rules/index';
import en from '../../../locales/rules.en.json';
import fr from '../../../locales/rules.fr.json';

const rulesDir = new URL('../../../lib/rules/', import.meta.url);
const sources = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(new URL(name, rulesDir), 'utf8'))
  .join('\n');

describe('rule messages', () => {
  afterEach(() => setLocale('fr'));

  it('exist in English under the same keys as in French', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const [key, text] of Object.entries(fr)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('are all used by a rule, under a camelCase rule… key', () => {
    for (const key of Object.keys(fr)) {
      expect(key).toMatch(/^rule[A-Z][A-Za-z]*$/);
      expect(sources, key).toContain(`'${key}'`);
    }
  });

  it('follow French typography throughout: a narrow no-break space, never a plain one', () => {
    for (const text of Object.values(fr)) {
      expect(text).not.toMatch(/[^\u202f][;!?»]|«[^\u202f]/);
      // A colon of "http://" or of a port is no punctuation.
      expect(text).not.toMatch(/[^\u202f]:(?!\/\/|\{)/);
    }
  });

  it('switch to English with setLocale', () => {
    setLocale('en');
    const [finding] = checkField('dns.primary', `${'a'.repeat(69)}.fr`);
    expect(finding?.message).toBe('72 characters: the form accepts 63 at most.');
  });

  it('speak French by default', () => {
    const [finding] = checkField('dns.primary', `${'a'.repeat(69)}.fr`);
    expect(finding?.message).toBe('72 caractères\u202f: le formulaire en accepte 63 au plus.');
  });
});
