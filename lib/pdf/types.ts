import type { FieldKey, FormValues } from '../annexe1/fields';
import type { Rect } from './geometry';

/** Where a field's value goes in the PDF. */
export interface PdfBlank {
  key: FieldKey;
  /** Page index, from 0. */
  page: number;
  kind: 'text' | 'checkbox';
  /** In PDF points: the widget's rectangle, or the dotted line's (all its rows). */
  rect: Rect;
  /** The value may take several lines (a multiline field, stacked dotted lines). */
  multiline: boolean;
  /** A form field's fully qualified name; absent on a flat form. */
  field?: string;
  /** A flat blank's dotted lines: their baselines, top first, and the dots' font size. */
  rows?: number[];
  size?: number;
}

/** The Annexe 1 found in a PDF. */
export interface Annexe1Pdf {
  /** `fields`: an AcroForm; `flat`: printed blanks, written over. */
  form: 'fields' | 'flat';
  pageCount: number;
  /** Each mapped blank, in reading order; one per key. */
  blanks: PdfBlank[];
  /** What the PDF already holds: non-empty texts, ticked boxes. */
  values: FormValues;
  /** Form fields no key could be given to, by name: filling leaves them alone. */
  unmapped: string[];
}
