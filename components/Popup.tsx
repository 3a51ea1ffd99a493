import type { TabStatus } from '@/lib/extension/tab-status';
import { t } from '@/lib/i18n';

interface PopupProps {
  status: TabStatus;
  onOpenAssistant: () => void;
  onOpenOptions: () => void;
}

const STATUS_TEXT = {
  page: 'popupStatusPage',
  pdf: 'popupStatusPdf',
  none: 'popupStatusNone',
} as const;

/** The toolbar popup: what the current tab holds, and where to go from there. */
export function Popup({ status, onOpenAssistant, onOpenOptions }: PopupProps) {
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <p role="status" aria-live="polite">
        {status === 'checking' ? '' : t(STATUS_TEXT[status])}
      </p>
      <div class="actions">
        <button type="button" onClick={onOpenAssistant}>
          {t(status === 'pdf' ? 'popupOpenPdf' : 'popupOpenAssistant')}
        </button>
        <button type="button" class="secondary" onClick={onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
      </div>
    </main>
  );
}
