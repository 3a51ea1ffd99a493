import { OWN_UI_ATTRIBUTE } from './read';

/**
 * Knowing when to look for the form again: a page that renders late or swaps its form adds
 * or removes controls; a page that only changes text, styles or our own marks does not.
 * The page is read again once the changes settle, never on every mutation.
 */

const CONTROLS = 'input, textarea, select, iframe';

// TODO [2026-12-03]: controls added inside a shadow root or a frame after the first reading
// go unseen (only the page's own tree is observed); waits for a page that needs it.

function bringsControls(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return false;
  return (
    element.matches(CONTROLS) || element.shadowRoot !== null || !!element.querySelector(CONTROLS)
  );
}

/** True when some of `records` add or remove a control (or what may hold one). */
export function touchesControls(records: readonly MutationRecord[]): boolean {
  return records.some(
    (record) =>
      [...record.addedNodes].some(bringsControls) || [...record.removedNodes].some(bringsControls),
  );
}

/**
 * Calls `onChange` once controls have been added to or removed from `root`'s document
 * and no such change came for `delay` milliseconds. Stops with `signal`.
 *
 * @example watchControls(document, () => redetect(), ctx.signal)
 */
export function watchControls(
  root: Document,
  onChange: () => void,
  signal: AbortSignal,
  delay = 300,
): void {
  const view = root.defaultView;
  if (!view || signal.aborted) return;
  let timer: number | undefined;

  const observer = new view.MutationObserver((records) => {
    if (!touchesControls(records)) return;
    view.clearTimeout(timer);
    timer = view.setTimeout(() => {
      if (!signal.aborted) onChange();
    }, delay);
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.clearTimeout(timer);
  });
}
