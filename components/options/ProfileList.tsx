import { t } from '@/lib/i18n';

export interface ProfileListProps {
  profiles: readonly { id: string; name: string }[];
  activeId: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: () => void;
  onImport: (file: File) => void;
  onExportAll: () => void;
}

/** The profiles, which one is open and which one fills forms; new, import, export. */
export function ProfileList(props: ProfileListProps) {
  return (
    <nav class="profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('optionsListTitle')}</h2>
      {props.profiles.length > 0 && (
        <ul>
          {props.profiles.map((profile) => (
            <li key={profile.id}>
              <button
                type="button"
                class={profile.id === props.selectedId ? 'choose selected' : 'choose'}
                aria-current={profile.id === props.selectedId ? 'true' : undefined}
                onClick={() => props.onSelect(profile.id)}
              >
                <span class="name">{profile.name}</span>
                {/* The space keeps the two apart in the button's accessible name. */}
                {profile.id === props.activeId && (
                  <>
                    {' '}
                    <span class="tag">{t('optionsActiveTag')}</span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="list-actions">
        <button type="button" onClick={props.onCreate}>
          {t('optionsNew')}
        </button>
        <label for="import-file">{t('optionsImportLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (once fixed) imports it again.
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
        <button
          type="button"
          class="secondary"
          disabled={props.profiles.length === 0}
          onClick={props.onExportAll}
        >
          {t('optionsExportAll')}
        </button>
      </div>
    </nav>
  );
}
