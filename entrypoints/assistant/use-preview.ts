import { useEffect, useRef, useState } from 'preact/hooks';
import { logger } from '@/lib/logger';
import type { Finding } from '@/lib/rules';
import { loadEngine } from './engine';
import { openPreview, type PreviewDocument } from './preview';
import type { OpenDocument } from './use-document';

/** Typing pauses this long (ms) before the preview is filled and drawn again. */
const SETTLE = 400;

export interface PreviewState {
  preview: PreviewDocument | undefined;
  version: number;
  busy: boolean;
  /** What the last fill found (values too long for their blank…). */
  findings: Finding[];
}

/** The filled PDF of the document's current values, redrawn once typing settles. */
export function usePreview(document: OpenDocument | undefined): PreviewState {
  const [state, setState] = useState<PreviewState>({
    preview: undefined,
    version: 0,
    busy: false,
    findings: [],
  });
  const shown = useRef<PreviewDocument>();
  useEffect(() => () => shown.current?.close(), []);

  useEffect(() => {
    if (!document) return undefined;
    let stale = false;
    setState((current) => ({ ...current, busy: true }));
    const timer = setTimeout(async () => {
      try {
        const engine = await loadEngine();
        const { bytes, pdf, values } = document;
        const filled = await engine.fillAnnexe1PdfWithReport(bytes, values, { pdf });
        const preview = await openPreview(filled.bytes);
        if (stale) return preview.close();
        shown.current?.close();
        shown.current = preview;
        setState((current) => ({
          preview,
          version: current.version + 1,
          busy: false,
          findings: filled.findings,
        }));
      } catch (error) {
        logger.error('The preview could not be drawn', error);
        if (!stale) setState((current) => ({ ...current, busy: false }));
      }
    }, SETTLE);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [document?.bytes, document?.values]);

  return state;
}
