import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfError } from '@/lib/pdf/errors';
import { fillAnnexe1Pdf, fillAnnexe1PdfWithReport } from '@/lib/pdf/fill';
import { readAnnexe1Pdf } from '@/lib/pdf/read';
import { DECLARATION, fixture, held, KINDS, useNodePdf } from './helpers';

useNodePdf();

describe('fillAnnexe1Pdf', () => {
  it.each(KINDS)('reads back every value written into the form with $kind', async ({ file }) => {
    const filled = await fillAnnexe1Pdf(fixture(file), DECLARATION);

    expect((await readAnnexe1Pdf(filled))?.values).toEqual(held(DECLARATION));
  });

  it.each(KINDS)('never changes the original of the form with $kind', async ({ file }) => {
    const original = fixture(file);
    await fillAnnexe1Pdf(original, DECLARATION);
    expect(original).toEqual(fixture(file));
  });

  it('leaves the fields editable, with appearances drawn in an embedded font', async () => {
    const filled = await PDFDocument.load(
      await fillAnnexe1Pdf(fixture('annexe1-named.pdf'), DECLARATION),
    );
    const form = filled.getForm();

    expect(form.getFields()).toHaveLength(34);
    expect(form.getTextField('Nom de la structure').getText()).toBe(DECLARATION['operator.name']);
    expect(form.getCheckBox('Case à cocher1').isChecked()).toBe(true);
    expect(form.getTextField('Nom de la structure').acroField.getDefaultAppearance()).toMatch(
      /DejaVuSans/,
    );
  });

  it('turns the fields into page content when asked to flatten', async () => {
    const bytes = await fillAnnexe1Pdf(fixture('annexe1-acroform.pdf'), DECLARATION, {
      flatten: true,
    });
    expect((await PDFDocument.load(bytes)).getForm().getFields()).toEqual([]);
  });

  it('writes a multi-line address on one line where the field has only one', async () => {
    const document = await PDFDocument.load(fixture('annexe1-acroform.pdf'));
    document.getForm().getTextField('Texte5').disableMultiline();
    const bytes = await fillAnnexe1Pdf(await document.save(), DECLARATION);

    expect((await readAnnexe1Pdf(bytes))?.values['legalRep.address']).toBe(
      '12\u202frue de l’Église, BP 42 – Cedex, 67000 Strasbourg',
    );
  });

  it('splits a whole DN into the form’s blanks', async () => {
    const dn = 'CN=mail.ch-tilleuls.fr,OU=1670780055,O=CH Tilleuls,ST=Bas-Rhin (67),C=FR';
    const filled = await fillAnnexe1Pdf(fixture('annexe1-flat.pdf'), { 'certificate.dn': dn });

    expect((await readAnnexe1Pdf(filled))?.values).toEqual({
      'certificate.cn': 'mail.ch-tilleuls.fr',
      'certificate.ou': '1670780055',
      'certificate.o': 'CH Tilleuls',
      'certificate.st': 'Bas-Rhin',
      'certificate.stCode': '67',
      'certificate.c': 'FR',
    });
  });

  it.each(KINDS)('shrinks a long value, and warns when it cannot fit ($kind)', async ({ file }) => {
    const long = 'Centre hospitalier régional universitaire de Strasbourg – site de Hautepierre';
    const { bytes, findings } = await fillAnnexe1PdfWithReport(fixture(file), {
      'certificate.o': long,
      'certificate.cn': 'mail.ch-tilleuls.fr',
    });

    expect(findings.map(({ field, severity, code }) => ({ field, severity, code }))).toEqual([
      { field: 'certificate.o', severity: 'warning', code: 'pdf-text-too-long' },
    ]);
    expect(findings[0]?.message).toMatch(/ne tient pas dans sa zone du PDF/);
    expect((await readAnnexe1Pdf(bytes))?.values['certificate.o']).toBe(long);
  });

  it('will not write over a flat blank that already bears other text', async () => {
    const once = await fillAnnexe1Pdf(fixture('annexe1-flat.pdf'), {
      'domain.name': 'a.mssante.fr',
    });
    const { bytes, findings } = await fillAnnexe1PdfWithReport(once, {
      'domain.name': 'b.mssante.fr',
      'signature.date': '03/12/2026',
    });

    expect(findings.map((finding) => [finding.field, finding.code])).toEqual([
      ['domain.name', 'pdf-already-written'],
    ]);
    expect((await readAnnexe1Pdf(bytes))?.values).toEqual({
      'domain.name': 'a.mssante.fr',
      'signature.date': '03/12/2026',
    });
  });

  it('refuses a PDF that is not the Annexe 1', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    await expect(fillAnnexe1Pdf(await other.save(), DECLARATION)).rejects.toEqual(
      new PdfError('notAnnexe1'),
    );
  });
});
