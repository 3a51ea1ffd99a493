import { type FieldKey, fieldByKey } from '../annexe1/fields';
import { matchHeading, resolveBlank } from '../annexe1/match';
import { looksLikeAnnexe1 } from '../annexe1/recognise';
import { explicitLabels, headingOf, hintLabels, nearbyText, type ReadHeading } from './context';
import { type Control, readTokens, type Token, textOf } from './read';

/** The Annexe 1 found in a page: each field's control. */
export interface Annexe1Page {
  fields: Map<FieldKey, Control>;
}

/** Fewer mapped blanks than this, and the page only quotes the form. */
const MIN_FIELDS = 8;

/** A box is ticked, a blank is typed into: a control can only be a field of its own sort. */
function fitsControl(key: FieldKey, control: Control): boolean {
  const ticked = control.type === 'checkbox' || control.type === 'radio';
  return ticked === (fieldByKey(key).kind === 'checkbox');
}

/**
 * The field a control is: the first of its names (explicit label, the text beside it,
 * its placeholder or title) that designates exactly one field of its sort in its block
 * and column.
 */
function keyOf(
  tokens: readonly Token[],
  index: number,
  lastRead: ReadHeading | undefined,
  previous: FieldKey | undefined,
): FieldKey | undefined {
  const control = (tokens[index] as { control: Control }).control;
  const place = headingOf(control, lastRead);
  const names = [...explicitLabels(control), ...nearbyText(tokens, index), ...hintLabels(control)];
  for (const label of names) {
    const keys = resolveBlank({ label, ...place, previous }).filter((key) =>
      fitsControl(key, control),
    );
    if (keys.length === 1) return keys[0];
  }
  return undefined;
}

/**
 * Maps the controls among `tokens` to field keys, reading headings as they come. A key
 * claimed twice keeps its first control: the second is left alone rather than guessed.
 */
export function mapControls(tokens: readonly Token[]): Map<FieldKey, Control> {
  const fields = new Map<FieldKey, Control>();
  let lastRead: ReadHeading | undefined;
  let previous: FieldKey | undefined;
  for (const [index, token] of tokens.entries()) {
    // The words of a control's own label name a field, not a block.
    if ('text' in token && !token.label) {
      const match = matchHeading(token.text);
      if (match) lastRead = { match, block: token.block };
    }
    if ('text' in token) continue;
    previous = keyOf(tokens, index, lastRead, previous);
    if (previous && !fields.has(previous)) fields.set(previous, token.control);
  }
  return fields;
}

/**
 * The Annexe 1 in a page, with each field's input, or `null` when the page is not the
 * form (a contact form with « Nom », « Téléphone », « Courriel » is not).
 *
 * @example detectAnnexe1(document)?.fields.get('domain.name')?.focus()
 */
export function detectAnnexe1(root: Document): Annexe1Page | null {
  const tokens = readTokens(root);
  if (!looksLikeAnnexe1(textOf(tokens))) return null;
  const fields = mapControls(tokens);
  return fields.size >= MIN_FIELDS ? { fields } : null;
}
