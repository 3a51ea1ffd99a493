import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfProblemOf } from '@/lib/pdf/errors';
import { hasPdfHeader, loadPdfDocument, MAX_PDF_BYTES } from '@/lib/pdf/inspect';

async function onePagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.getForm().createTextField('Texte1').addToPage(pdf.getPage(0));
  return pdf.save({ useObjectStreams: false });
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await loadPdfDocument(bytes);
    return 'opened';
  } catch (error) {
    return pdfProblemOf(error);
  }
}

describe('loadPdfDocument', () => {
  it('opens a PDF with its pages and form fields', async () => {
    const pdf = await loadPdfDocument(await onePagePdf());
    expect([pdf.getPageCount(), pdf.getForm().getFields().length]).toEqual([1, 1]);
  });

  it('refuses a file that is not a PDF', async () => {
    expect(await refusal(bytesOf('<html>Annexe 1</html>'))).toBe('notPdf');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const huge = new Uint8Array(MAX_PDF_BYTES + 1);
    huge.set(bytesOf('%PDF-1.7\n'));
    expect(await refusal(huge)).toBe('tooLarge');
  });

  it('says a password-protected PDF is encrypted', async () => {
    const encrypted = latin1(await onePagePdf()).replace(
      'trailer\n<<',
      'trailer\n<<\n/Encrypt 1 0 R',
    );
    expect(await refusal(bytesOf(encrypted))).toBe('encrypted');
  });

  it('says a truncated PDF is unreadable', async () => {
    const whole = await onePagePdf();
    expect(await refusal(whole.slice(0, 400))).toBe('unreadable');
  });
});

describe('hasPdfHeader', () => {
  it.each([
    ['a PDF header at the start', '%PDF-1.4\n', true],
    ['a header after a little junk', `${'\0'.repeat(100)}%PDF-1.7`, true],
    ['a header after more than 1 KB', `${' '.repeat(2000)}%PDF-1.7`, false],
    ['a cut header', '%PD', false],
    ['an empty file', '', false],
  ])('reads %s as %s', (_name, start, expected) => {
    expect(hasPdfHeader(bytesOf(start))).toBe(expected);
  });
});
