import { FIELDS, type FieldDef, type FieldKey, type FormValues } from '@/lib/annexe1/fields';
import { SECTIONS, type SectionDef } from '@/lib/annexe1/sections';
import { columnTitle, fieldLabel, sectionTitle } from '@/lib/i18n/labels';
import type { Finding } from '@/lib/rules';
import { FieldFindings } from './FieldFindings';

export interface ProfileFieldsProps {
  values: FormValues;
  /** The rules' findings by field, for the values shown. */
  findings: Partial<Record<FieldKey, readonly Finding[]>>;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

type FieldProps = ProfileFieldsProps & { field: FieldDef };

const inputId = (key: string) => `field-${key.replaceAll('.', '-')}`;

function FieldInput({ field, values, findings, onChange }: FieldProps) {
  const key = field.key as FieldKey;
  const value = values[key];
  const id = inputId(key);
  const found = findings[key] ?? [];
  const describedBy = found.length > 0 ? `${id}-findings` : undefined;
  const invalid = found.some((finding) => finding.severity === 'error');
  const list = (
    <FieldFindings id={`${id}-findings`} findings={found} onFix={(fix) => onChange(key, fix)} />
  );

  if (field.kind === 'checkbox') {
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
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    spellcheck: false,
    onInput: (event: Event) => onChange(key, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{fieldLabel(key)}</label>
      {field.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {list}
    </div>
  );
}

function Section({ section, ...props }: ProfileFieldsProps & { section: SectionDef }) {
  const fields = FIELDS.filter((field) => field.profile && field.section === section.id);
  if (fields.length === 0) return null;
  const inputs = (shown: readonly FieldDef[]) =>
    shown.map((field) => <FieldInput key={field.key} field={field} {...props} />);

  // In the paired blocks, « Nom Prénom » and « Tél » are told apart by their column.
  return (
    <fieldset>
      <legend>{sectionTitle(section.id)}</legend>
      {section.columns
        ? section.columns.map((column) => (
            <fieldset class="column" key={column.id}>
              <legend>{columnTitle(column.id)}</legend>
              {inputs(fields.filter((field) => field.column === column.id))}
            </fieldset>
          ))
        : inputs(fields)}
    </fieldset>
  );
}

/**
 * Every field a profile holds, grouped by the form's blocks and columns under the form's
 * labels, each with what the rules say of its value.
 */
export function ProfileFields(props: ProfileFieldsProps) {
  return (
    <>
      {SECTIONS.map((section) => (
        <Section key={section.id} section={section} {...props} />
      ))}
    </>
  );
}
