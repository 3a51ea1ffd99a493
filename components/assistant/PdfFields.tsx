import { FIELDS, type FieldKey, type FormValues } from '@/lib/annexe1/fields';
import { type ColumnId, SECTIONS, type SectionDef } from '@/lib/annexe1/sections';
import { columnTitle, sectionTitle } from '@/lib/i18n/labels';
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

function rows(props: PdfFieldsProps, section: SectionDef, column?: ColumnId) {
  return FIELDS.filter(
    (field) => props.keys.has(field.key) && field.section === section.id && field.column === column,
  ).map((field) => (
    <FieldRow
      key={field.key}
      fieldKey={field.key}
      value={props.values[field.key]}
      multiline={props.multiline.has(field.key)}
      findings={props.findings[field.key] ?? []}
      profileValue={props.differences.get(field.key)}
      onChange={props.onChange}
    />
  ));
}

function Section({ section, ...props }: PdfFieldsProps & { section: SectionDef }) {
  if (!FIELDS.some((field) => props.keys.has(field.key) && field.section === section.id)) {
    return null;
  }
  // In the paired blocks, « Nom Prénom » and « Tél » are told apart by their column.
  return (
    <fieldset>
      <legend>{sectionTitle(section.id)}</legend>
      {section.columns
        ? section.columns.map((column) => (
            <fieldset class="column" key={column.id}>
              <legend>{columnTitle(column.id)}</legend>
              {rows(props, section, column.id)}
            </fieldset>
          ))
        : rows(props, section)}
    </fieldset>
  );
}

/** The PDF's blanks, grouped as the form prints them, under the form's own labels. */
export function PdfFields(props: PdfFieldsProps) {
  return (
    <>
      {SECTIONS.map((section) => (
        <Section key={section.id} section={section} {...props} />
      ))}
    </>
  );
}
