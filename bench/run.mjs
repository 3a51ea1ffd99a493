/**
 * `npm run bench`: builds and zips the Chrome extension, measures every figure of issue 8
 * (sizes from the build; page, popup and PDF timings in Chromium with the built extension;
 * our PDF fill against pdftk in Node), prints them against their budgets and writes
 * `bench/results.json`. It measures and exits 0; `test/e2e/budgets.e2e.ts` enforces sizes.
 *
 * BENCH_RUNS sets how many runs each median takes (15).
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, ROOT } from '../test/e2e/launch.mjs';
import { BUDGETS, budgetText, verdict } from './browser/budgets.mjs';
import { measureBrowser } from './browser/measure.mjs';
import { measurePdftk } from './browser/pdftk.mjs';
import { measureSizes } from './browser/sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 15;
const PDFTK_RUNS = Math.min(RUNS, 9);

/** `wxt zip` builds first, then zips: one step gives both. */
function buildAndZip() {
  process.stdout.write('Building and zipping (wxt zip)…\n');
  execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const round = (value) => Math.round(value * 100) / 100;

function table(results) {
  const rows = Object.keys(BUDGETS).map((name) => [
    name,
    String(results[name] ?? '—'),
    budgetText(name),
    verdict(name, results[name]),
  ]);
  const header = ['figure', 'value', 'budget', 'verdict'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

buildAndZip();
const sizes = measureSizes(EXTENSION_DIR, path.join(ROOT, '.output'));
process.stdout.write(`Measuring in Chromium, ${RUNS} runs a figure…\n`);
const browser = await measureBrowser(RUNS);
process.stdout.write(`Our PDF fill against pdftk, ${PDFTK_RUNS} runs each…\n`);
const pdftk = await measurePdftk(PDFTK_RUNS);

const results = Object.fromEntries(
  Object.entries({ ...sizes, ...browser, ...pdftk }).map(([name, value]) => [name, round(value)]),
);
await writeFile(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const cpus = os.cpus();
process.stdout.write(
  `\n${table(results)}\n\n${new Date().toISOString().slice(0, 10)}, ${cpus.length} × ` +
    `${cpus[0]?.model ?? 'CPU'}, Node ${process.version}, medians of ${RUNS} runs ` +
    `(pdftk: ${PDFTK_RUNS}). Also: ${['fillHtmlFields', 'pdfFillNodeMs', 'pdftkFillMs']
      .map((name) => `${name} ${results[name]}`)
      .join(', ')}.\nWritten to bench/results.json.\n`,
);
