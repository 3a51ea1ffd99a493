/**
 * What the extension's parts say to each other. Every message is checked on arrival:
 * a page can post anything to a content script's listeners.
 */

export type ExtensionMessage =
  /** content script → background: this tab holds the form (badge). */
  | { type: 'annexe1:detected' }
  /** popup → content script: does this tab hold the form? Reply: `StatusReply`. */
  | { type: 'annexe1:status' }
  /** popup → background: run the content script in this tab now (activeTab). */
  | { type: 'annexe1:check-tab'; tabId: number }
  /** popup → content script: fill the form from the active profile. Reply: `FillSummary`. */
  | { type: 'annexe1:fill' };

export interface StatusReply {
  detected: boolean;
}

export interface FillSummary {
  filled: number;
  skipped: number;
}

const TYPES = new Set(['annexe1:detected', 'annexe1:status', 'annexe1:check-tab', 'annexe1:fill']);

/** True when `value` is a message of ours (any other sender's is ignored). */
export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tabId } = value as { type?: unknown; tabId?: unknown };
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  return type !== 'annexe1:check-tab' || (typeof tabId === 'number' && Number.isInteger(tabId));
}
