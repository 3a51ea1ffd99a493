/**
 * How wide a character is, relative to others, to place a leader inside a run of text
 * that mixes words and dots (« CN=………,OU=……… »): Helvetica's advance widths, the
 * metrics most forms are set in, or near enough to share out a run's measured width.
 */

// Helvetica's widths in thousandths of an em, for the printable ASCII characters (32–126).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const OTHERS: Readonly<Record<string, number>> = {
  '…': 1000,
  '’': 222,
  '‘': 222,
  '«': 556,
  '»': 556,
  '–': 556,
  '—': 1000,
  '\u00a0': 278,
};

/** A character's relative width: its own, its base letter's (é as e), or an average one. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return ASCII[code - 32] ?? 556;
  const other = OTHERS[char];
  if (other !== undefined) return other;
  const base = char.normalize('NFD')[0] ?? '';
  return base !== char ? charWidth(base) : 556;
}
