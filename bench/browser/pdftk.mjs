/**
 * Our PDF fill in Node against Debian's pdftk-java on the AcroForm fixture, side by side in
 * one run: the same values (an XFDF made from the fixture's field names) and the same work
 * (read the file, fill, write the result). pdftk runs as a process, the only way it runs;
 * ours in the process that asks, as the extension does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../test/e2e/launch.mjs';
import { bundle } from './bundle.mjs';
import { median } from './measure.mjs';

const FIXTURE = path.join(ROOT, 'test/fixtures/annexe1-acroform.pdf');

const escapeXml = (text) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);

/** The declaration as pdftk reads it: field names of the fixture, boxes `Yes`/`Off`. */
async function xfdf(declaration) {
  const expected = JSON.parse(
    await readFile(path.join(ROOT, 'test/fixtures/annexe1.expected.json'), 'utf8'),
  );
  const fields = Object.entries(expected.acroform).map(([name, key]) => {
    const value = declaration[key];
    const text = typeof value === 'boolean' ? (value ? 'Yes' : 'Off') : (value ?? '');
    return `<field name="${escapeXml(name)}"><value>${escapeXml(text)}</value></field>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
<fields>${fields.join('')}</fields></xfdf>`;
}

function pdftk(args) {
  try {
    execFileSync('pdftk', args, { stdio: 'pipe' });
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error('pdftk is missing: apt-get install -y pdftk-java');
    throw error;
  }
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Medians of `runs` fills each, ours and pdftk's, interleaved so both see the same load. */
export async function measurePdftk(runs) {
  const dir = await mkdtemp(path.join(tmpdir(), 'annexe1-pdftk-'));
  try {
    // Inside the repository, so that the bundle finds pdf.js and pdf-lib in node_modules.
    const module = path.join(ROOT, '.output', `bench-pdf-node-${process.pid}.mjs`);
    await writeFile(
      module,
      await bundle(path.join(ROOT, 'bench/browser/pdf-node.ts'), {
        platform: 'node',
        format: 'esm',
      }),
    );
    const { fillPdf, DECLARATION } = await import(pathToFileURL(module).href);
    await rm(module);
    const form = path.join(dir, 'values.xfdf');
    await writeFile(form, await xfdf(DECLARATION));
    const ours = [];
    const theirs = [];
    for (let run = 0; run < runs; run += 1) {
      ours.push(
        await timed(async () => {
          const bytes = new Uint8Array(await readFile(FIXTURE));
          await writeFile(path.join(dir, 'ours.pdf'), await fillPdf(bytes));
        }),
      );
      theirs.push(
        await timed(() =>
          pdftk([FIXTURE, 'fill_form', form, 'output', path.join(dir, 'pdftk.pdf')]),
        ),
      );
    }
    const oursMs = median(ours);
    const pdftkMs = median(theirs);
    return { pdfFillNodeMs: oursMs, pdftkFillMs: pdftkMs, pdfFillVsPdftk: oursMs / pdftkMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
