import appEn from '../../locales/app.en.json';
import appFr from '../../locales/app.fr.json';
import extrasEn from '../../locales/extras.en.json';
import extrasFr from '../../locales/extras.fr.json';
import pageEn from '../../locales/page.en.json';
import pageFr from '../../locales/page.fr.json';
import pdfEn from '../../locales/pdf.en.json';
import pdfFr from '../../locales/pdf.fr.json';
import profilesEn from '../../locales/profiles.en.json';
import profilesFr from '../../locales/profiles.fr.json';
import rulesEn from '../../locales/rules.en.json';
import rulesFr from '../../locales/rules.fr.json';

/**
 * The interface's words, French first. One table per language, merged from the locale
 * files; `lib/` stays free of browser APIs, so the edges say which language to use.
 */

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// One file per part of the product (app, rules, profiles, page, pdf, extras), so that
// work on one part does not touch the others' messages.
const MESSAGES = {
  fr: { ...appFr, ...rulesFr, ...profilesFr, ...pageFr, ...pdfFr, ...extrasFr },
  en: { ...appEn, ...rulesEn, ...profilesEn, ...pageEn, ...pdfEn, ...extrasEn },
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
