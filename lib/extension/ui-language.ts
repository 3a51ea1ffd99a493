import { type MessageKey, pickLocale, setLocale, t } from '../i18n';

/**
 * Puts an extension page in the browser's language: the messages, the document's `lang`
 * (screen readers read with it) and, when given, its title.
 */
export function applyUiLanguage(uiLanguage: string, titleKey?: MessageKey): void {
  const locale = pickLocale(uiLanguage);
  setLocale(locale);
  document.documentElement.lang = locale;
  if (titleKey) document.title = t(titleKey);
}
