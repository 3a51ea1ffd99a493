// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPdfDocument, showPdfBanner } from '@/entrypoints/annexe1.content/pdf-banner';

afterEach(() => document.body.replaceChildren());

const attach = HTMLElement.prototype.attachShadow;

/**
 * Shows the banner and hands back its shadow root, closed to the page: the test keeps the
 * root `attachShadow` returns, as the script itself does.
 */
function show(onOpen = vi.fn()) {
  let root: ShadowRoot | undefined;
  vi.restoreAllMocks();
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    root = attach.call(this, init);
    return root;
  });
  const controller = new AbortController();
  showPdfBanner(document, controller.signal, onOpen);
  return { controller, onOpen, root: root as ShadowRoot };
}

const buttonNamed = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((button) => button.textContent === name);

describe('the banner over a PDF tab', () => {
  it('offers to fill the PDF in the assistant, in French', () => {
    const { root, onOpen } = show();
    expect(root.textContent).toContain('Ce PDF est l’Annexe 1 ?');

    buttonNamed(root, 'Remplir ce PDF avec l’assistant')?.click();

    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('goes away when closed, or when the content script stops', () => {
    const first = show();
    buttonNamed(first.root, 'Fermer')?.click();
    expect(document.querySelector('annexe1-pdf-banner')).toBeNull();

    const second = show();
    second.controller.abort();
    expect(document.querySelector('annexe1-pdf-banner')).toBeNull();
  });

  it('is shown over PDF documents only', () => {
    expect(isPdfDocument(document)).toBe(false);
    expect(isPdfDocument({ contentType: 'application/pdf' } as Document)).toBe(true);
  });
});
