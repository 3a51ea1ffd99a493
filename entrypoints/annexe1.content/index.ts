import type { ExtensionMessage, StatusReply } from '@/lib/extension/messages';
import { isExtensionMessage } from '@/lib/extension/messages';
import { OFFICIAL_MATCHES } from '@/lib/hosts';
import { watchControls } from '@/lib/html/watch';
import { useBrowserMessages } from '@/lib/i18n/browser';
import { logger } from '@/lib/logger';
import { assistantRunning } from './handover';
import { pageLooksLikeAnnexe1 } from './page-text';
import { isPdfDocument, showPdfBanner } from './pdf-banner';

/**
 * The always-on script of the official hosts (and of the sites the user chose to allow):
 * it only reads the page's text, again when controls come or go, and once the page reads
 * as the Annexe 1 it asks the background to run the assistant here (the panel, the field
 * mapper, the marks: `annexe1-assistant.content.ts`). Every other page pays a few KB and
 * one look at its text. Until the assistant runs, it answers that no form is here.
 */
export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',

  main(ctx) {
    useBrowserMessages(browser.i18n);
    if (isPdfDocument(document)) {
      const open: ExtensionMessage = { type: 'annexe1:open-pdf', url: location.href };
      showPdfBanner(document, ctx.signal, () => {
        browser.runtime.sendMessage(open).catch((error) => logger.warn('assistant', error));
      });
      return;
    }

    let handedOver = false;
    const quiet = () => handedOver || assistantRunning();

    const look = () => {
      if (quiet() || ctx.isInvalid || !pageLooksLikeAnnexe1(document)) return;
      handedOver = true;
      const recognised: ExtensionMessage = { type: 'annexe1:recognised' };
      browser.runtime.sendMessage(recognised).catch((error) => {
        handedOver = false;
        logger.warn('assistant not started', error);
      });
    };

    const onMessage = (message: unknown) => {
      if (quiet() || !isExtensionMessage(message) || message.type !== 'annexe1:status') {
        return undefined;
      }
      return Promise.resolve<StatusReply>({ detected: false });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    look();
    watchControls(document, look, ctx.signal);
    // A frame's form may load after the page itself.
    if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', look);
  },
});
