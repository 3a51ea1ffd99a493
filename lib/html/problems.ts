import { FIELD_KEYS, type FieldKey, type FormValues } from '../annexe1/fields';
import type { Finding } from '../rules/finding';

/**
 * What the page shows of the rules' findings: a mark beside each field the user has
 * reached, a list of problems, and a count of the blanks still to fill. An empty field the
 * user has not reached yet is not a mistake: it is counted, not flagged.
 */

/** A finding and the field of the page that shows it. */
export interface Problem {
  finding: Finding;
  /** The field to go to; `undefined` when the page has no blank for it. */
  target: FieldKey | undefined;
}

export interface PageProblems {
  /** The one finding to show beside each field, the most severe first found. */
  marks: Map<FieldKey, Finding>;
  /** The problems to list, in the form's order. */
  list: Problem[];
  /** Findings on fields still empty that the user has not reached yet. */
  toFill: number;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The field of the page a finding belongs to: its own, or for the certificate (whole or
 * in parts) the page's first certificate blank.
 */
function targetOf(key: FieldKey, onPage: ReadonlySet<FieldKey>): FieldKey | undefined {
  if (onPage.has(key)) return key;
  if (!key.startsWith('certificate.')) return undefined;
  return FIELD_KEYS.find(
    (candidate) => candidate.startsWith('certificate.') && onPage.has(candidate),
  );
}

function isEmpty(value: string | boolean | undefined): boolean {
  return (
    value === undefined || value === false || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Sorts the errors and warnings of `findings` (hints are left out) into what the page
 * shows: marks on the fields in `touched`, the list, and the count of blanks to fill.
 *
 * @example pageProblems(checkForm(values), new Set(page.fields.keys()), touched, values)
 */
export function pageProblems(
  findings: readonly Finding[],
  onPage: ReadonlySet<FieldKey>,
  touched: ReadonlySet<FieldKey>,
  values: FormValues,
): PageProblems {
  const marks = new Map<FieldKey, Finding>();
  const list: Problem[] = [];
  let toFill = 0;

  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const target = targetOf(finding.field, onPage);
    const reached = target !== undefined && touched.has(target);
    if (!reached && isEmpty(values[finding.field])) {
      toFill += 1;
      continue;
    }
    list.push({ finding, target });
    if (!reached || target === undefined) continue;
    const shown = marks.get(target);
    if (!shown || RANK[finding.severity] < RANK[shown.severity]) marks.set(target, finding);
  }

  const order = (problem: Problem) => FIELD_KEYS.indexOf(problem.target ?? problem.finding.field);
  list.sort((a, b) => order(a) - order(b));
  return { marks, list, toFill };
}
