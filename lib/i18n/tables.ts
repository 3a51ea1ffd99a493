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
import { type Locale, type MessageKey, useMessages } from './index';

/**
 * The locale files as tables: what the build turns into the browser's `_locales`, and the
 * message source of Node (tests, scripts). Extension bundles never import this module.
 */

const TABLES: Record<Locale, Readonly<Record<string, string>>> = {
  fr: { ...appFr, ...rulesFr, ...profilesFr, ...pageFr, ...pdfFr, ...extrasFr },
  en: { ...appEn, ...rulesEn, ...profilesEn, ...pageEn, ...pdfEn, ...extrasEn },
};

/** Every message of one language. */
export function messagesOf(locale: Locale): Readonly<Record<string, string>> {
  return TABLES[locale];
}

/** Speaks `locale` from the tables (French where English lacks a message). */
export function setLocale(locale: Locale): void {
  useMessages(locale, (key: MessageKey) => TABLES[locale][key] ?? TABLES.fr[key]);
}
