import { useState } from 'preact/hooks';
import type { Notice } from '@/components/assistant/PdfDrop';
import { saveFile } from '@/lib/extension/download';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import { loadEngine } from './engine';
import type { OpenDocument } from './use-document';

/** The filled PDF, saved under the domain's name. */
export function useDownload(document: OpenDocument | undefined) {
  const [state, setState] = useState<{ busy: boolean; notice?: Notice }>({ busy: false });
  const download = async () => {
    if (!document) return;
    setState({ busy: true, notice: { kind: 'busy', text: t('assistantDownloading') } });
    try {
      const engine = await loadEngine();
      const { bytes, values, pdf } = document;
      const filled = await engine.fillAnnexe1Pdf(bytes, values, { pdf });
      const name = engine.downloadName(String(values['domain.name'] ?? ''));
      saveFile(name, filled as BlobPart, 'application/pdf');
      setState({ busy: false, notice: { kind: 'ok', text: t('assistantDownloaded', { name }) } });
    } catch (error) {
      logger.error('The PDF could not be filled', error);
      setState({ busy: false, notice: { kind: 'error', text: t('assistantFillFailed') } });
    }
  };
  return { state, download };
}
