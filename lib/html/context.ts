import { type HeadingMatch, matchHeading } from '../annexe1/match';
import type { Control, TextToken, Token } from './read';

/**
 * What a person sees around a control: the words that name it, and the block and column
 * it sits in.
 */

function textsOfIds(element: Element, ids: string): string[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .trim()
    .split(/\s+/)
    .map((id) => (root.getElementById?.(id)?.textContent ?? '').trim());
}

function textOfIds(element: Element, ids: string): string {
  return textsOfIds(element, ids).join(' ').trim();
}

function labelElementsText(control: Control): string {
  const labels = control.labels ? [...control.labels] : [];
  return labels
    .map((label) => label.textContent ?? '')
    .join(' ')
    .trim();
}

/**
 * The names a page gives a control itself, most explicit first: `aria-labelledby` (whole,
 * then each element it names, since pages often prefix the group's title), its
 * `<label>`s, `aria-label`.
 */
export function explicitLabels(control: Control): string[] {
  const labelledBy = control.getAttribute('aria-labelledby');
  const parts = labelledBy ? textsOfIds(control, labelledBy) : [];
  return [
    parts.join(' '),
    ...(parts.length > 1 ? parts : []),
    labelElementsText(control),
    control.getAttribute('aria-label') ?? '',
  ].filter((text) => text.trim() !== '');
}

/** The hints a control carries when nothing names it: its placeholder and title. */
export function hintLabels(control: Control): string[] {
  return [control.getAttribute('placeholder') ?? '', control.getAttribute('title') ?? ''].filter(
    (text) => text.trim() !== '',
  );
}

/** How many units of text around a control may name it (a label and its example line). */
const NEARBY_UNITS = 3;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);

/** A heading titles a block; it names none of the controls under it. */
function isHeading(token: TextToken): boolean {
  return HEADING_TAGS.has(token.block.tagName) || token.block.getAttribute('role') === 'heading';
}

/** Text inside the `<label>` of another control names that control, not this one. */
function namesAnother(token: TextToken, control: Control): boolean {
  const labelled = (token.label as HTMLLabelElement | undefined)?.control;
  return labelled !== null && labelled !== undefined && labelled !== control;
}

function unitsFrom(tokens: readonly Token[], index: number, step: 1 | -1): string[] {
  const control = (tokens[index] as { control: Control }).control;
  const units: string[] = [];
  for (let i = index + step; units.length < NEARBY_UNITS; i += step) {
    const token = tokens[i];
    if (!token || 'control' in token || isHeading(token) || namesAnother(token, control)) break;
    units.push(token.text);
  }
  return units;
}

/**
 * The units of text nearest the control at `index`, up to the controls on either side:
 * before it first (the label cell, « CN= » inline), after it first for check boxes and
 * radios, whose label follows the box.
 */
export function nearbyText(tokens: readonly Token[], index: number): string[] {
  const token = tokens[index] as { control: Control };
  const before = unitsFrom(tokens, index, -1);
  if (!['checkbox', 'radio'].includes(token.control.type)) return before;
  return [...unitsFrom(tokens, index, 1), ...before];
}

/** The parent element, or the host when `element` is the top of a shadow tree. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode() as Partial<ShadowRoot>;
  return root.host ?? null;
}

/** A heading as read, with the block it was read in. */
export interface ReadHeading {
  match: HeadingMatch;
  block: Element;
}

/** The heading of a fieldset, a labelled group, or a section that holds the control. */
function ancestorHeading(control: Control): { match: HeadingMatch; element: Element } | undefined {
  for (let element = parentOf(control); element; element = parentOf(element)) {
    const names: string[] = [];
    if (element.tagName === 'FIELDSET') {
      names.push(element.querySelector(':scope > legend')?.textContent ?? '');
    }
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) names.push(textOfIds(element, labelledBy));
    names.push(element.getAttribute('aria-label') ?? '');
    for (const name of names) {
      const match = name.trim() ? matchHeading(name) : undefined;
      if (match) return { match, element };
    }
  }
  return undefined;
}

function gridColumn(cell: HTMLTableCellElement): number {
  let column = 0;
  for (
    let sibling = cell.previousElementSibling;
    sibling;
    sibling = sibling.previousElementSibling
  ) {
    column += (sibling as HTMLTableCellElement).colSpan || 1;
  }
  return column;
}

/**
 * In a table laid out in two columns, the column heading above the control's cell: the
 * nearest earlier row holding two or more column headings, and the heading cell that spans
 * the control's column.
 */
function tableColumnHeading(control: Control): HeadingMatch | undefined {
  const cell = control.closest('td, th') as HTMLTableCellElement | null;
  const row = cell?.parentElement as HTMLTableRowElement | null;
  if (!cell || !row) return undefined;
  const column = gridColumn(cell);

  for (let above = row.previousElementSibling; above; above = above.previousElementSibling) {
    const cells = [...(above as HTMLTableRowElement).cells];
    const matches = cells.map((candidate) => matchHeading(candidate.textContent ?? ''));
    // A block's own heading row ends the search: the columns above belong to another block.
    if (matches.some((match) => match && !match.column)) return undefined;
    const headings = matches.map((match, i) =>
      match?.column ? { cell: cells[i], match } : undefined,
    );
    if (headings.filter(Boolean).length < 2) continue;
    for (const heading of headings) {
      if (!heading?.cell) continue;
      const start = gridColumn(heading.cell);
      if (column >= start && column < start + (heading.cell.colSpan || 1)) return heading.match;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The block and column of a control: a heading that encloses it and names its column
 * first (fieldset, labelled group), then a table's column heading above it, then the
 * enclosing block, unless a heading of that block read inside it is more precise (an
 * `<h3>` column under a labelled `<section>`), then the last heading read before it.
 */
export function headingOf(
  control: Control,
  lastRead: ReadHeading | undefined,
): Partial<HeadingMatch> {
  const enclosing = ancestorHeading(control);
  if (enclosing?.match.column) return enclosing.match;
  const column = tableColumnHeading(control);
  if (column) return column;
  if (!enclosing) return lastRead?.match ?? {};
  const inside =
    lastRead !== undefined &&
    lastRead.match.section === enclosing.match.section &&
    enclosing.element.contains(lastRead.block);
  return inside ? lastRead.match : enclosing.match;
}
