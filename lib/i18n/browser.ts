import { type MessageKey, pickLocale, useMessages } from './index';

/**
 * The extension's messages through the browser's own i18n: the build writes every locale
 * file into `_locales`, the browser picks the language (French by default) and no table
 * weighs on a bundle.
 */

/** What this module needs of `browser.i18n`, received from the edge. */
export interface BrowserI18n {
  getMessage(name: string): string;
  getUILanguage(): string;
}

/**
 * A message key as the browser accepts it (letters, digits, `_` only).
 *
 * @example messageName('field.legalRep.phone') // 'field_legalRep_phone'
 */
export function messageName(key: string): string {
  return key.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * One language's messages in the browser's `_locales/<lang>/messages.json` format. `$`
 * is doubled: the browser reads `$…$` as its own placeholders.
 */
export function browserLocaleFile(
  messages: Readonly<Record<string, string>>,
): Record<string, { message: string }> {
  const file: Record<string, { message: string }> = {};
  for (const [key, message] of Object.entries(messages)) {
    const name = messageName(key);
    if (name in file) throw new Error(`Two messages share the browser name ${name}`);
    file[name] = { message: message.replaceAll('$', '$$$$') };
  }
  return file;
}

/** Speaks the browser's language, with its own i18n as the source of messages. */
export function useBrowserMessages(i18n: BrowserI18n): void {
  useMessages(pickLocale(i18n.getUILanguage()), (key: MessageKey) => {
    return i18n.getMessage(messageName(key)) || undefined;
  });
}
