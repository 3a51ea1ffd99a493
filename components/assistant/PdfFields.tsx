import { FieldSections } from '@/components/FieldSections';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import type { Finding } from '@/lib/rules';
import { FieldRow } from './FieldRow';

export interface PdfFieldsProps {
  /** The keys of the PDF's blanks; the multi-line ones apart. */
  keys: ReadonlySet<FieldKey>;
  multiline: ReadonlySet<FieldKey>;
  values: FormValues;
  findings: Partial<Record<FieldKey, readonly Finding[]>>;
  /** The profile's values where the PDF holds others. */
  differences: ReadonlyMap<FieldKey, string>;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

/** The PDF's blanks, grouped as the form prints them, under the form's own labels. */
export function PdfFields(props: PdfFieldsProps) {
  return (
    <FieldSections
      shows={(field) => props.keys.has(field.key)}
      render={(field) => (
        <FieldRow
          key={field.key}
          fieldKey={field.key}
          value={props.values[field.key]}
          multiline={props.multiline.has(field.key)}
          findings={props.findings[field.key] ?? []}
          profileValue={props.differences.get(field.key)}
          onChange={props.onChange}
        />
      )}
    />
  );
}
