import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '@/lib/annexe1/fields';
import { COLUMN_IDS, SECTION_IDS } from '@/lib/annexe1/sections';
import { getLocale, LOCALES, pickLocale, t } from '@/lib/i18n';
import { browserLocaleFile, messageName, useBrowserMessages } from '@/lib/i18n/browser';
import { columnTitle, fieldLabel, sectionTitle } from '@/lib/i18n/labels';
import { messagesOf, setLocale } from '@/lib/i18n/tables';
import { REPO_ROOT } from '../paths';

afterEach(() => setLocale('fr'));

describe('the locale files', () => {
  it('hold the same messages in French and English', () => {
    expect(Object.keys(messagesOf('en')).sort()).toEqual(Object.keys(messagesOf('fr')).sort());
  });

  it('define each message in one file only', () => {
    const dir = join(REPO_ROOT, 'locales');
    const seen = new Map<string, string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.fr.json'))) {
      for (const key of Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')))) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
    expect(seen.size).toBe(Object.keys(messagesOf('fr')).length);
  });

  it('leave no message empty', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(messagesOf(locale))) {
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text = '') => [...text.matchAll(/\{\w+\}/g)].map(([p]) => p).sort();
    for (const [key, french] of Object.entries(messagesOf('fr'))) {
      expect(placeholders(messagesOf('en')[key]), key).toEqual(placeholders(french));
    }
  });

  it('label every field, block and column in both languages', () => {
    for (const locale of LOCALES) {
      setLocale(locale);
      for (const key of FIELD_KEYS) expect(fieldLabel(key), key).not.toMatch(/^field\./);
      for (const id of SECTION_IDS) expect(sectionTitle(id), id).not.toMatch(/^section\./);
      for (const id of COLUMN_IDS) expect(columnTitle(id), id).not.toMatch(/^column\./);
    }
  });

  it('give the manifest its name and description', () => {
    for (const locale of LOCALES) {
      expect(messagesOf(locale).extName).toBeTruthy();
      expect(messagesOf(locale).extDescription).toBeTruthy();
    }
  });
});

describe('t', () => {
  it('fills placeholders and speaks French by default', () => {
    expect(getLocale()).toBe('fr');
    expect(t('assistantTooLarge', { name: 'a.pdf', size: '21.0' })).toBe(
      '« a.pdf » pèse 21.0 Mo : l’assistant accepte 20 Mo au plus.',
    );
  });

  it('switches to English', () => {
    setLocale('en');
    expect(t('panelClose')).toBe('Close');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(t('assistantReading')).toBe('Lecture de « {name} »…');
  });
});

describe('pickLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['de', 'fr'],
    [undefined, 'fr'],
  ] as const)('chooses %s → %s', (ui, locale) => {
    expect(pickLocale(ui)).toBe(locale);
  });
});

describe('the browser’s own i18n', () => {
  /** A stand-in for `browser.i18n`, reading the `_locales` file the build writes. */
  function browserI18n(uiLanguage: string) {
    const file = browserLocaleFile(messagesOf(pickLocale(uiLanguage)));
    return {
      getUILanguage: () => uiLanguage,
      getMessage: (name: string) => file[name]?.message.replaceAll('$$', '$') ?? '',
    };
  }

  it('gives the same messages as the locale files, placeholders filled', () => {
    useBrowserMessages(browserI18n('fr-FR'));
    expect(getLocale()).toBe('fr');
    expect(t('field.legalRep.phone')).toBe('Téléphone');
    expect(t('assistantTooLarge', { name: 'a.pdf', size: '21.0' })).toBe(
      messagesOf('fr').assistantTooLarge?.replace('{name}', 'a.pdf').replace('{size}', '21.0'),
    );
  });

  it('speaks English in an English browser', () => {
    useBrowserMessages(browserI18n('en-US'));
    expect(getLocale()).toBe('en');
    expect(t('field.legalRep.phone')).toBe(messagesOf('en')['field.legalRep.phone']);
  });

  it('shows the key of a message the browser lacks, not a blank', () => {
    useBrowserMessages({ getUILanguage: () => 'fr', getMessage: () => '' });
    expect(t('extName')).toBe('extName');
  });

  it('names every message in the browser’s alphabet, without collisions', () => {
    for (const locale of LOCALES) {
      const file = browserLocaleFile(messagesOf(locale));
      expect(Object.keys(file)).toHaveLength(Object.keys(messagesOf(locale)).length);
      for (const name of Object.keys(file)) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    }
    expect(messageName('field.legalRep.phone')).toBe('field_legalRep_phone');
  });
});
