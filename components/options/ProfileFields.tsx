import { FieldControl } from '@/components/FieldControl';
import { FieldSections } from '@/components/FieldSections';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import type { Finding } from '@/lib/rules';

export interface ProfileFieldsProps {
  values: FormValues;
  /** The rules' findings by field, for the values shown. */
  findings: Partial<Record<FieldKey, readonly Finding[]>>;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

/**
 * Every field a profile holds, grouped by the form's blocks and columns under the form's
 * labels, each with what the rules say of its value.
 */
export function ProfileFields({ values, findings, onChange }: ProfileFieldsProps) {
  return (
    <FieldSections
      shows={(field) => field.profile}
      render={(field) => (
        <FieldControl
          key={field.key}
          id={`field-${field.key.replaceAll('.', '-')}`}
          fieldKey={field.key}
          value={values[field.key]}
          multiline={field.multiline === true}
          findings={findings[field.key] ?? []}
          onChange={onChange}
        />
      )}
    />
  );
}
