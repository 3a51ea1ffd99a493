import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { LOCALES, messagesOf } from './lib/i18n';
import { inertHtml } from './scripts/inert-html';

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
  vite: () => ({ plugins: [preact(), inertHtml()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_SITES }
      : { optional_host_permissions: OPTIONAL_SITES }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'check-page': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_extCommandCheckPage__',
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

/** The `ext*` messages in the browser's `_locales` format, for `__MSG_…__` in the manifest. */
function manifestMessages(locale: (typeof LOCALES)[number]): string {
  const entries = Object.entries(messagesOf(locale))
    .filter(([key]) => key.startsWith('ext'))
    .map(([key, message]) => [key, { message }]);
  return JSON.stringify(Object.fromEntries(entries), null, 2);
}
