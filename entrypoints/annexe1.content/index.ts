import { isExtensionMessage } from '@/lib/extension/messages';
import { OFFICIAL_MATCHES } from '@/lib/hosts';
import { useBrowserMessages } from '@/lib/i18n/browser';
import { createAssistant } from './assistant';

/**
 * The page side of the assistant. It runs by itself on the official hosts and on the
 * sites the user chose to allow; anywhere else the background injects it when the user
 * asks (popup, shortcut, context menu). Injected twice, the newer copy takes over: WXT
 * stops the older one, which takes away its panel, marks and listeners.
 */
// TODO [2026-12-03]: 50 KB minified against a 40 KB budget: the webextension polyfill
// (~10 KB) and WXT's shadow-root UI helpers (~11 KB) come in whole; waits for issue 8.
export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',
  // The panel's styles are bundled: no file to expose to the page.
  cssInjectionMode: 'manual',

  async main(ctx) {
    useBrowserMessages(browser.i18n);
    const assistant = createAssistant(ctx);

    const onMessage = (message: unknown) =>
      isExtensionMessage(message) ? assistant.answer(message) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    await assistant.start();
  },
});
