import {
  PDFBool,
  PDFCheckBox,
  PDFDict,
  type PDFDocument,
  type PDFFont,
  PDFName,
  PDFTextField,
  type PDFWidgetAnnotation,
} from 'pdf-lib';
import type { FormValues } from '../annexe1/fields';
import { type Box, DEFAULT_FONT_SIZE, type Fit, fitLine, fitLines, foldLines } from './fit';
import type { FillNotes } from './notes';
import type { PdfBlank } from './types';

/**
 * Filling an AcroForm: each field set from its key's value, at a font size that fits, its
 * appearance drawn with the embedded font (so that every viewer shows it, whatever
 * characters it holds), and the fields left editable.
 */

const SIZE_IN_DA = /(\/[^\s/]+\s+)([\d.]+)(\s+Tf)/;

/** The room for text inside a widget, as pdf-lib's appearance leaves it (border, padding). */
function widgetBox(widget: PDFWidgetAnnotation, combed: boolean): Box {
  const { width, height } = widget.getRectangle();
  const border = widget.getBorderStyle()?.getWidth() ?? 0;
  const inset = 2 * (border + (combed ? 0 : 1));
  const quarter = (widget.getAppearanceCharacteristics()?.getRotation() ?? 0) % 180 !== 0;
  return quarter
    ? { width: height - inset, height: width - inset }
    : { width: width - inset, height: height - inset };
}

function daSize(appearance: string | undefined): number {
  const size = Number(appearance?.match(SIZE_IN_DA)?.[2] ?? 0);
  return size > 0 ? size : DEFAULT_FONT_SIZE;
}

/** Sets the font size of the field's default appearance, and of its widgets' own. */
function setFontSize(field: PDFTextField, font: PDFFont, size: number): void {
  const da = field.acroField.getDefaultAppearance();
  field.acroField.setDefaultAppearance(
    da && SIZE_IN_DA.test(da)
      ? da.replace(SIZE_IN_DA, `$1${size}$3`)
      : `/${font.name} ${size} Tf 0 g`,
  );
  for (const widget of field.acroField.getWidgets()) {
    const own = widget.getDefaultAppearance();
    if (own && SIZE_IN_DA.test(own))
      widget.setDefaultAppearance(own.replace(SIZE_IN_DA, `$1${size}$3`));
  }
}

function fillText(
  field: PDFTextField,
  blank: PdfBlank,
  value: string,
  font: PDFFont,
  notes: FillNotes,
) {
  const text = field.isMultiline() ? value.replace(/\r\n?/g, '\n') : foldLines(value);
  const maxLength = field.getMaxLength();
  if (maxLength !== undefined && text.length > maxLength) {
    notes.tooManyCharacters(blank.key, maxLength, text.length);
    return;
  }
  const max = daSize(field.acroField.getDefaultAppearance());
  const fits: Fit[] = field.acroField.getWidgets().map((widget) => {
    const box = widgetBox(widget, field.isCombed());
    return field.isMultiline() ? fitLines(text, font, box, max) : fitLine(text, font, box, max);
  });
  const size = Math.min(...fits.map((fit) => fit.size));
  if (fits.some((fit) => !fit.fits)) notes.tooLong(blank.key, size);
  setFontSize(field, font, size);
  field.setText(text);
}

/** Puts the font in the form's resources, so that the fields' `/DA` names a font it has. */
function shareFont(document: PDFDocument, font: PDFFont): void {
  const { dict } = document.getForm().acroForm;
  const resources = dict.lookupMaybe(PDFName.of('DR'), PDFDict) ?? document.context.obj({});
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict) ?? document.context.obj({});
  fonts.set(PDFName.of(font.name), font.ref);
  resources.set(PDFName.of('Font'), fonts);
  dict.set(PDFName.of('DR'), resources);
}

/**
 * Writes `values` into the form fields of `blanks`; a value left undefined leaves its field
 * as it is. Viewers are told to show the appearances drawn here (`NeedAppearances` off):
 * redrawn with their own fonts, U+202F and the like would show as gaps or boxes.
 */
export function fillFields(
  document: PDFDocument,
  blanks: readonly PdfBlank[],
  values: FormValues,
  font: PDFFont,
  notes: FillNotes,
): void {
  const form = document.getForm();
  for (const blank of blanks) {
    const value = values[blank.key];
    const field = blank.field ? form.getFieldMaybe(blank.field) : undefined;
    if (value === undefined || !field) continue;
    if (field instanceof PDFCheckBox) {
      if (value === true) field.check();
      else field.uncheck();
    }
    if (field instanceof PDFTextField && typeof value === 'string') {
      fillText(field, blank, value, font, notes);
    }
  }
  form.updateFieldAppearances(font);
  shareFont(document, font);
  form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.False);
}
