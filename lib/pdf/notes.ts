import type { FieldKey } from '../annexe1/fields';
import { type Finding, type Issue, issue, toFinding } from '../rules/finding';

/**
 * What filling found the user should know: a value that does not fit its blank even in
 * small print, one longer than its field accepts, a flat blank already written on.
 */
export class FillNotes {
  readonly findings: Finding[] = [];

  /** The value fits its blank only below the smallest readable size. */
  tooLong(key: FieldKey, size: number): void {
    this.add(key, issue('warning', 'pdf-text-too-long', 'pdfTextTooLong', { size }));
  }

  /** The field accepts fewer characters than the value has: it is left as it was. */
  tooManyCharacters(key: FieldKey, max: number, length: number): void {
    this.add(key, issue('warning', 'pdf-text-max-length', 'pdfTextMaxLength', { max, length }));
  }

  /** A flat blank already bears other text: printed text cannot be rubbed out. */
  alreadyWritten(key: FieldKey): void {
    this.add(key, issue('warning', 'pdf-already-written', 'pdfAlreadyWritten'));
  }

  private add(key: FieldKey, found: Issue): void {
    this.findings.push(toFinding(key, found));
  }
}
