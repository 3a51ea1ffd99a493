import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { OFFICIAL_MATCHES } from './lib/hosts';
import { LOCALES } from './lib/i18n';
import { browserLocaleFile } from './lib/i18n/browser';
import { messagesOf } from './lib/i18n/tables';
import { inertHtml } from './scripts/inert-html';
import { lintSafePlugin } from './scripts/lint-safe';

/**
 * Sites the user may allow one at a time (« always check this site »): asked for at run
 * time, origin by origin, never granted at install. MV3 lists them as optional host
 * permissions, MV2 among the optional permissions.
 */
const OPTIONAL_SITES = ['https://*/*', 'http://*/*'];

/**
 * The manifest is a function of the browser: Firefox-only keys stay out of the Chrome
 * build. Manifest texts come from the same locale files as the interface. Access to
 * pages: the official hosts through the content script's matches, any other page only
 * when the user asks (`activeTab`: popup, shortcut, context menu), and the sites the
 * user allowed.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), inertHtml(), lintSafePlugin()],
    // pdf.js's worker is bundled apart and needs the same rewrites.
    worker: { plugins: () => [lintSafePlugin()] },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // The official hosts, where the content script already runs: the assistant may also
    // fetch the Annexe 1 PDF a tab shows there. No warning beyond the content script's.
    host_permissions: [...OFFICIAL_MATCHES],
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_SITES }
      : { optional_host_permissions: OPTIONAL_SITES }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'check-page': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_extCommandCheckPage__',
      },
      // Issue 7: « Remplir avec le profil actif ».
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_extrasCommandFill__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'annexe1-mssante@assistant',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: manifestMessages(locale),
        });
      }
    },
  },
});

/** Every message of a language in the browser's `_locales` format: pages and the manifest
 * (`__MSG_extName__`) read them through the browser's own i18n. */
function manifestMessages(locale: (typeof LOCALES)[number]): string {
  return JSON.stringify(browserLocaleFile(messagesOf(locale)), null, 2);
}
