import { FIELDS, type FieldDef, type FieldKey, type FormValues } from '@/lib/annexe1/fields';
import { SECTIONS, type SectionDef } from '@/lib/annexe1/sections';
import { t } from '@/lib/i18n';
import { columnTitle, fieldLabel, sectionTitle } from '@/lib/i18n/labels';

interface ProfileFormProps {
  values: FormValues;
  onChange: (key: FieldKey, value: string | boolean) => void;
  onSave: () => void;
  /** The outcome of the last save, as shown to the user. */
  notice?: { kind: 'ok' | 'error'; text: string };
}

const inputId = (key: FieldKey) => `field-${key.replace('.', '-')}`;

function FieldInput({ field, values, onChange }: { field: FieldDef } & ProfileFormProps) {
  const key = field.key as FieldKey;
  const value = values[key];
  if (field.kind === 'checkbox') {
    return (
      <label class="check">
        <input
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(key, event.currentTarget.checked)}
        />
        {fieldLabel(key)}
      </label>
    );
  }

  const common = {
    id: inputId(key),
    value: typeof value === 'string' ? value : '',
    onInput: (event: Event) => onChange(key, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={common.id}>{fieldLabel(key)}</label>
      {field.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

function Section({ section, ...props }: { section: SectionDef } & ProfileFormProps) {
  const fields = FIELDS.filter((field) => field.profile && field.section === section.id);
  if (fields.length === 0) return null;
  const groups = section.columns?.map((column) => ({
    title: columnTitle(column.id),
    fields: fields.filter((field) => field.column === column.id),
  })) ?? [{ title: undefined, fields }];

  return (
    <fieldset>
      <legend>{sectionTitle(section.id)}</legend>
      {groups.map((group) => (
        <div class="group" key={group.title ?? section.id}>
          {group.title && <h3>{group.title}</h3>}
          {group.fields.map((field) => (
            <FieldInput key={field.key} field={field} {...props} />
          ))}
        </div>
      ))}
    </fieldset>
  );
}

/** The operator's profile: every field a structure keeps, grouped as the form prints them. */
export function ProfileForm(props: ProfileFormProps) {
  return (
    <form
      class="profile"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      {SECTIONS.map((section) => (
        <Section key={section.id} section={section} {...props} />
      ))}
      <div class="save">
        <button type="submit">{t('optionsSave')}</button>
        {props.notice && (
          <p role="status" class={props.notice.kind}>
            {props.notice.text}
          </p>
        )}
      </div>
    </form>
  );
}
