import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { t } from '@/lib/i18n';
import './panel.css';

/**
 * The assistant's small panel over the page, in a shadow root so that neither the page's
 * styles nor ours leak across. It goes away with the content script.
 */
export async function mountPanel(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'mssante-annexe1-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const panel = document.createElement('section');
      panel.className = 'panel';
      panel.setAttribute('role', 'status');
      panel.setAttribute('aria-label', t('panelTitle'));

      const title = document.createElement('h2');
      title.textContent = t('panelTitle');
      const text = document.createElement('p');
      text.textContent = t('panelDetected');
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = t('panelClose');
      close.addEventListener('click', () => ui.remove(), { signal: ctx.signal });

      panel.append(title, text, close);
      container.append(panel);
      return panel;
    },
  });
  ui.mount();
}
