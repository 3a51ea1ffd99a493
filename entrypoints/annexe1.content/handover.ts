/**
 * The always-on script and the assistant share the page's isolated world (both are ours,
 * in the same frame): once the assistant runs there, it answers for the page and the
 * always-on script stays quiet.
 */

const MARK = Symbol.for('mssante-annexe1-assistant');

/** Says that the assistant runs in this frame (called by the assistant as it starts). */
export function markAssistantRunning(): void {
  (globalThis as Record<symbol, unknown>)[MARK] = true;
}

/** True once the assistant runs in this frame. */
export function assistantRunning(): boolean {
  return (globalThis as Record<symbol, unknown>)[MARK] === true;
}
