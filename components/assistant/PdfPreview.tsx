import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface PdfPreviewProps {
  pageCount: number;
  /** Draws a page into its canvas; called again whenever `version` changes. */
  draw: (canvas: HTMLCanvasElement, index: number) => Promise<void>;
  version: number;
  busy: boolean;
}

/** The filled PDF, page by page, as a viewer and a printer will show it. */
export function PdfPreview({ pageCount, draw, version, busy }: PdfPreviewProps) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  useEffect(() => {
    canvases.current.slice(0, pageCount).forEach((canvas, index) => {
      if (canvas) void draw(canvas, index);
    });
  }, [version, pageCount, draw]);

  return (
    <section class="preview" aria-labelledby="preview-title" aria-busy={busy}>
      <h2 id="preview-title">{t('assistantPreviewTitle')}</h2>
      <p role="status" class="busy">
        {busy ? t('assistantPreviewBusy') : ''}
      </p>
      {Array.from({ length: pageCount }, (_, index) => (
        <canvas
          key={index}
          role="img"
          aria-label={t('assistantPreviewPage', { page: index + 1, pages: pageCount })}
          ref={(canvas) => {
            canvases.current[index] = canvas;
          }}
        />
      ))}
    </section>
  );
}
