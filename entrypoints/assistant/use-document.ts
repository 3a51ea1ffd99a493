import { useState } from 'preact/hooks';
import type { Notice } from '@/components/assistant/PdfDrop';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import type { Annexe1Pdf } from '@/lib/pdf';
import { type PdfProblem, pdfProblemOf } from '@/lib/pdf/errors';
import { MAX_PDF_BYTES } from '@/lib/pdf/inspect';
import { fetchRemotePdf } from '@/lib/pdf/source';
import { loadActiveProfile } from '@/lib/profiles/active';
import { loadEngine } from './engine';

/** The PDF being filled: its original bytes (never changed), its blanks, the values. */
export interface OpenDocument {
  name: string;
  bytes: Uint8Array;
  pdf: Annexe1Pdf;
  values: FormValues;
  differences: ReadonlyMap<FieldKey, string>;
  profileName: string | undefined;
}

const PROBLEM_TEXT = {
  notPdf: 'assistantNotPdf',
  tooLarge: 'assistantTooLarge',
  encrypted: 'assistantEncrypted',
  unreadable: 'assistantUnreadable',
  notAnnexe1: 'assistantNotAnnexe1',
} as const satisfies Record<PdfProblem, string>;

function refusal(file: { name: string; size: number }, problem: PdfProblem): Notice {
  const size = (file.size / 1024 / 1024).toFixed(1);
  return { kind: 'error', text: t(PROBLEM_TEXT[problem], { name: file.name, size }) };
}

/** Reads a file into the Annexe 1 it holds, prefilled from the PDF and the active profile. */
async function read(file: File): Promise<OpenDocument> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const engine = await loadEngine();
  const pdf = await engine.readAnnexe1Pdf(bytes);
  if (!pdf) throw new engine.PdfError('notAnnexe1');
  const profile = await loadActiveProfile();
  const { values, differences } = engine.prefill(pdf, profile?.values);
  const offers = new Map(differences.map((difference) => [difference.key, difference.profile]));
  return { name: file.name, bytes, pdf, values, differences: offers, profileName: profile?.name };
}

/**
 * The document the page works on, and what became of the last file handed over. A file
 * that cannot be used changes nothing but the notice: the form being filled stays.
 */
export function useDocument() {
  const [notice, setNotice] = useState<Notice>();
  const [document, setDocument] = useState<OpenDocument>();

  const open = async (file: File) => {
    // An oversized file is refused before it is read into memory.
    if (file.size > MAX_PDF_BYTES) return setNotice(refusal(file, 'tooLarge'));
    setNotice({ kind: 'busy', text: t('assistantReading', { name: file.name }) });
    try {
      const opened = await read(file);
      setDocument(opened);
      const { pageCount: pages, blanks } = opened.pdf;
      setNotice({
        kind: 'ok',
        text: t('assistantRead', { name: file.name, pages, fields: blanks.length }),
      });
    } catch (error) {
      logger.warn('PDF refused', error);
      setNotice(refusal(file, pdfProblemOf(error)));
    }
  };

  const change = (key: FieldKey, value: string | boolean) =>
    setDocument((current) => {
      if (!current) return current;
      // Once the user has chosen a value, the profile's other one is no longer offered.
      const differences = new Map(current.differences);
      differences.delete(key);
      return { ...current, values: { ...current.values, [key]: value }, differences };
    });

  // The PDF a tab shows, fetched where the extension may read its site; elsewhere the
  // page says to save it and drop it (`sourceNotice`), and nothing else happens.
  const openRemote = async (url: string): Promise<boolean> => {
    const remote = await fetchRemotePdf(url);
    if (remote.kind === 'tooLarge') setNotice(refusal(remote, 'tooLarge'));
    if (remote.kind === 'file') await open(remote.file);
    return remote.kind !== 'unavailable';
  };

  return { notice, document, open, openRemote, change };
}
