import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { configurePdf } from '../lib/pdf/environment';
import { fillAnnexe1Pdf } from '../lib/pdf/fill';
import { nodePdfEnvironment } from '../lib/pdf/node';
import { readAnnexe1Pdf } from '../lib/pdf/read';
import { DECLARATION } from '../test/unit/pdf/helpers';

// What the user waits for once the file is dropped (read), and on each download (fill and
// save, the file read again inside). Node, pdf.js's legacy build, on the fixtures.
configurePdf(nodePdfEnvironment());

const FILES = ['annexe1-acroform.pdf', 'annexe1-named.pdf', 'annexe1-flat.pdf'];
const bytesOf = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url)));

describe('readAnnexe1Pdf', () => {
  for (const file of FILES) {
    const bytes = bytesOf(file);
    bench(file, async () => {
      await readAnnexe1Pdf(bytes);
    });
  }
});

describe('fillAnnexe1Pdf (read, fill, save)', () => {
  for (const file of FILES) {
    const bytes = bytesOf(file);
    bench(file, async () => {
      await fillAnnexe1Pdf(bytes, DECLARATION);
    });
  }
});

// The preview's case: the page keeps what it read, and fills again as the user types.
const read = await Promise.all(FILES.map(async (file) => [file, bytesOf(file)] as const));
const readOnce = await Promise.all(read.map(async ([, bytes]) => readAnnexe1Pdf(bytes)));

describe('fillAnnexe1Pdf, already read', () => {
  read.forEach(([file, bytes], i) => {
    const pdf = readOnce[i] ?? undefined;
    bench(file, async () => {
      await fillAnnexe1Pdf(bytes, DECLARATION, { pdf });
    });
  });
});
