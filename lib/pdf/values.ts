import { PDFCheckBox, type PDFDocument, PDFTextField } from 'pdf-lib';
import type { FormValues } from '../annexe1/fields';
import type { PdfBlank } from './types';

/**
 * The values a PDF's form fields hold, by key: texts with their line breaks as `\n`,
 * ticked boxes as `true`. Empty fields and unticked boxes are left out: they hold nothing
 * the user wrote.
 */
export function fieldValues(document: PDFDocument, blanks: readonly PdfBlank[]): FormValues {
  const form = document.getForm();
  const values: FormValues = {};
  for (const blank of blanks) {
    const field = blank.field ? form.getFieldMaybe(blank.field) : undefined;
    if (field instanceof PDFTextField) {
      const text = (field.getText() ?? '').replace(/\r\n?/g, '\n');
      if (text.trim() !== '') values[blank.key] = text;
    }
    if (field instanceof PDFCheckBox && field.isChecked()) values[blank.key] = true;
  }
  return values;
}
