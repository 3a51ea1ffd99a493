import { FieldFindings } from '@/components/options/FieldFindings';
import { type FieldKey, fieldByKey } from '@/lib/annexe1/fields';
import { t } from '@/lib/i18n';
import { fieldLabel } from '@/lib/i18n/labels';
import type { Finding } from '@/lib/rules';

export interface FieldRowProps {
  fieldKey: FieldKey;
  value: string | boolean | undefined;
  /** The blank in the PDF takes several lines (a postal address). */
  multiline: boolean;
  findings: readonly Finding[];
  /** What the profile says, where the PDF already holds something else. */
  profileValue?: string;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

const INPUT_MODES = { phone: 'tel', email: 'email' } as const;

const inputId = (key: string) => `pdf-${key.replaceAll('.', '-')}`;

function ProfileOffer({ fieldKey, profileValue, onChange }: FieldRowProps) {
  if (profileValue === undefined) return null;
  return (
    <p class="offer">
      {t('assistantProfileDiffers', { value: profileValue })}{' '}
      <button type="button" class="secondary" onClick={() => onChange(fieldKey, profileValue)}>
        {t('assistantUseProfile')}
      </button>
    </p>
  );
}

/** One blank of the PDF: its label, what is in it, what the rules say of it. */
export function FieldRow(props: FieldRowProps) {
  const { fieldKey: key, value, multiline, findings, onChange } = props;
  const id = inputId(key);
  const describedBy = findings.length > 0 ? `${id}-findings` : undefined;
  const list = (
    <FieldFindings id={`${id}-findings`} findings={findings} onFix={(fix) => onChange(key, fix)} />
  );
  const kind = fieldByKey(key).kind;

  if (kind === 'checkbox') {
    return (
      <div class="check">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-describedby={describedBy}
          onChange={(event) => onChange(key, event.currentTarget.checked)}
        />
        <label for={id}>{fieldLabel(key)}</label>
        {list}
      </div>
    );
  }

  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    inputMode: INPUT_MODES[kind as keyof typeof INPUT_MODES],
    'aria-invalid': findings.some((f) => f.severity === 'error') ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    spellcheck: false,
    onInput: (event: Event) => onChange(key, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{fieldLabel(key)}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {list}
      <ProfileOffer {...props} />
    </div>
  );
}
