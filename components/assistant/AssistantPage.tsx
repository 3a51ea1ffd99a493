import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/rules';
import { AssistantExtras } from '../extras/AssistantExtras';
import { CheckList } from './CheckList';
import { type Notice, PdfDrop } from './PdfDrop';
import { PdfFields } from './PdfFields';
import { PdfPreview, type PdfPreviewProps } from './PdfPreview';

/** The PDF opened, as the page shows it. */
export interface OpenedPdf {
  form: 'fields' | 'flat';
  /** The PDF's form fields no key was found for, by name. */
  unmapped: readonly string[];
  keys: ReadonlySet<FieldKey>;
  multiline: ReadonlySet<FieldKey>;
  values: FormValues;
  /** Each field's findings, as the user types. */
  findings: Partial<Record<FieldKey, readonly Finding[]>>;
  /** The findings over the whole form (required fields, fields that disagree). */
  checks: readonly Finding[];
  differences: ReadonlyMap<FieldKey, string>;
  /** The profile the fields were prefilled with, if any. */
  profileName: string | undefined;
}

export interface AssistantPageProps {
  notice?: Notice;
  /** Said when the page was opened for a PDF it may not fetch (another site's). */
  sourceNotice?: string;
  pdf?: OpenedPdf;
  preview?: Omit<PdfPreviewProps, 'busy'> & { busy: boolean };
  download: { busy: boolean; notice?: Notice };
  onFile: (file: File) => void;
  onChange: (key: FieldKey, value: string | boolean) => void;
  onDownload: () => void;
}

function Opened({ pdf, ...props }: AssistantPageProps & { pdf: OpenedPdf }) {
  const { download } = props;
  return (
    <div class="opened">
      <form
        class="fields"
        aria-labelledby="fields-title"
        onSubmit={(event) => {
          event.preventDefault();
          props.onDownload();
        }}
      >
        <h2 id="fields-title">{t('assistantFieldsTitle')}</h2>
        <p>{t(pdf.form === 'fields' ? 'assistantFormFields' : 'assistantFormFlat')}</p>
        {pdf.unmapped.length > 0 && (
          <p>
            {t('assistantUnmapped', {
              names: pdf.unmapped.map((name) => `« ${name} »`).join(', '),
            })}
          </p>
        )}
        <p>
          {pdf.profileName === undefined
            ? t('assistantNoProfile')
            : t('assistantProfileUsed', { name: pdf.profileName })}
        </p>
        <PdfFields {...pdf} onChange={props.onChange} />
        {/* Issue 7: the DN from the certificate file, and the published whitelist. */}
        <AssistantExtras values={pdf.values} keys={pdf.keys} onChange={props.onChange} />
        <CheckList findings={pdf.checks} />
        <div class="save">
          <button type="submit" disabled={download.busy}>
            {t('assistantDownload')}
          </button>
          <p role="status" class={download.notice?.kind}>
            {download.notice?.text}
          </p>
        </div>
      </form>
      {props.preview && <PdfPreview {...props.preview} />}
    </div>
  );
}

/**
 * The assistant: the PDF handed over, its blanks to fill grouped as the form prints them
 * with what the rules say, a preview of the filled pages, and the download.
 */
export function AssistantPage(props: AssistantPageProps) {
  return (
    <main class="assistant">
      <h1>{t('assistantTitle')}</h1>
      {props.sourceNotice && <p class="source">{props.sourceNotice}</p>}
      <PdfDrop onFile={props.onFile} notice={props.notice} />
      {props.pdf && <Opened {...props} pdf={props.pdf} />}
    </main>
  );
}
