import { useEffect, useState } from 'preact/hooks';
import { AssistantPage } from '@/components/assistant/AssistantPage';
import { t } from '@/lib/i18n';
import { remoteSourceName, remoteSourceUrl } from '@/lib/pdf/source';
import { useChecks } from './use-checks';
import { useDocument } from './use-document';
import { useDownload } from './use-download';
import { usePreview } from './use-preview';

/** The assistant page: a PDF handed over, filled, checked, previewed and downloaded. */
export function App() {
  const { notice, document, open, openRemote, change } = useDocument();
  const preview = usePreview(document);
  const { findings, checks } = useChecks(document, preview.findings);
  const { state: download, download: save } = useDownload(document);
  const [unreachable, setUnreachable] = useState<string>();

  useEffect(() => {
    const url = remoteSourceUrl(location.search);
    if (!url) return;
    void openRemote(url).then((fetched) => {
      if (!fetched) setUnreachable(remoteSourceName(location.search));
    });
  }, []);

  return (
    <AssistantPage
      notice={notice}
      sourceNotice={unreachable && t('assistantRemoteSource', { name: unreachable })}
      pdf={
        document && {
          form: document.pdf.form,
          unmapped: document.pdf.unmapped,
          keys: new Set(document.pdf.blanks.map((blank) => blank.key)),
          multiline: new Set(document.pdf.blanks.filter((b) => b.multiline).map((b) => b.key)),
          values: document.values,
          findings,
          checks,
          differences: document.differences,
          profileName: document.profileName,
        }
      }
      preview={
        preview.preview && {
          pageCount: preview.preview.pageCount,
          draw: preview.preview.draw,
          version: preview.version,
          busy: preview.busy,
        }
      }
      download={download}
      onFile={(file) => void open(file)}
      onChange={change}
      onDownload={() => void save()}
    />
  );
}
