import { type HeadingMatch, matchHeading } from '../annexe1/match';
import { chunksOf, type Line } from './layout';

/**
 * The block and column a blank sits in, from the headings printed above it: the last
 * block heading read before it, and in the paired blocks the column heading over it.
 */

/** Where something is read: page, baseline, left edge. */
export interface Place {
  page: number;
  y: number;
  x: number;
}

export interface Heading extends Place {
  right: number;
  match: HeadingMatch;
}

/** Two baselines this close (in points) are one line. */
const SAME_LINE = 2;

/** True when `a` is read before `b`: an earlier page, a higher line, or left on the line. */
export function readBefore(a: Place, b: Place): boolean {
  if (a.page !== b.page) return a.page < b.page;
  if (Math.abs(a.y - b.y) > SAME_LINE) return a.y > b.y;
  return a.x < b.x;
}

/** The phrases of the pages that name a block or a column, in reading order. */
export function headingsOf(pages: readonly Line[][]): Heading[] {
  const headings: Heading[] = [];
  pages.forEach((lines, page) => {
    for (const line of lines) {
      for (const chunk of chunksOf(line)) {
        const match = matchHeading(chunk.text);
        if (match) headings.push({ page, y: chunk.y, x: chunk.x, right: chunk.right, match });
      }
    }
  });
  return headings;
}

/**
 * The block and column of something read at `place`, whose column starts at `anchor` (its
 * label's left edge). The column heading is taken from the last row of column headings of
 * the same block, as the one starting last at or before the anchor: the form sets its
 * column headings flush left in their cells.
 */
export function placeOf(
  headings: readonly Heading[],
  place: Place,
  anchor: number,
): Partial<HeadingMatch> {
  const read = headings.filter((heading) => readBefore(heading, place));
  const last = read.at(-1);
  if (!last) return {};
  const section = last.match.section;

  let blockStart = read.length;
  while (blockStart > 0 && read[blockStart - 1]?.match.section === section) blockStart -= 1;
  const columns = read.slice(blockStart).filter((heading) => heading.match.column);
  const row = columns.at(-1);
  if (!row) return { section };
  const sameRow = columns.filter((h) => h.page === row.page && Math.abs(h.y - row.y) <= SAME_LINE);
  const over = sameRow.filter((heading) => heading.x <= anchor + SAME_LINE).at(-1);
  const column = (over ?? sameRow[0])?.match.column;
  return column ? { section, column } : { section };
}
