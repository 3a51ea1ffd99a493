import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '@/components/options/NoticeBar';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { ProfileEditorProps } from '@/components/options/ProfileEditor';
import { getLocale, t } from '@/lib/i18n';
import { pruneDrafts } from '@/lib/profiles/drafts';
import { type NameProblem, nameProblem } from '@/lib/profiles/edit';
import { MAX_NAME_LENGTH, type Profile, type ProfilesState } from '@/lib/profiles/profile';
import { useActions } from './use-actions';
import { type Editor, useEditor } from './use-editor';
import { useImport } from './use-import';
import { useFindings, useProfiles } from './use-profiles';

const NAME_PROBLEM = {
  'name-empty': 'optionsNameEmpty',
  'name-too-long': 'optionsNameTooLong',
  'name-taken': 'optionsNameTaken',
} as const satisfies Record<NameProblem, string>;

/** The options page: the stored profiles, the one open, and the import under way. */
export function App() {
  const state = useProfiles();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusName, setFocusName] = useState(false);
  const [notice, say] = useState<Notice>();
  const imports = useImport(say);

  const profiles = state?.profiles ?? [];
  const open =
    profiles.find((profile) => profile.id === selectedId) ??
    profiles.find((profile) => profile.id === state?.activeId);
  const editor = useEditor(open);
  const findings = useFindings(editor.edit?.values);
  const select = (id: string | null, focus = false) => {
    setSelectedId(id);
    setFocusName(focus);
  };
  // What the last action said no longer holds once the user moves on; an undo stays.
  const edited = () => {
    if (notice && !notice.action) say(undefined);
  };
  const actions = useActions({ state, editor, say, select });

  // Drafts of profiles deleted in an earlier visit (the undo was not used) are dropped.
  const loaded = state !== undefined;
  useEffect(() => {
    if (state) void pruneDrafts(state.profiles.map((profile) => profile.id));
  }, [loaded]);

  // The name of a profile just created or copied takes the keyboard, once it is on screen.
  useEffect(() => {
    if (!focusName || editor.edit?.id !== selectedId) return;
    document.getElementById('profile-name')?.focus();
    setFocusName(false);
  }, [focusName, editor.edit, selectedId]);

  const editorProps = (profile: Profile): ProfileEditorProps | undefined => {
    const edit = editor.edit;
    // Right after another profile is opened, the edits shown are still the last one's.
    if (!edit || !state || edit.id !== profile.id) return undefined;
    return {
      savedName: profile.name,
      active: profile.id === state.activeId,
      name: edit.name,
      values: edit.values,
      nameError: nameError(state, profile, edit.name),
      draftNote: draftNote(editor),
      findings,
      onName: (name) => {
        edited();
        editor.setName(name);
      },
      onChange: (key, value) => {
        edited();
        editor.setValue(key, value);
      },
      onSave: () => void actions.save(profile),
      onDiscard: () => void actions.discard(),
      onUse: () => void actions.use(profile),
      onDuplicate: () => void actions.duplicate(profile),
      onExport: () => actions.exportOne(profile),
      onDelete: () => void actions.remove(profile),
    };
  };

  const pending = imports.pending;
  return (
    <OptionsPage
      loading={!loaded}
      empty={profiles.length === 0}
      notice={notice}
      list={{
        profiles,
        activeId: state?.activeId ?? null,
        selectedId: open?.id ?? null,
        onSelect: (id) => {
          edited();
          select(id);
        },
        onCreate: () => void actions.create(),
        onImport: (file) => void imports.importFile(file),
        onExportAll: actions.exportAll,
      }}
      clashes={
        pending && {
          fileName: pending.fileName,
          clashes: pending.clashes,
          choices: pending.choices,
          onChoose: imports.choose,
          onConfirm: () => void imports.confirm(),
          onCancel: imports.cancel,
        }
      }
      editor={open && editorProps(open)}
    />
  );
}

function nameError(state: ProfilesState, profile: Profile, name: string): string | undefined {
  const problem = nameProblem(state, profile.id, name);
  if (!problem) return undefined;
  return t(NAME_PROBLEM[problem], { max: MAX_NAME_LENGTH, name: name.trim() });
}

/** Says that the edits are not saved yet, and since when when they come from a draft. */
function draftNote(editor: Editor): string | undefined {
  if (!editor.dirty) return undefined;
  if (!editor.restoredFrom) return t('optionsDraftKept');
  return t('optionsDraftRestored', { date: formatDate(editor.restoredFrom) });
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'short', timeStyle: 'short' });
  return format.format(date);
}
