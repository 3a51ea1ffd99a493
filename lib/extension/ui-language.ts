import { getLocale, type MessageKey, t } from '../i18n';
import { type BrowserI18n, useBrowserMessages } from '../i18n/browser';

/**
 * Puts an extension page in the browser's language: the messages, the document's `lang`
 * (screen readers read with it) and, when given, its title.
 */
export function applyUiLanguage(i18n: BrowserI18n, titleKey?: MessageKey): void {
  useBrowserMessages(i18n);
  document.documentElement.lang = getLocale();
  if (titleKey) document.title = t(titleKey);
}
