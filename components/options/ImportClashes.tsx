import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ClashChoice } from '@/lib/profiles/import';

export interface ImportClashesProps {
  fileName: string;
  /** The incoming profiles whose names are taken, with the name « keep both » gives them. */
  clashes: readonly { index: number; name: string; renamed: string }[];
  choices: ReadonlyMap<number, ClashChoice>;
  onChoose: (index: number, choice: ClashChoice) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const CHOICES = [
  ['replace', 'optionsClashReplace'],
  ['keep-both', 'optionsClashKeepBoth'],
  ['skip', 'optionsClashSkip'],
] as const;

/** Asks, for each incoming profile whose name is taken, what to do with it. */
export function ImportClashes(props: ImportClashesProps) {
  const title = useRef<HTMLHeadingElement>(null);
  // The question appears in answer to the file chosen: the keyboard goes to it.
  useEffect(() => title.current?.focus(), []);

  return (
    <section class="clashes" aria-labelledby="clashes-title">
      <h2 id="clashes-title" tabIndex={-1} ref={title}>
        {t('optionsClashTitle', { file: props.fileName })}
      </h2>
      <p>{t('optionsClashIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onConfirm();
        }}
      >
        {props.clashes.map((clash) => (
          <fieldset key={clash.index}>
            <legend>{t('optionsClashLegend', { name: clash.name })}</legend>
            {CHOICES.map(([choice, label]) => (
              <label class="choice" key={choice}>
                <input
                  type="radio"
                  name={`clash-${clash.index}`}
                  checked={(props.choices.get(clash.index) ?? 'keep-both') === choice}
                  onChange={() => props.onChoose(clash.index, choice)}
                />
                {t(label, { name: clash.renamed })}
              </label>
            ))}
          </fieldset>
        ))}
        <div class="save">
          <button type="submit">{t('optionsClashConfirm')}</button>
          <button type="button" class="secondary" onClick={props.onCancel}>
            {t('optionsClashCancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
