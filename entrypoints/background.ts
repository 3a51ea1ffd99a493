import { isExtensionMessage } from '@/lib/extension/messages';

export default defineBackground(() => {
  // MV2 (Firefox) names the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isExtensionMessage(message) || message.type !== 'annexe1:detected') return undefined;
    if (tabId === undefined) return undefined;
    return Promise.all([
      action.setBadgeText({ tabId, text: 'A1' }),
      action.setBadgeBackgroundColor({ tabId, color: '#1d4f91' }),
    ]).then(() => undefined);
  });
});
