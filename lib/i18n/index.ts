import appEn from '../../locales/app.en.json';
import appFr from '../../locales/app.fr.json';
import rulesEn from '../../locales/rules.en.json';
import rulesFr from '../../locales/rules.fr.json';

/**
 * The interface's words, French first. One table per language, merged from the locale
 * files; `lib/` stays free of browser APIs, so the edges say which language to use.
 */

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const MESSAGES = {
  fr: { ...appFr, ...rulesFr },
  en: { ...appEn, ...rulesEn },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['fr'];
export type Substitutions = Readonly<Record<string, string | number>>;

let current: Locale = 'fr';

/**
 * The locale for a browser's UI language: English for `en*`, French for everything else
 * (the form and its readers are French).
 *
 * @example pickLocale('en-GB') // 'en'
 */
export function pickLocale(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Sets the language of every later message. */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** The language messages are currently given in. */
export function getLocale(): Locale {
  return current;
}

/**
 * A message in the current language, with `{name}` placeholders filled in.
 *
 * @example t('hostTooLong', { length: 72, max: 63 })
 */
export function t(key: MessageKey, substitutions: Substitutions = {}): string {
  const template: string = MESSAGES[current][key] ?? MESSAGES.fr[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in substitutions ? String(substitutions[name]) : whole,
  );
}

/** Every message of one language, for the extension's `_locales` and for tests. */
export function messagesOf(locale: Locale): Readonly<Record<string, string>> {
  return MESSAGES[locale];
}
