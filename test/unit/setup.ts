import { setLocale } from '@/lib/i18n/tables';

// Node has no browser i18n: the tests read messages from the locale files, in French.
setLocale('fr');
