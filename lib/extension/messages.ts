/**
 * What the extension's parts say to each other. Every message is checked on arrival:
 * a page can post anything to a content script's listeners.
 */

export type ExtensionMessage = { type: 'annexe1:detected' } | { type: 'annexe1:status' };

export interface StatusReply {
  detected: boolean;
}

/** True when `value` is a message of ours (any other sender's is ignored). */
export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'annexe1:detected' || type === 'annexe1:status';
}
