import { FIELDS, type FieldDef, type FieldKey } from './fields';
import { type ColumnId, SECTIONS, type SectionId } from './sections';

/**
 * Reading the form the way a person does: a label or a heading is matched on its words,
 * whatever its accents, case, punctuation, dotted leaders or trailing « : ».
 */

/**
 * Folds a label to its bare words: no accents, lower case, every run of anything but a
 * letter or a digit turned into one space.
 *
 * @example normalizeLabel('Tél. :') // 'tel'
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * How long a wording matches the start of a normalized text: its length when the text is
 * the wording or begins with it followed by more words, else 0.
 */
function prefixScore(text: string, wording: string): number {
  if (wording === '') return 0;
  if (text === wording || text.startsWith(`${wording} `)) return wording.length;
  return 0;
}

// Phrases are folded once, on first use: detection matches every label and heading of a
// page against every wording, and folding (NFD, regexes) is the costly part.
const folded = new WeakMap<object, readonly string[]>();

/** The folded label or heading and wordings of a field, block or column. */
function phrasesOf(
  entry: { wordings: readonly string[] } & ({ label: string } | { heading: string }),
) {
  let phrases = folded.get(entry);
  if (!phrases) {
    const own = 'label' in entry ? entry.label : entry.heading;
    phrases = [own, ...entry.wordings].map(normalizeLabel);
    folded.set(entry, phrases);
  }
  return phrases;
}

function bestScore(text: string, phrases: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) best = Math.max(best, prefixScore(text, phrase));
  return best;
}

export interface HeadingMatch {
  section: SectionId;
  column?: ColumnId;
}

/**
 * The block (and, in the paired blocks, the column) a heading names, or `undefined`.
 *
 * @example matchHeading('Contact technique MSSanté de l’opérateur')
 * // { section: 'incident', column: 'publicTech' }
 */
export function matchHeading(text: string): HeadingMatch | undefined {
  const normalized = normalizeLabel(text);
  let best: HeadingMatch | undefined;
  let bestLength = 0;
  for (const section of SECTIONS) {
    const score = bestScore(normalized, phrasesOf(section));
    if (score > bestLength) [best, bestLength] = [{ section: section.id }, score];
    for (const column of section.columns ?? []) {
      const columnScore = bestScore(normalized, phrasesOf(column));
      if (columnScore > bestLength) {
        [best, bestLength] = [{ section: section.id, column: column.id }, columnScore];
      }
    }
  }
  return best;
}

/** What a person knows of a blank: the text before it and the block it sits in. */
export interface BlankContext {
  label: string;
  section?: SectionId;
  column?: ColumnId;
  /** The field of the blank just before, on the same line (for unlabelled followers). */
  previous?: FieldKey;
}

/**
 * The fields a blank may be, best first: those whose printed label or wording matches the
 * longest part of the blank's label, within its block and column when they are known.
 * One key means the blank is mapped; none or several mean it is not.
 */
export function resolveBlank(context: BlankContext): FieldKey[] {
  const label = normalizeLabel(context.label);
  const inPlace = FIELDS.filter(
    (field: FieldDef) =>
      (context.section === undefined || field.section === context.section) &&
      (context.column === undefined || field.column === context.column),
  );
  if (label === '' && context.previous) {
    return inPlace.filter((field) => field.follows === context.previous).map((f) => f.key);
  }

  let best = 0;
  let keys: FieldKey[] = [];
  for (const field of inPlace) {
    const score = bestScore(label, phrasesOf(field));
    if (score === 0 || score < best) continue;
    if (score > best) [best, keys] = [score, []];
    keys.push(field.key);
  }
  return keys;
}
