import type { TextRun } from './content';
import { charWidth } from './widths';

/**
 * The page's text as a person reads it: lines from top to bottom, and on each line the
 * phrases (chunks) and the dotted leaders a flat form prints for its blanks.
 */

/** A piece of a line: text, or a leader (« ………… », « ______ ») standing for a blank. */
export interface Segment {
  text: string;
  x: number;
  right: number;
  /** Baseline. */
  y: number;
  size: number;
  leader: boolean;
}

export interface Line {
  y: number;
  segments: Segment[];
}

/** Dots, ellipses, underscores in a row (spaces between them allowed) may be a leader. */
const LEADER = /[.…‥_]{2,}(?:\s?[.…‥_]{2,})*/gu;
/** A leader narrower than this (in font sizes) is punctuation (« etc... »), not room to write. */
const MIN_LEADER_WIDTH = 1.2;

/**
 * Cuts a run at its leaders. Positions inside a run are shared out by Helvetica's widths:
 * exact for the runs a form draws apart (a label, then its dots), close in a mixed run.
 */
export function segmentsOf(run: TextRun): Segment[] {
  const chars = [...run.text];
  const offsets = [0];
  for (const char of chars) offsets.push((offsets.at(-1) ?? 0) + charWidth(char));
  const scale = run.width / (offsets.at(-1) || 1);
  const at = (index: number) => run.x + (offsets[index] ?? 0) * scale;

  const segments: Segment[] = [];
  const push = (from: number, to: number, leader: boolean) => {
    const text = chars.slice(from, to).join('');
    if (text.trim() === '') return;
    segments.push({ text, x: at(from), right: at(to), y: run.y, size: run.size, leader });
  };
  let last = 0;
  for (const match of run.text.matchAll(LEADER)) {
    // Offsets in characters, not UTF-16 units, for runs holding astral characters.
    const start = [...run.text.slice(0, match.index)].length;
    const end = start + [...match[0]].length;
    if (at(end) - at(start) < MIN_LEADER_WIDTH * run.size) continue;
    push(last, start, false);
    push(start, end, true);
    last = end;
  }
  push(last, chars.length, false);
  return segments;
}

/** Two baselines closer than this share a line (a note set a point higher, say). */
const LINE_TOLERANCE = 0.3;

/** The runs' segments grouped into lines, top first, each line left to right. */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const segments = runs.flatMap(segmentsOf).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const segment of segments) {
    const line = lines.at(-1);
    if (line && line.y - segment.y <= LINE_TOLERANCE * segment.size) line.segments.push(segment);
    else lines.push({ y: segment.y, segments: [segment] });
  }
  for (const line of lines) line.segments.sort((a, b) => a.x - b.x);
  return lines;
}

/** Wider gaps than this (in font sizes) part two phrases: two cells, two columns. */
const PHRASE_GAP = 0.8;

/**
 * A line's text as phrases: neighbouring text segments joined, leaders and wide gaps
 * parting them.
 */
export function chunksOf(line: Line): Segment[] {
  const chunks: Segment[] = [];
  let open: Segment | undefined;
  for (const segment of line.segments) {
    if (segment.leader) {
      open = undefined;
      continue;
    }
    const gap = open ? segment.x - open.right : Number.POSITIVE_INFINITY;
    if (open && gap <= PHRASE_GAP * segment.size) {
      open.text += gap > 0.15 * segment.size ? ` ${segment.text}` : segment.text;
      open.right = Math.max(open.right, segment.right);
      continue;
    }
    open = { ...segment };
    chunks.push(open);
  }
  return chunks;
}
