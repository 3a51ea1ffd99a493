import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtensionMessage } from '@/lib/extension/messages';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import { setWhitelist } from '@/lib/rules';
import { indexWhitelist, WHITELIST_URL, type WhitelistIndex } from '@/lib/whitelist';
import {
  type DownloadResult,
  loadStoredWhitelist,
  type StoredWhitelist,
  watchStoredWhitelist,
} from '@/lib/whitelist/store';

/**
 * The stored whitelist for a page (options, assistant): read once, kept current when the
 * background stores a new copy, handed to the rules' two whitelist checks, and downloaded
 * on request. The one place these views touch the browser.
 */
export interface WhitelistState {
  /** undefined while reading storage, null when no copy was ever downloaded. */
  list: StoredWhitelist | null | undefined;
  index: WhitelistIndex | undefined;
  busy: boolean;
  /** Why the last download failed. */
  error: string | undefined;
  download: () => void;
}

export function useWhitelist(): WhitelistState {
  const [list, setList] = useState<StoredWhitelist | null>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    loadStoredWhitelist().then(
      (stored) => live && setList(stored),
      (problem: unknown) => logger.warn('stored whitelist', problem),
    );
    const stop = watchStoredWhitelist(setList);
    return () => {
      live = false;
      stop();
    };
  }, []);

  // TODO [2026-12-03]: the page's own findings (domain listed, withdrawal) are recomputed
  // at the next edit after the list loads, not at once: the checking hooks are not ours.
  const index = useMemo(() => (list ? indexWhitelist(list.entries) : undefined), [list]);
  useEffect(() => {
    if (list !== undefined) setWhitelist(index ? index.domains() : null);
  }, [index, list]);

  const download = () => {
    setError(undefined);
    setBusy(true);
    // Asked in the click itself: browsers grant permissions only during a user gesture.
    browser.permissions
      .request({ origins: [WHITELIST_URL] })
      .then(async (granted) => {
        if (!granted) return setError(t('extrasWhitelistPermissionDenied'));
        const message: ExtensionMessage = { type: 'annexe1:whitelist-download' };
        const result = (await browser.runtime.sendMessage(message)) as DownloadResult;
        if (!result.ok) setError(result.message);
      })
      .catch((problem: unknown) => {
        logger.warn('whitelist download', problem);
        setError(t('extrasWhitelistDownloadFailed', { reason: String(problem) }));
      })
      .finally(() => setBusy(false));
  };

  return { list, index, busy, error, download };
}
