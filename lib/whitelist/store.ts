import { storage } from '#imports';
import { t } from '../i18n';
import { type CompactWhitelist, compactWhitelist, expandWhitelist } from './compact';
import { WHITELIST_URL, whitelistErrorMessage } from './index';
import { parseWhitelistFile, WHITELIST_MAX_CHARS, type Whitelist, WhitelistError } from './parse';

/**
 * The last downloaded copy of the whitelist, in the local area and in its compact form
 * (no `unlimitedStorage` needed). It stays until a download succeeds: a failed or
 * malformed download never replaces a good copy.
 */

export const whitelistItem = storage.defineItem<CompactWhitelist | null>('local:whitelist', {
  fallback: null,
});

export type StoredWhitelist = Whitelist & { readonly fetchedAt: string };

/** What the pages show of the stored copy. */
export interface WhitelistSummary {
  readonly generatedAt: string;
  readonly fetchedAt: string;
  readonly count: number;
}

export type DownloadResult =
  | { readonly ok: true; readonly summary: WhitelistSummary }
  | { readonly ok: false; readonly message: string };

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The stored copy, or null when none was downloaded (or storage holds something else). */
export async function loadStoredWhitelist(): Promise<StoredWhitelist | null> {
  return expandWhitelist(await whitelistItem.getValue());
}

/** Calls `listener` with each new stored copy; returns the function that stops it. */
export function watchStoredWhitelist(listener: (list: StoredWhitelist | null) => void): () => void {
  return whitelistItem.watch((value) => listener(expandWhitelist(value)));
}

/** The figures of a copy, for « Liste du …, téléchargée il y a … ». */
export function summaryOf(list: StoredWhitelist): WhitelistSummary {
  const { generatedAt, fetchedAt, entries } = list;
  return { generatedAt, fetchedAt, count: entries.length };
}

/**
 * Downloads the list from its one official address, checks it whole and stores it.
 * Never throws: the reason of a failure is in the user's language. `fetcher` is the
 * browser's `fetch` (the host permission must have been granted).
 */
export async function downloadWhitelist(fetcher: Fetch, now = new Date()): Promise<DownloadResult> {
  let xml: string;
  try {
    const response = await fetcher(WHITELIST_URL, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) return failed(`HTTP ${response.status}`);
    // Refused before reading when the server announces too much (UTF-8: up to 4 bytes a char).
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > WHITELIST_MAX_CHARS * 4) {
      return { ok: false, message: whitelistErrorMessage(new WhitelistError('too-large')) };
    }
    xml = await response.text();
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
  try {
    const compact = compactWhitelist(parseWhitelistFile(xml), now);
    await whitelistItem.setValue(compact);
    const { generatedAt, fetchedAt } = compact;
    return { ok: true, summary: { generatedAt, fetchedAt, count: compact.rows.length } };
  } catch (error) {
    return { ok: false, message: whitelistErrorMessage(error) };
  }
}

function failed(reason: string): DownloadResult {
  return { ok: false, message: t('extrasWhitelistDownloadFailed', { reason }) };
}
