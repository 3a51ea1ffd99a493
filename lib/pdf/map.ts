import { type FieldKey, fieldByKey } from '../annexe1/fields';
import { type BlankContext, resolveBlank } from '../annexe1/match';
import { type Rect, right, top } from './geometry';
import { type Heading, placeOf } from './headings';
import { chunksOf, type Line, type Segment } from './layout';

/**
 * Naming the blanks of a PDF (form fields or dotted lines) the way a person does: the words
 * just before a blank (after a check box), in the block and column it sits in, matched
 * against the catalogue by `resolveBlank`, as the page reader does for HTML.
 */

/** A place to write: a field's widget or a flat form's blank. */
export interface Slot {
  page: number;
  rect: Rect;
  kind: 'text' | 'checkbox';
  /** What the file says of it besides the page's text: a tooltip, a field's name. */
  hints: readonly string[];
}

/** The lines whose baseline crosses the slot, top first. */
function linesAcross(lines: readonly Line[], rect: Rect): Line[] {
  return lines.filter((line) => line.y >= rect.y - 1 && line.y <= top(rect) + 1);
}

/** Left and right limits of a slot's label: its neighbours on the line. */
function neighbours(slots: readonly Slot[], slot: Slot, line: Line): [number, number] {
  let before = Number.NEGATIVE_INFINITY;
  let after = Number.POSITIVE_INFINITY;
  for (const other of slots) {
    if (other === slot || other.page !== slot.page) continue;
    if (line.y < other.rect.y - 1 || line.y > top(other.rect) + 1) continue;
    if (right(other.rect) <= slot.rect.x + 1) before = Math.max(before, right(other.rect));
    if (other.rect.x >= right(slot.rect) - 1) after = Math.min(after, other.rect.x);
  }
  return [before, after];
}

/** The phrases that may name a slot, nearest first, and where its column starts. */
function labelsOf(slots: readonly Slot[], slot: Slot, lines: readonly Line[]) {
  for (const line of linesAcross(lines, slot.rect)) {
    const [before, after] = neighbours(slots, slot, line);
    const chunks = chunksOf(line);
    const left = chunks.filter((c) => c.right <= slot.rect.x + 2 && c.x >= before - 2);
    const rightSide = chunks.filter((c) => c.x >= right(slot.rect) - 2 && c.right <= after + 2);
    const join = (list: Segment[]) => list.map((c) => c.text).join(' ');
    const leftLabels = left.length ? [left.at(-1)?.text ?? '', join(left)] : [];
    if (slot.kind === 'checkbox' && rightSide.length) {
      const labels = [rightSide[0]?.text ?? '', join(rightSide), ...leftLabels];
      return { labels, y: line.y, anchor: slot.rect.x };
    }
    if (left.length) return { labels: leftLabels, y: line.y, anchor: left[0]?.x ?? slot.rect.x };
  }
  return { labels: [], y: top(slot.rect), anchor: slot.rect.x };
}

/** The one field, of the slot's kind, that the first telling label names. */
function keyOf(
  slot: Slot,
  labels: readonly string[],
  context: Omit<BlankContext, 'label'>,
): FieldKey | undefined {
  const isBox = slot.kind === 'checkbox';
  for (const label of labels) {
    const candidates = resolveBlank({ label, ...context }).filter(
      (key) => (fieldByKey(key).kind === 'checkbox') === isBox,
    );
    if (candidates.length === 1) return candidates[0];
  }
  return undefined;
}

/** The reading order of slots: page, then line (top first), then left to right. */
export function bySlotOrder(a: Slot, b: Slot): number {
  if (a.page !== b.page) return a.page - b.page;
  if (Math.abs(top(a.rect) - top(b.rect)) > 2) return top(b.rect) - top(a.rect);
  return a.rect.x - b.rect.x;
}

/**
 * The key of each slot (in the order given), or `undefined` when its words name no field
 * or several. A key claimed twice keeps its first slot: the second is left alone rather
 * than guessed. `lines` are each page's lines; `headings` come from `headingsOf`.
 */
export function mapSlots(
  slots: readonly Slot[],
  lines: readonly Line[][],
  headings: readonly Heading[],
): (FieldKey | undefined)[] {
  const order = [...slots].sort(bySlotOrder);
  const keys = new Map<Slot, FieldKey>();
  const claimed = new Set<FieldKey>();
  let previous: { slot: Slot; key: FieldKey | undefined } | undefined;
  for (const slot of order) {
    const found = labelsOf(slots, slot, lines[slot.page] ?? []);
    const place = placeOf(headings, { page: slot.page, y: found.y, x: slot.rect.x }, found.anchor);
    const onLine =
      previous && bySlotOrder(previous.slot, slot) < 0 && sameLine(previous.slot, slot);
    const context = { ...place, previous: onLine ? previous?.key : undefined };
    const key = keyOf(slot, [...found.labels, ...slot.hints], context);
    previous = { slot, key };
    if (key && !claimed.has(key)) {
      claimed.add(key);
      keys.set(slot, key);
    }
  }
  return slots.map((slot) => keys.get(slot));
}

function sameLine(a: Slot, b: Slot): boolean {
  return a.page === b.page && Math.abs(top(a.rect) - top(b.rect)) <= 2;
}
