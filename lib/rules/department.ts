import { ruleData } from './data';
import { excerpt, type Issue, issue } from './finding';

/**
 * The certificate's ST: a department as « Nom (code) », checked against the official
 * list of `@etalab/decoupage-administratif` once `loadRuleData` has run. Before that, only
 * the shape is checked: a code present and shaped like one.
 */

export interface StValue {
  readonly name: string;
  /** The code in parentheses; `undefined` when there are none. */
  readonly code: string | undefined;
}

/** `inline`: the code belongs in the value; `separate`: the form has a blank for it. */
export type CodePlace = 'inline' | 'separate';

interface Index {
  readonly source: ReadonlyMap<string, string>;
  /** Every department by its name with accents, case, articles and punctuation dropped. */
  readonly byLooseName: ReadonlyMap<string, string>;
}

const CODE_SHAPE = /^(?:\d{2,3}|2[AB])$/;
const ARTICLE = /^(?:(?:les|la|le)\s+|l')/;
let index: Index | undefined;

/**
 * Splits « Nom (code) »; the space before the parenthesis is optional.
 *
 * @example parseSt('Paris(75)') // { name: 'Paris', code: '75' }
 */
export function parseSt(raw: string): StValue {
  const text = raw.trim();
  const open = text.lastIndexOf('(');
  if (!text.endsWith(')') || open < 0) return { name: text, code: undefined };
  return {
    name: text.slice(0, open).trim(),
    code: text
      .slice(open + 1, -1)
      .trim()
      .toUpperCase(),
  };
}

/**
 * The rules of a department name and code. Accepted as written: the official name, or
 * the same letters in capitals, without accents or without the article (« Réunion »).
 * Anything else (« Bas Rhin », « Val d'Oise ») is a warning that offers the official name.
 */
export function stIssues(st: StValue, place: CodePlace): Issue[] {
  if (st.code === undefined || st.code === '') {
    return place === 'inline' && st.name !== '' ? [codeMissing(st.name)] : nameIssues(st.name);
  }
  const unknown = stCodeIssues(st.code);
  // A code in a blank of its own is that blank's to report.
  if (unknown.length > 0) return place === 'inline' ? unknown : [];
  const official = ruleData()?.departments.get(st.code);
  if (official === undefined || st.name === '') return [];
  if (strict(st.name) === strict(official)) return [];

  const fix = place === 'inline' ? `${official} (${st.code})` : official;
  const other = departmentIndex()?.byLooseName.get(loose(st.name));
  if (other !== undefined && other !== st.code) {
    const values = { name: excerpt(st.name), code: st.code, otherCode: other };
    return [issue('warning', 'st-mismatch', 'ruleStMismatch', values, fix)];
  }
  const values = { name: excerpt(st.name), code: st.code, official };
  return [issue('warning', 'st-name', 'ruleStName', values, fix)];
}

/** The rules of a department code alone (the form's « (……) » blank). */
export function stCodeIssues(raw: string): Issue[] {
  const code = raw.trim().toUpperCase();
  if (code === '') return [];
  const departments = ruleData()?.departments;
  const known = departments === undefined ? CODE_SHAPE.test(code) : departments.has(code);
  return known
    ? []
    : [issue('error', 'st-code-unknown', 'ruleStCodeUnknown', { code: excerpt(code) })];
}

function codeMissing(name: string): Issue {
  const code = departmentIndex()?.byLooseName.get(loose(name));
  const official = code === undefined ? undefined : ruleData()?.departments.get(code);
  const fix = official === undefined ? undefined : `${official} (${code})`;
  return issue('error', 'st-code-missing', 'ruleStCodeMissing', {}, fix);
}

/** A name with no code to compare with: it must still be a department's. */
function nameIssues(name: string): Issue[] {
  const departments = departmentIndex();
  if (name === '' || departments === undefined) return [];
  const wanted = strict(name);
  for (const official of departments.source.values()) {
    if (strict(official) === wanted) return [];
  }
  const code = departments.byLooseName.get(loose(name));
  const official = code === undefined ? undefined : departments.source.get(code);
  if (official === undefined) {
    return [issue('warning', 'st-name', 'ruleStNameUnknown', { name: excerpt(name) })];
  }
  const values = { name: excerpt(name), code: code ?? '', official };
  return [issue('warning', 'st-name', 'ruleStName', values, official)];
}

function departmentIndex(): Index | undefined {
  const source = ruleData()?.departments;
  if (source === undefined) return undefined;
  if (index?.source !== source) {
    const byLooseName = new Map([...source].map(([code, name]) => [loose(name), code]));
    index = { source, byLooseName };
  }
  return index;
}

/** Case, accents, apostrophes, spacing and the article do not matter. */
function strict(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('’', "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ARTICLE, '');
}

/** Nor do hyphens or spaces: used to find which department a misspelt name means. */
function loose(name: string): string {
  return strict(name).replace(/[^a-z0-9]/g, '');
}
