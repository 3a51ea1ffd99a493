import type appFr from '../../locales/app.fr.json';
import type extrasFr from '../../locales/extras.fr.json';
import type pageFr from '../../locales/page.fr.json';
import type pdfFr from '../../locales/pdf.fr.json';
import type profilesFr from '../../locales/profiles.fr.json';
import type rulesFr from '../../locales/rules.fr.json';

/**
 * The interface's words, French first, from the locale files (one per part of the product:
 * app, rules, profiles, page, pdf, extras). This module holds no table itself: the edges
 * install where messages come from. In the extension that is the browser's own i18n
 * (`useBrowserMessages`), which costs the bundles nothing; in Node, the JSON tables
 * (`lib/i18n/tables.ts`).
 */

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey =
  | keyof typeof appFr
  | keyof typeof rulesFr
  | keyof typeof profilesFr
  | keyof typeof pageFr
  | keyof typeof pdfFr
  | keyof typeof extrasFr;
export type Substitutions = Readonly<Record<string, string | number>>;

/** Where a message's text comes from: `undefined` when the source lacks it. */
export type MessageLookup = (key: MessageKey) => string | undefined;

let current: Locale = 'fr';
let lookup: MessageLookup = () => undefined;

/**
 * The locale for a browser's UI language: English for `en*`, French for everything else
 * (the form and its readers are French).
 *
 * @example pickLocale('en-GB') // 'en'
 */
export function pickLocale(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Installs the source of every later message, and says which language it speaks. */
export function useMessages(locale: Locale, source: MessageLookup): void {
  current = locale;
  lookup = source;
}

/** The language messages are currently given in. */
export function getLocale(): Locale {
  return current;
}

/**
 * A message in the current language, with `{name}` placeholders filled in. A message the
 * source lacks shows as its key, so that a gap is visible rather than blank.
 *
 * @example t('hostTooLong', { length: 72, max: 63 })
 */
export function t(key: MessageKey, substitutions: Substitutions = {}): string {
  const template = lookup(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in substitutions ? String(substitutions[name]) : whole,
  );
}
