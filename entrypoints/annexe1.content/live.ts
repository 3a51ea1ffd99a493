import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Checking as the user types: one listener per document that holds the form (the page,
 * a same-origin frame), at capture so that a page stopping the event does not blind us,
 * and one check per animation frame however fast the keys come.
 */

export interface Typing {
  /** Listens in `documents` too (a frame's document after detection). */
  listen(documents: Iterable<Document>): void;
  /** Runs `fn` with the page's input events ignored: the assistant's own fill and undo. */
  quietly<T>(fn: () => T): T;
}

/** Calls `onTyped` with the control (inside shadow roots too) the user typed in or ticked. */
export function watchTyping(
  ctx: ContentScriptContext,
  onTyped: (target: EventTarget) => void,
): Typing {
  const listened = new WeakSet<Document>();
  let quiet = false;
  const handler = (event: Event) => {
    const target = event.composedPath()[0];
    if (!quiet && target && ctx.isValid) onTyped(target);
  };

  return {
    listen(documents) {
      for (const document of documents) {
        if (listened.has(document)) continue;
        listened.add(document);
        const options = { capture: true, signal: ctx.signal };
        document.addEventListener('input', handler, options);
        document.addEventListener('change', handler, options);
      }
    },
    quietly(fn) {
      quiet = true;
      try {
        return fn();
      } finally {
        quiet = false;
      }
    },
  };
}

/**
 * A check that runs at the next animation frame however often it is asked for, never two
 * at a time: asked for while one runs, it runs again once that one is done.
 */
export function frameScheduler(ctx: ContentScriptContext, check: () => Promise<void>): () => void {
  let planned = false;
  let running = false;
  let again = false;

  const run = async () => {
    planned = false;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await check();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    if (planned) return;
    planned = true;
    ctx.requestAnimationFrame(() => void run());
  };
  return schedule;
}
