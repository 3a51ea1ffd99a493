import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '@/lib/annexe1/fields';
import { PdfError, pdfProblemOf } from '@/lib/pdf/errors';
import { MAX_PDF_BYTES } from '@/lib/pdf/inspect';
import { readAnnexe1Pdf } from '@/lib/pdf/read';
import { EXPECTED, fixture, KINDS, useNodePdf } from './helpers';

useNodePdf();

/** Every key of the form as the seed prints it: the DN in parts, not whole. */
const SEED_KEYS = FIELD_KEYS.filter((key) => key !== 'certificate.dn');

/** A one-page PDF with these lines of text and, if asked, a text field per line. */
async function letter(lines: string[], withFields = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => {
    page.drawText(line, { x: 40, y: 780 - 20 * i, size: 10, font });
    if (withFields) {
      const field = pdf.getForm().createTextField(`Texte${i + 1}`);
      field.addToPage(page, { x: 300, y: 776 - 20 * i, width: 200, height: 14 });
    }
  });
  return pdf.save();
}

async function reasonOf(bytes: Uint8Array): Promise<string> {
  try {
    await readAnnexe1Pdf(bytes);
  } catch (error) {
    return pdfProblemOf(error);
  }
  return 'read';
}

describe('readAnnexe1Pdf', () => {
  it.each(KINDS)('maps every blank of the form with $kind to its key', async ({ file, names }) => {
    const pdf = await readAnnexe1Pdf(fixture(file));

    expect(pdf?.blanks.map((blank) => blank.key).sort()).toEqual([...SEED_KEYS].sort());
    if (names) {
      const byName = Object.fromEntries(pdf?.blanks.map((b) => [b.field, b.key]) ?? []);
      expect(byName).toEqual(names);
      expect(pdf?.unmapped).toEqual([]);
    }
  });

  it('finds each blank of the flat form where it is printed', async () => {
    const pdf = await readAnnexe1Pdf(fixture('annexe1-flat.pdf'));

    expect(pdf?.form).toBe('flat');
    for (const truth of EXPECTED.flat) {
      const blank = pdf?.blanks.find((candidate) => candidate.key === truth.key);
      expect(blank?.page, truth.key).toBe(truth.page);
      // Dots stop short of the blank's end by less than one dot.
      expect(blank?.rect.x, truth.key).toBeCloseTo(truth.x, -0.5);
      expect(blank?.rect.y, truth.key).toBeCloseTo(truth.y, 0);
      expect(blank?.rect.height, truth.key).toBeCloseTo(truth.height, 0);
      expect(Math.abs((blank?.rect.width ?? 0) - truth.width), truth.key).toBeLessThan(3);
    }
  });

  it('gives the address blanks of the form several lines', async () => {
    for (const { file } of KINDS) {
      const pdf = await readAnnexe1Pdf(fixture(file));
      const multiline = pdf?.blanks.filter((blank) => blank.multiline).map((blank) => blank.key);
      expect(multiline, file).toEqual(['legalRep.address']);
    }
  });

  it('reads nothing in a blank form', async () => {
    for (const { file } of KINDS) expect((await readAnnexe1Pdf(fixture(file)))?.values).toEqual({});
  });

  it('refuses a contact form that has « Nom », « Téléphone », « Courriel » too', async () => {
    const contact = await letter(['Formulaire de contact', 'Nom', 'Téléphone', 'Courriel'], true);
    expect(await readAnnexe1Pdf(contact)).toBeNull();
  });

  it('refuses a letter that only quotes the form’s title', async () => {
    const quote = await letter([
      'Objet : Déclaration d’un domaine MSSanté',
      'Madame, Monsieur, veuillez trouver ci-joint notre Annexe 1.',
    ]);
    expect(await readAnnexe1Pdf(quote)).toBeNull();
  });

  it.each([
    ['a text file', () => new TextEncoder().encode('Nom : Clinique des Tilleuls\n'), 'notPdf'],
    ['an empty file', () => new Uint8Array(0), 'notPdf'],
    ['a file over 20 MB', () => oversized(), 'tooLarge'],
    ['a password-protected PDF', () => encrypted(fixture('annexe1-acroform.pdf')), 'encrypted'],
    ['a truncated PDF', () => cut(fixture('annexe1-acroform.pdf'), 0.6), 'unreadable'],
    ['a PDF whose middle is garbage', () => damaged(fixture('annexe1-flat.pdf')), 'unreadable'],
  ])('says why it cannot read %s, without crashing', async (_name, make, reason) => {
    expect(await reasonOf(make())).toBe(reason);
  });

  it('never changes the bytes it reads', async () => {
    for (const { file } of KINDS) {
      const bytes = fixture(file);
      await readAnnexe1Pdf(bytes);
      expect(bytes).toEqual(fixture(file));
    }
  });
});

describe('pdfProblemOf', () => {
  it('gives a PdfError’s reason, and « unreadable » for any other error', () => {
    expect(pdfProblemOf(new PdfError('encrypted'))).toBe('encrypted');
    expect(pdfProblemOf(new TypeError('boom'))).toBe('unreadable');
    expect(pdfProblemOf(undefined)).toBe('unreadable');
  });
});

function oversized(): Uint8Array {
  const bytes = new Uint8Array(MAX_PDF_BYTES + 1);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

/** A PDF whose trailer names an encryption dictionary, as a protected file's does. */
function encrypted(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes)
    .toString('latin1')
    .replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

function cut(bytes: Uint8Array, share: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

function damaged(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  for (let i = 2000; i < copy.length; i += 97) copy[i] = 0x41;
  return copy;
}
