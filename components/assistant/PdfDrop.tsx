import { useDrop } from '@/components/use-drop';
import { t } from '@/lib/i18n';

/** What became of the last file, as shown to the user. */
export interface Notice {
  kind: 'ok' | 'error' | 'busy';
  text: string;
}

interface PdfDropProps {
  onFile: (file: File) => void;
  notice?: Notice;
}

/** Where the user hands over the PDF: dropped on the zone, or chosen with a file input. */
export function PdfDrop({ onFile, notice }: PdfDropProps) {
  const { over, handlers } = useDrop(onFile);

  return (
    // The file input is the keyboard's way in; dropping is a shortcut for the mouse.
    <section class={over ? 'drop over' : 'drop'} aria-label={t('assistantTitle')} {...handlers}>
      <p>{t('assistantIntro')}</p>
      <label class="button">
        {t('assistantChoose')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="visually-hidden"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // The same file chosen again (after fixing it) must be read again.
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <p role="status" aria-live="polite" class={notice?.kind}>
        {notice?.text}
      </p>
    </section>
  );
}
