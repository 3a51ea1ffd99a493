import { t } from '@/lib/i18n';

export interface ProfileSelectProps {
  /** `undefined` while the profiles are read. */
  profiles: readonly { id: string; name: string }[] | undefined;
  activeId: string | null;
  onSelect: (id: string) => void;
}

/** Which profile fills forms, changed in one step; or where to create the first one. */
export function ProfileSelect({ profiles, activeId, onSelect }: ProfileSelectProps) {
  if (profiles === undefined) return null;
  if (profiles.length === 0) return <p class="no-profile">{t('popupNoProfile')}</p>;
  return (
    <div class="field">
      <label for="active-profile">{t('popupProfileLabel')}</label>
      <select
        id="active-profile"
        value={activeId ?? undefined}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
    </div>
  );
}
