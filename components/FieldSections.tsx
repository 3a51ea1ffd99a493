import type { ComponentChild } from 'preact';
import { FIELDS } from '@/lib/annexe1/fields';
import { type ColumnId, SECTIONS, type SectionDef } from '@/lib/annexe1/sections';
import { columnTitle, sectionTitle } from '@/lib/i18n/labels';

/** A field of the catalogue, its key typed. */
type Field = (typeof FIELDS)[number];

export interface FieldSectionsProps {
  /** Whether a field is shown (a profile's fields, a PDF's blanks). */
  shows: (field: Field) => boolean;
  /** A shown field's control, keyed by the field's key. */
  render: (field: Field) => ComponentChild;
}

function Section({ section, shows, render }: FieldSectionsProps & { section: SectionDef }) {
  const fields = FIELDS.filter((field) => field.section === section.id && shows(field));
  if (fields.length === 0) return null;
  const inColumn = (column?: ColumnId) =>
    fields.filter((field) => field.column === column).map(render);

  // In the paired blocks, « Nom Prénom » and « Tél » are told apart by their column.
  return (
    <fieldset>
      <legend>{sectionTitle(section.id)}</legend>
      {section.columns
        ? section.columns.map((column) => (
            <fieldset class="column" key={column.id}>
              <legend>{columnTitle(column.id)}</legend>
              {inColumn(column.id)}
            </fieldset>
          ))
        : inColumn()}
    </fieldset>
  );
}

/** Fields grouped as the form prints them: its blocks, and the columns of the paired ones. */
export function FieldSections(props: FieldSectionsProps) {
  return (
    <>
      {SECTIONS.map((section) => (
        <Section key={section.id} section={section} {...props} />
      ))}
    </>
  );
}
