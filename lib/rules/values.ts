import type { FieldKey, FormValues } from '../annexe1/fields';

/** The trimmed text of a field; '' for a blank, a check box or a value of the wrong type. */
export function textOf(form: FormValues, key: FieldKey): string {
  const value = form[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** True when the field holds something: text other than spaces, or a ticked box. */
export function isFilled(form: FormValues, key: FieldKey): boolean {
  return form[key] === true || textOf(form, key) !== '';
}

/** True when the check box is ticked; anything but `true` counts as unticked. */
export function isTicked(form: FormValues, key: FieldKey): boolean {
  return form[key] === true;
}
