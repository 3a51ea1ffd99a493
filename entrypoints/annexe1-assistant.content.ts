import { createAssistant } from '@/entrypoints/annexe1.content/assistant';
import { markAssistantRunning } from '@/entrypoints/annexe1.content/handover';
import { isExtensionMessage } from '@/lib/extension/messages';
import { useBrowserMessages } from '@/lib/i18n/browser';

/**
 * The assistant in a page: the panel, the field mapper, the marks and the fill. Listed in
 * no manifest entry: the background runs it where the always-on script recognised the
 * Annexe 1, and wherever the user asks (popup, shortcut, context menu, under `activeTab`).
 * Injected twice, the newer copy takes over: WXT stops the older one, which takes away its
 * panel, marks and listeners.
 */
export default defineContentScript({
  registration: 'runtime',
  // The panel's styles are bundled: no file to expose to the page.
  cssInjectionMode: 'manual',

  async main(ctx) {
    useBrowserMessages(browser.i18n);
    markAssistantRunning();
    const assistant = createAssistant(ctx);

    const onMessage = (message: unknown) =>
      isExtensionMessage(message) ? assistant.answer(message) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    await assistant.start();
  },
});
