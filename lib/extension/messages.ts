import type { FormValues } from '../annexe1/fields';

/**
 * What the extension's parts say to each other. Every message is checked on arrival:
 * a page can post anything to a content script's listeners.
 */

export type ExtensionMessage =
  /** content script → background: this tab holds the form (badge). */
  | { type: 'annexe1:detected' }
  /**
   * always-on content script → background: this frame reads as the Annexe 1; run the
   * assistant in it (issue 8: the panel and the mapper load only where the form is).
   */
  | { type: 'annexe1:recognised' }
  /** popup → content script: does this tab hold the form? Reply: `StatusReply`. */
  | { type: 'annexe1:status' }
  /** popup → background: run the content script in this tab now (activeTab). `StatusReply`. */
  | { type: 'annexe1:check-tab'; tabId: number }
  /** popup → content script: fill the form from the active profile. Reply: `FillSummary`. */
  | { type: 'annexe1:fill' }
  /**
   * background → content script: the user asked to check this page (popup, shortcut,
   * context menu); show the panel whether or not the form is there. Reply: `StatusReply`.
   */
  | { type: 'annexe1:requested' }
  /**
   * content script → background: check the page's values (the rules and their data live
   * in the background, out of the page's script). Reply: `Finding[]` in the UI language.
   */
  | { type: 'annexe1:check-form'; values: FormValues }
  /** content script → background: the active profile. Reply: `ActiveProfile | null`. */
  | { type: 'annexe1:active-profile' }
  /** content script over a PDF → background: open that PDF in the assistant. */
  | { type: 'annexe1:open-pdf'; url: string }
  /** content script → background: the profiles to choose from. Reply: `ProfileChoice`. */
  | { type: 'annexe1:profiles' }
  /** content script → background: make this profile the active one. Reply: `ProfileChoice`. */
  | { type: 'annexe1:choose-profile'; id: string }
  /**
   * options or assistant page → background, once the host permission is granted: download
   * the published whitelist and keep it. Reply: `DownloadResult` (lib/whitelist/store).
   */
  | { type: 'annexe1:whitelist-download' };

/** The profiles a page's panel offers: their names, and which one fills forms. */
export interface ProfileChoice {
  profiles: { id: string; name: string }[];
  activeId: string | null;
}

export interface StatusReply {
  detected: boolean;
}

export interface FillSummary {
  filled: number;
  skipped: number;
}

const TYPES = new Set([
  'annexe1:detected',
  'annexe1:recognised',
  'annexe1:status',
  'annexe1:check-tab',
  'annexe1:fill',
  'annexe1:requested',
  'annexe1:check-form',
  'annexe1:profiles',
  'annexe1:choose-profile',
  'annexe1:open-pdf',
  'annexe1:active-profile',
  'annexe1:whitelist-download',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` is a message of ours (any other sender's is ignored). */
export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (!isRecord(value)) return false;
  const { type, tabId, values, id, url } = value;
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  if (type === 'annexe1:check-tab') return typeof tabId === 'number' && Number.isInteger(tabId);
  if (type === 'annexe1:choose-profile') return typeof id === 'string';
  if (type === 'annexe1:open-pdf') return typeof url === 'string' && /^https?:\/\//.test(url);
  return type !== 'annexe1:check-form' || isRecord(values);
}
