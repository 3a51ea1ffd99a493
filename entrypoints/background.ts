import {
  type ExtensionMessage,
  isExtensionMessage,
  type StatusReply,
} from '@/lib/extension/messages';
import { OFFICIAL_MATCHES } from '@/lib/hosts';
import { t } from '@/lib/i18n';
import { useBrowserMessages } from '@/lib/i18n/browser';
import { logger } from '@/lib/logger';
import { loadActiveProfile } from '@/lib/profiles/active';
import { checkForm, loadRuleData } from '@/lib/rules';

/**
 * The background: the badge, the checks the content script asks for (the rules' data
 * stays here, out of every page), and the three ways a user asks to check a page that is
 * not on an official host (popup, shortcut, context menu), each under `activeTab`. Sites
 * the user chose to always allow get the content script registered for them.
 */

const CONTENT_SCRIPT = '/content-scripts/annexe1.js';
const MENU_ID = 'annexe1-check-page';
const COMMAND = 'check-page';
const ALLOWED_SITES_SCRIPT = 'annexe1-allowed-sites';

/** Runs the content script in a tab and asks it to show what it found, panel included. */
async function checkTab(tabId: number): Promise<StatusReply> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    const requested: ExtensionMessage = { type: 'annexe1:requested' };
    const reply = (await browser.tabs.sendMessage(tabId, requested)) as StatusReply | undefined;
    return { detected: reply?.detected === true };
  } catch (error) {
    // A browser page, the store, a PDF viewer: no script may run there.
    logger.warn('cannot check tab', tabId, error);
    return { detected: false };
  }
}

async function checkActiveTab(tab: { id?: number } | undefined): Promise<void> {
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await checkTab(id);
}

function showBadge(tabId: number): Promise<void> {
  // MV2 (Firefox) names the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;
  return Promise.all([
    action.setBadgeText({ tabId, text: 'A1' }),
    action.setBadgeBackgroundColor({ tabId, color: '#1d4f91' }),
  ]).then(() => undefined);
}

async function answer(message: ExtensionMessage, tabId: number | undefined): Promise<unknown> {
  switch (message.type) {
    case 'annexe1:detected':
      return tabId === undefined ? undefined : showBadge(tabId);
    case 'annexe1:check-tab':
      return checkTab(message.tabId);
    case 'annexe1:check-form':
      await loadRuleData();
      return checkForm(message.values);
    case 'annexe1:active-profile':
      return (await loadActiveProfile()) ?? null;
    default:
      return undefined;
  }
}

/**
 * The origins the user granted beyond the official hosts: one site at a time through the
 * optional host permissions. The official hosts have their own static content script.
 */
async function allowedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !OFFICIAL_MATCHES.includes(origin));
}

/**
 * Registers the content script on the sites the user allowed, and only there. Run at
 * every start: Firefox before 105 forgets registrations when the browser restarts.
 */
async function syncAllowedSites(): Promise<void> {
  const matches = await allowedOrigins();
  const ids = [ALLOWED_SITES_SCRIPT];
  const script = { id: ALLOWED_SITES_SCRIPT, matches, js: [CONTENT_SCRIPT.slice(1)] };
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length > 0 && matches.length === 0) {
    await browser.scripting.unregisterContentScripts({ ids });
  } else if (registered.length > 0) {
    await browser.scripting.updateContentScripts([script]);
  } else if (matches.length > 0) {
    await browser.scripting.registerContentScripts([{ ...script, runAt: 'document_idle' }]);
  }
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('pageMenuCheck'),
    contexts: ['page', 'frame', 'editable', 'selection'],
  });
}

export default defineBackground(() => {
  useBrowserMessages(browser.i18n);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own parts may ask: a content script's sender has a tab, the popup has none.
    if (!isExtensionMessage(message) || sender.id !== browser.runtime.id) return undefined;
    return answer(message, sender.tab?.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND) void checkActiveTab(tab);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void checkActiveTab(tab);
  });
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());

  // One sync at a time: two registrations of the same id would fail.
  let syncing = Promise.resolve();
  const sync = () => {
    syncing = syncing.then(syncAllowedSites).catch((error) => logger.warn('sites', error));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
});
