import {
  type ExtensionMessage,
  isExtensionMessage,
  type ProfileChoice,
  type StatusReply,
} from '@/lib/extension/messages';
import { OFFICIAL_MATCHES } from '@/lib/hosts';
import { t } from '@/lib/i18n';
import { useBrowserMessages } from '@/lib/i18n/browser';
import { logger } from '@/lib/logger';
import { loadActiveProfile } from '@/lib/profiles/active';
import { setActive } from '@/lib/profiles/edit';
import type { ProfilesState } from '@/lib/profiles/profile';
import { readProfiles, updateProfiles } from '@/lib/profiles/store';
import { checkForm, loadRuleData, setWhitelist } from '@/lib/rules';
import { indexWhitelist, WHITELIST_URL } from '@/lib/whitelist';
import { downloadWhitelist, loadStoredWhitelist } from '@/lib/whitelist/store';

/**
 * The background: the badge, the checks the content script asks for (the rules' data
 * stays here, out of every page), and the three ways a user asks to check a page that is
 * not on an official host (popup, shortcut, context menu), each under `activeTab`. Sites
 * the user chose to always allow get the content script registered for them.
 */

const CONTENT_SCRIPT = '/content-scripts/annexe1.js';
// Issue 8: the assistant (panel, mapper, marks), run where the always-on script recognised
// the form and wherever the user asks; the always-on script stays a few KB.
const ASSISTANT_SCRIPT = '/content-scripts/annexe1-assistant.js';
const MENU_ID = 'annexe1-check-page';
const COMMAND = 'check-page';
const ALLOWED_SITES_SCRIPT = 'annexe1-allowed-sites';
// Issue 7: « Remplir avec le profil actif », from the shortcut and the context menu.
const FILL_MENU_ID = 'annexe1-fill-page';
const FILL_COMMAND = 'fill-page';

/** Runs the content script in a tab and asks it to show what it found, panel included. */
async function checkTab(tabId: number): Promise<StatusReply> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [ASSISTANT_SCRIPT] });
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

/** Runs the content script in the tab (activeTab) and asks it to fill the form. */
async function fillActiveTab(tab: { id?: number } | undefined): Promise<void> {
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  try {
    await browser.scripting.executeScript({ target: { tabId: id }, files: [ASSISTANT_SCRIPT] });
    const fill: ExtensionMessage = { type: 'annexe1:fill' };
    await browser.tabs.sendMessage(id, fill);
  } catch (error) {
    logger.warn('cannot fill tab', id, error);
  }
}

// The rules' two whitelist checks (listed domain, withdrawal) once a copy is stored.
let whitelistLoaded: Promise<void> | undefined;
function loadWhitelistRules(): Promise<void> {
  whitelistLoaded ??= loadStoredWhitelist().then(
    (list) => setWhitelist(list === null ? null : indexWhitelist(list.entries).domains()),
    (error: unknown) => logger.warn('stored whitelist', error),
  );
  return whitelistLoaded;
}

async function downloadList(): Promise<unknown> {
  const result = await downloadWhitelist((url, init) => fetch(url, init));
  if (result.ok) whitelistLoaded = undefined;
  await loadWhitelistRules();
  return result;
}

function showBadge(tabId: number): Promise<void> {
  // MV2 (Firefox) names the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;
  return Promise.all([
    action.setBadgeText({ tabId, text: 'A1' }),
    action.setBadgeBackgroundColor({ tabId, color: '#1d4f91' }),
  ]).then(() => undefined);
}

/** Runs the assistant in the frame whose always-on script recognised the form. */
async function startAssistant(tabId: number, frameId: number | undefined): Promise<void> {
  const frameIds = frameId === undefined ? undefined : [frameId];
  await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [ASSISTANT_SCRIPT] });
}

/** What a page's panel needs of the profiles: names to choose from, not their values. */
function profileChoice({ profiles, activeId }: ProfilesState): ProfileChoice {
  return { profiles: profiles.map(({ id, name }) => ({ id, name })), activeId };
}

async function answer(
  message: ExtensionMessage,
  tabId: number | undefined,
  frameId?: number,
): Promise<unknown> {
  switch (message.type) {
    case 'annexe1:recognised':
      return tabId === undefined ? undefined : startAssistant(tabId, frameId);
    case 'annexe1:detected':
      return tabId === undefined ? undefined : showBadge(tabId);
    case 'annexe1:check-tab':
      return checkTab(message.tabId);
    case 'annexe1:check-form':
      await Promise.all([loadRuleData(), loadWhitelistRules()]);
      return checkForm(message.values);
    case 'annexe1:whitelist-download':
      return downloadList();
    case 'annexe1:active-profile':
      return (await loadActiveProfile()) ?? null;
    case 'annexe1:open-pdf': {
      const assistant = browser.runtime.getURL('/assistant.html');
      await browser.tabs.create({ url: `${assistant}?src=${encodeURIComponent(message.url)}` });
      return undefined;
    }
    case 'annexe1:profiles':
      return profileChoice(await readProfiles());
    case 'annexe1:choose-profile':
      return profileChoice(await updateProfiles((state) => setActive(state, message.id)));
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
  // The whitelist's address is for the download, not a site to run the script on.
  const whitelistHost = `//${new URL(WHITELIST_URL).host}/`;
  return origins.filter(
    (origin) => !OFFICIAL_MATCHES.includes(origin) && !origin.includes(whitelistHost),
  );
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
  browser.contextMenus.create({
    id: FILL_MENU_ID,
    title: t('extrasMenuFill'),
    contexts: ['page', 'frame', 'editable'],
  });
}

export default defineBackground(() => {
  useBrowserMessages(browser.i18n);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own parts may ask: a content script's sender has a tab, the popup has none.
    if (!isExtensionMessage(message) || sender.id !== browser.runtime.id) return undefined;
    return answer(message, sender.tab?.id, sender.frameId);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND) void checkActiveTab(tab);
    if (command === FILL_COMMAND) void fillActiveTab(tab);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void checkActiveTab(tab);
    if (info.menuItemId === FILL_MENU_ID) void fillActiveTab(tab);
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
