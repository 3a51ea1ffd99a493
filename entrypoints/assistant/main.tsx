import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PdfDrop } from '@/components/PdfDrop';
import '@/components/page.css';
import { applyUiLanguage } from '@/lib/extension/ui-language';
import { t } from '@/lib/i18n';
import { inspectPdf, MAX_PDF_BYTES, type PdfInspection } from '@/lib/pdf/inspect';
import './style.css';

type Notice = { kind: 'ok' | 'error' | 'busy'; text: string };

const REASON_TEXT = {
  notPdf: 'assistantNotPdf',
  tooLarge: 'assistantTooLarge',
  encrypted: 'assistantEncrypted',
  unreadable: 'assistantUnreadable',
} as const;

function describe(name: string, size: number, result: PdfInspection): Notice {
  if (result.ok) {
    return {
      kind: 'ok',
      text: t('assistantRead', { name, pages: result.pages, fields: result.fields }),
    };
  }
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return { kind: 'error', text: t(REASON_TEXT[result.reason], { name, size: megabytes }) };
}

function App() {
  const [notice, setNotice] = useState<Notice>();

  const open = async (file: File) => {
    setNotice({ kind: 'busy', text: t('assistantReading', { name: file.name }) });
    // An oversized file is refused before it is read into memory.
    const result: PdfInspection =
      file.size > MAX_PDF_BYTES
        ? { ok: false, reason: 'tooLarge' }
        : await inspectPdf(new Uint8Array(await file.arrayBuffer()));
    setNotice(describe(file.name, file.size, result));
  };

  return (
    <main>
      <h1>{t('assistantTitle')}</h1>
      <PdfDrop onFile={(file) => void open(file)} notice={notice} />
    </main>
  );
}

applyUiLanguage(browser.i18n.getUILanguage(), 'assistantTitle');
render(<App />, document.getElementById('app') as HTMLElement);
