import type { ComponentChildren } from 'preact';
import { FieldFindings } from '@/components/options/FieldFindings';
import { type FieldKey, fieldByKey } from '@/lib/annexe1/fields';
import { fieldLabel } from '@/lib/i18n/labels';
import type { Finding } from '@/lib/rules';

export interface FieldControlProps {
  /** The control's id; its findings' list is `<id>-findings`. */
  id: string;
  fieldKey: FieldKey;
  value: string | boolean | undefined;
  /** The value may take several lines (a postal address). */
  multiline: boolean;
  findings: readonly Finding[];
  onChange: (key: FieldKey, value: string | boolean) => void;
  /** Shown under a text field's findings (an offer of another value). */
  children?: ComponentChildren;
}

const INPUT_MODES = { phone: 'tel', email: 'email' } as const;

/**
 * One field under the form's label: a check box, a line or a text area, with what the
 * rules say of its value tied to it (`aria-invalid`, `aria-describedby`) and their fixes.
 */
export function FieldControl(props: FieldControlProps) {
  const { id, fieldKey: key, value, multiline, findings, onChange } = props;
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
      {props.children}
    </div>
  );
}
