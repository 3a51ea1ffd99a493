import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/rules';

interface FieldFindingsProps {
  /** The list's id, which the field points to with `aria-describedby`. */
  id: string;
  findings: readonly Finding[];
  /** Replaces the field's value with a finding's suggested correction. */
  onFix: (value: string) => void;
}

const SEVERITY_TEXT = {
  error: 'optionsSeverityError',
  warning: 'optionsSeverityWarning',
  info: 'optionsSeverityInfo',
} as const;

/** What the rules say of one field, under it; a suggested correction is one click away. */
export function FieldFindings({ id, findings, onFix }: FieldFindingsProps) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} class="findings">
      {findings.map((finding) => (
        <li key={finding.code} class={finding.severity}>
          <strong>{t(SEVERITY_TEXT[finding.severity])}</strong> {finding.message}
          {finding.suggestion !== undefined && (
            <Suggestion value={finding.suggestion} onFix={onFix} />
          )}
        </li>
      ))}
    </ul>
  );
}

function Suggestion({ value, onFix }: { value: string; onFix: (value: string) => void }) {
  return (
    <span class="suggestion">
      {t('optionsSuggestion')} <q>{value}</q>{' '}
      <button
        type="button"
        class="secondary"
        aria-label={t('optionsFixLabel', { value })}
        onClick={() => onFix(value)}
      >
        {t('optionsFix')}
      </button>
    </span>
  );
}
