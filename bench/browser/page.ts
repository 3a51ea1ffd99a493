import { pageLooksLikeAnnexe1 } from '@/entrypoints/annexe1.content/page-text';
import { detectAnnexe1 } from '@/lib/html/detect';
import { fillAnnexe1 } from '@/lib/html/fill';
import { DECLARATION } from '../../test/fixtures/declaration';

/**
 * Loaded into a web page by `bench/run.mjs` (an esbuild bundle of the extension's own
 * `lib/html`): times detection and filling inside the page, where the content script runs
 * them, with no message or protocol round trip in the figure.
 */

/** Milliseconds of each of `runs` calls of `fn`, in order. */
function timings(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * What every page of the official hosts pays, `runs` times: the always-on script's look
 * at the text. `found`: whether the page passed it.
 */
function recognise(runs: number): { times: number[]; found: boolean } {
  const found = pageLooksLikeAnnexe1(document);
  return { times: timings(runs, () => pageLooksLikeAnnexe1(document)), found };
}

/** Recognising and mapping the form, `runs` times; `found`: whether it was the form. */
function detect(runs: number): { times: number[]; found: boolean } {
  const found = detectAnnexe1(document) !== null;
  return { times: timings(runs, () => detectAnnexe1(document)), found };
}

/** A full fill of the form, `runs` times, each one undone (untimed) before the next. */
function fill(runs: number): { times: number[]; filled: number } {
  const page = detectAnnexe1(document);
  if (!page) throw new Error('The sample form was not recognised.');
  let filled = 0;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const report = fillAnnexe1(page, DECLARATION);
    times.push(performance.now() - start);
    filled = report.filled.length;
    report.undo();
  }
  return { times, filled };
}

Object.assign(globalThis, { annexe1Bench: { recognise, detect, fill } });
