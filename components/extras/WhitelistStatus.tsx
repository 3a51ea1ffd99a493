import { getLocale, t } from '@/lib/i18n';
import { ageInDays } from '@/lib/whitelist';
import type { StoredWhitelist } from '@/lib/whitelist/store';
import type { WhitelistState } from './use-whitelist';

/** Past this age a copy is said to be stale: the agency updates the list every day. */
const STALE_DAYS = 30;

/** The stored copy's date and age, and the button that downloads a new one. */
export function WhitelistStatus({ list, busy, error, download }: WhitelistState) {
  return (
    <div class="extras-whitelist-status">
      <p data-testid="whitelist-age">{list ? describe(list) : t('extrasWhitelistNone')}</p>
      {list && ageInDays(list.fetchedAt, new Date()) > STALE_DAYS && (
        <p class="warning">{t('extrasWhitelistOld', { days: STALE_DAYS })}</p>
      )}
      <button type="button" class="secondary" disabled={busy} onClick={download}>
        {busy ? t('extrasWhitelistDownloading') : t('extrasWhitelistDownload')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}

function describe(list: StoredWhitelist): string {
  const days = ageInDays(list.fetchedAt, new Date());
  const generated = Date.parse(list.generatedAt || list.fetchedAt);
  const date = Number.isNaN(generated)
    ? list.generatedAt
    : new Date(generated).toLocaleDateString(getLocale());
  const values = { date, count: list.entries.length, days };
  return days === 0 ? t('extrasWhitelistAgeToday', values) : t('extrasWhitelistAge', values);
}
