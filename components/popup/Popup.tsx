import type { TabStatus } from '@/lib/extension/tab-status';
import { t } from '@/lib/i18n';
import { ProfileSelect, type ProfileSelectProps } from './ProfileSelect';

export interface PopupProps {
  status: TabStatus;
  profiles: ProfileSelectProps;
  /** The outcome of the last action (check, fill), as shown to the user. */
  outcome?: { kind: 'ok' | 'error'; text: string };
  /** An action is under way: its button waits. */
  busy: boolean;
  onCheck: () => void;
  /** Present when the tab's site may be allowed for good. */
  onAllowSite?: () => void;
  onFill: () => void;
  onOpenPdf: () => void;
  onOpenAssistant: () => void;
  onOpenOptions: () => void;
}

const STATUS_TEXT = {
  page: 'popupStatusPage',
  pdf: 'popupStatusPdf',
  none: 'popupStatusNone',
} as const;

/**
 * The toolbar popup: the profile that fills forms, what the current tab holds, and what can
 * be done there.
 */
export function Popup(props: PopupProps) {
  const { status, busy } = props;
  const canFill = status === 'page' && props.profiles.activeId !== null;

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <ProfileSelect {...props.profiles} />
      <p role="status" class="tab-status">
        {status === 'checking' ? '' : t(STATUS_TEXT[status])}
      </p>
      <div class="actions">
        {canFill && (
          <button type="button" disabled={busy} onClick={props.onFill}>
            {t('popupFill')}
          </button>
        )}
        {status === 'none' && (
          <button type="button" disabled={busy} onClick={props.onCheck}>
            {t('popupCheck')}
          </button>
        )}
        {props.onAllowSite && status !== 'checking' && (
          <button type="button" class="secondary" disabled={busy} onClick={props.onAllowSite}>
            {t('popupAllowSite')}
          </button>
        )}
        {status === 'pdf' && (
          <button type="button" onClick={props.onOpenPdf}>
            {t('popupOpenPdf')}
          </button>
        )}
        <p role="status" class={props.outcome?.kind}>
          {props.outcome?.text}
        </p>
        <button type="button" class="secondary" onClick={props.onOpenAssistant}>
          {t('popupOpenAssistant')}
        </button>
        <a
          class="options-link"
          href="/options.html"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenOptions();
          }}
        >
          {t('popupOpenOptions')}
        </a>
      </div>
    </main>
  );
}
