import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/rules';
import { ProfileExtras } from '../extras/ProfileExtras';
import { ProfileFields } from './ProfileFields';

export interface ProfileEditorProps {
  /** The saved name, as the list shows it. */
  savedName: string;
  /** This profile fills the forms. */
  active: boolean;
  /** The name and values being edited. */
  name: string;
  values: FormValues;
  /** Why the name cannot be saved, if it cannot. */
  nameError?: string;
  findings: Partial<Record<FieldKey, readonly Finding[]>>;
  /** Set while the edits differ from the saved profile: says they are kept as a draft. */
  draftNote?: string;
  onName: (name: string) => void;
  onChange: (key: FieldKey, value: string | boolean) => void;
  onSave: () => void;
  onDiscard: () => void;
  onUse: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One profile: its name, what can be done with it, and every field it holds. */
export function ProfileEditor(props: ProfileEditorProps) {
  const { nameError } = props;
  return (
    <section class="editor" aria-labelledby="editor-title">
      <h2 id="editor-title">{props.savedName}</h2>
      {props.draftNote && <p class="draft">{props.draftNote}</p>}
      <div class="toolbar">
        {props.active ? (
          <p class="tag">{t('optionsIsActive')}</p>
        ) : (
          <button type="button" onClick={props.onUse}>
            {t('optionsUseForFilling')}
          </button>
        )}
        <button type="button" class="secondary" onClick={props.onDuplicate}>
          {t('optionsDuplicate')}
        </button>
        <button type="button" class="secondary" onClick={props.onExport}>
          {t('optionsExportOne')}
        </button>
        <button type="button" class="secondary danger" onClick={props.onDelete}>
          {t('optionsDelete')}
        </button>
      </div>
      <form
        class="profile-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave();
        }}
      >
        <div class="field name">
          <label for="profile-name">{t('optionsNameLabel')}</label>
          <input
            id="profile-name"
            type="text"
            value={props.name}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'profile-name-error' : undefined}
            onInput={(event) => props.onName(event.currentTarget.value)}
          />
          {nameError && (
            <p id="profile-name-error" class="error">
              {nameError}
            </p>
          )}
        </div>
        <ProfileFields values={props.values} findings={props.findings} onChange={props.onChange} />
        {/* Issue 7: the DN from the certificate file, and the published whitelist. */}
        <ProfileExtras values={props.values} onChange={props.onChange} />
        <div class="save">
          <button type="submit">{t('optionsSave')}</button>
          {props.draftNote && (
            <button type="button" class="secondary" onClick={props.onDiscard}>
              {t('optionsDiscard')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
