import { useEffect, useRef } from 'preact/hooks';

/** A sentence for the user; an `action` (such as « Annuler ») is offered beside it. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
  action?: { label: string; run: () => void };
}

/**
 * The outcome of the last action. Both live regions stay in the page, empty or not, so
 * that screen readers announce what appears in them; an error is announced at once.
 */
export function NoticeBar({ notice }: { notice: Notice | undefined }) {
  const action = useRef<HTMLButtonElement>(null);
  // An undo is offered right after the deed: the keyboard is taken to it.
  useEffect(() => action.current?.focus(), [notice]);

  const body = (kind: Notice['kind']) =>
    notice?.kind === kind && (
      <p class={`notice ${kind}`}>
        {notice.text}
        {notice.action && (
          <button type="button" class="secondary" ref={action} onClick={notice.action.run}>
            {notice.action.label}
          </button>
        )}
      </p>
    );

  return (
    <div class="notices">
      <div role="status">{body('ok')}</div>
      <div role="alert">{body('error')}</div>
    </div>
  );
}
