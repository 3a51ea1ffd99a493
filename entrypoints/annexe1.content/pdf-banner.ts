import { t } from '@/lib/i18n';

/**
 * Over a PDF shown from an official host (Chrome runs content scripts in its PDF viewer's
 * page), a banner offers to fill it in the assistant: the viewer itself cannot be scripted.
 * Plain DOM in a closed shadow root: the always-on script stays small, and neither the
 * page's styles nor ours leak across.
 */

const STYLE = `
:host { all: initial; }
aside {
  position: fixed; top: 12px; right: 12px; z-index: 2147483000; max-width: 360px;
  display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  padding: 10px 14px; border: 1px solid #1d4f91; border-radius: 8px;
  background: #fff; color: #1b1b1b; box-shadow: 0 4px 16px rgb(0 0 0 / 20%);
  font: 14px/1.4 system-ui, sans-serif;
}
p { margin: 0; flex-basis: 100%; }
button { font: inherit; padding: 4px 10px; border: 1px solid #1d4f91; border-radius: 4px;
  background: #1d4f91; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #1d4f91; }
button:focus-visible { outline: 2px solid #1d4f91; outline-offset: 2px; }
`;

/** True when the document is a PDF the browser shows in its viewer. */
export function isPdfDocument(document: Document): boolean {
  return document.contentType === 'application/pdf';
}

/**
 * Shows the banner; `onOpen` runs when the user asks for the assistant. The banner goes
 * away when closed, and when `signal` aborts (the content script stops).
 */
export function showPdfBanner(document: Document, signal: AbortSignal, onOpen: () => void): void {
  const host = document.createElement('annexe1-pdf-banner');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const banner = document.createElement('aside');
  banner.setAttribute('aria-label', t('panelTitle'));
  const text = document.createElement('p');
  text.textContent = t('pdfBannerText');
  const open = document.createElement('button');
  open.type = 'button';
  open.textContent = t('pdfBannerOpen');
  open.addEventListener('click', onOpen, { signal });
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'secondary';
  close.textContent = t('panelClose');
  close.addEventListener('click', () => host.remove(), { signal });

  banner.append(text, open, close);
  root.append(style, banner);
  (document.body ?? document.documentElement).append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
}
