import type { Notice } from '@/components/options/NoticeBar';
import { saveFile } from '@/lib/extension/download';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import {
  addProfile,
  duplicateProfile,
  nameProblem,
  newProfileName,
  type Removed,
  removeProfile,
  restoreProfile,
  saveProfile,
  setActive,
} from '@/lib/profiles/edit';
import { exportFileName, profileFile } from '@/lib/profiles/file';
import type { Profile, ProfilesState } from '@/lib/profiles/profile';
import { type ProfilesChange, updateProfiles } from '@/lib/profiles/store';
import type { Editor } from './use-editor';

interface Context {
  state: ProfilesState | undefined;
  editor: Editor;
  say: (notice: Notice | undefined) => void;
  /** Opens a profile; `focusName` takes the keyboard to its name. */
  select: (id: string | null, focusName?: boolean) => void;
}

const now = () => new Date().toISOString();

/** What each button of the options page does to the stored profiles, and what it says. */
export function useActions({ state, editor, say, select }: Context) {
  const change = async (apply: ProfilesChange, done: () => void) => {
    try {
      await updateProfiles(apply);
      done();
    } catch (error) {
      logger.error('changing the profiles failed', error);
      say({ kind: 'error', text: t('optionsSaveFailed', { reason: String(error) }) });
    }
  };

  const exportProfiles = (chosen: readonly Profile[], single?: Profile) => {
    const file = exportFileName(new Date(), single?.name);
    saveFile(file, profileFile(chosen), 'application/json');
    const unsaved = single !== undefined && editor.dirty;
    say({
      kind: 'ok',
      text: t(unsaved ? 'optionsExportedSavedOnly' : 'optionsExported', { file }),
    });
  };

  const restore = (removed: Removed) =>
    change(
      (current) => restoreProfile(current, removed),
      () => {
        select(removed.profile.id, true);
        say({ kind: 'ok', text: t('optionsRestored', { name: removed.profile.name }) });
      },
    );

  return {
    create() {
      const id = crypto.randomUUID();
      const name = (current: ProfilesState) => newProfileName(current, t('optionsNewName'));
      return change(
        (current) => addProfile(current, { id, name: name(current), values: {} }, now()),
        () => {
          select(id, true);
          say({ kind: 'ok', text: t('optionsCreated') });
        },
      );
    },

    save(profile: Profile) {
      const edit = editor.edit;
      if (!edit || !state || nameProblem(state, profile.id, edit.name)) {
        select(profile.id, true);
        return Promise.resolve();
      }
      return change(
        (current) => saveProfile(current, profile.id, edit, now()),
        () => {
          void editor.saved();
          say({ kind: 'ok', text: t('optionsSaved') });
        },
      );
    },

    async discard() {
      await editor.discard();
      say({ kind: 'ok', text: t('optionsDiscarded') });
    },

    use(profile: Profile) {
      return change(
        (current) => setActive(current, profile.id),
        () => say({ kind: 'ok', text: t('optionsNowActive', { name: profile.name }) }),
      );
    },

    duplicate(profile: Profile) {
      const id = crypto.randomUUID();
      return change(
        (current) => duplicateProfile(current, profile.id, id, now()),
        () => {
          select(id, true);
          say({ kind: 'ok', text: t('optionsDuplicated') });
        },
      );
    },

    remove(profile: Profile) {
      let removed: Removed | undefined;
      const undo = { label: t('optionsUndo'), run: () => removed && void restore(removed) };
      return change(
        (current) => {
          const result = removeProfile(current, profile.id);
          removed = result?.removed;
          return result?.state;
        },
        () => {
          select(null);
          say({ kind: 'ok', text: t('optionsDeleted', { name: profile.name }), action: undo });
        },
      );
    },

    exportAll: () => exportProfiles(state?.profiles ?? []),
    exportOne: (profile: Profile) => exportProfiles([profile], profile),
  };
}
