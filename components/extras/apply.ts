import type { FieldKey, FormValues } from '@/lib/annexe1/fields';

/**
 * Sets several fields through an `onChange` made for one. The editors build each change on
 * the one before, so the calls may follow each other in one event.
 */
export function applyValues(
  onChange: (key: FieldKey, value: string | boolean) => void,
  values: FormValues,
): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) onChange(key as FieldKey, value);
  }
}
