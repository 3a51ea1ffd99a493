import type { FieldKey } from '../annexe1/fields';
import type { ColumnId, SectionId } from '../annexe1/sections';
import { type MessageKey, t } from './index';

/** A field's label for the interface, as printed on the form (English: translated). */
export function fieldLabel(key: FieldKey): string {
  return t(`field.${key}` as MessageKey);
}

/** A block's title for the interface. */
export function sectionTitle(id: SectionId): string {
  return t(`section.${id}` as MessageKey);
}

/** A column's title, in the two paired blocks. */
export function columnTitle(id: ColumnId): string {
  return t(`column.${id}` as MessageKey);
}
