import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface PdfDropProps {
  onFile: (file: File) => void;
  /** What became of the last file, as shown to the user. */
  notice?: { kind: 'ok' | 'error' | 'busy'; text: string };
}

/** Where the user hands over the PDF: dropped on the zone, or chosen with a file input. */
export function PdfDrop({ onFile, notice }: PdfDropProps) {
  const [over, setOver] = useState(false);

  return (
    // The file input is the keyboard's way in; dropping is a shortcut for the mouse.
    <section
      class={over ? 'drop over' : 'drop'}
      aria-label={t('assistantTitle')}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <p>{t('assistantIntro')}</p>
      <label class="button">
        {t('assistantChoose')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="visually-hidden"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
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
