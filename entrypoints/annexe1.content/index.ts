import { looksLikeAnnexe1 } from '@/lib/annexe1/recognise';
import {
  type ExtensionMessage,
  isExtensionMessage,
  type StatusReply,
} from '@/lib/extension/messages';
import { OFFICIAL_MATCHES } from '@/lib/hosts';
import { pickLocale, setLocale } from '@/lib/i18n';
import { mountPanel } from './panel';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',

  async main(ctx) {
    setLocale(pickLocale(browser.i18n.getUILanguage()));
    const detected = looksLikeAnnexe1(document.body?.textContent ?? '');

    const onMessage = (message: unknown): Promise<StatusReply> | undefined => {
      if (!isExtensionMessage(message) || message.type !== 'annexe1:status') return undefined;
      return Promise.resolve({ detected });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    if (!detected) return;

    const announce: ExtensionMessage = { type: 'annexe1:detected' };
    await browser.runtime.sendMessage(announce);
    await mountPanel(ctx);
  },
});
