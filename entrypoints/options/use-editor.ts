import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';
import { clearDraft, readDraft, writeDraft } from '@/lib/profiles/drafts';
import { type Profile, sameValues } from '@/lib/profiles/profile';

/** The name and values on screen for the open profile. */
export interface Edit {
  id: string;
  name: string;
  values: FormValues;
}

export interface Editor {
  edit: Edit | undefined;
  /** The edits differ from the saved profile. */
  dirty: boolean;
  /** When the edits on screen came from a draft left by an earlier visit (ISO 8601). */
  restoredFrom: string | undefined;
  setName: (name: string) => void;
  setValue: (key: FieldKey, value: string | boolean) => void;
  /** Back to the saved profile; the draft is forgotten. */
  discard: () => Promise<void>;
  /** The edits were saved: the draft is no longer needed. */
  saved: () => Promise<void>;
}

// Long enough not to write on every key stroke, short enough that a closed tab loses little.
const DRAFT_DELAY_MS = 400;

const editOf = ({ id, name, values }: Profile): Edit => ({ id, name, values });

const isDirty = (edit: Edit, profile: Profile) =>
  edit.name !== profile.name || !sameValues(edit.values, profile.values);

/**
 * The edits of the open profile, kept as a draft (debounced) while they differ from the
 * saved profile, and taken up again from the draft when the profile is opened later.
 */
export function useEditor(profile: Profile | undefined): Editor {
  const [edit, setEditState] = useState<Edit>();
  // The latest edit, ahead of the render: several changes in one event build on each other.
  const latest = useRef<Edit>();
  const setEdit = (next: Edit | undefined) => {
    latest.current = next;
    setEditState(next);
  };
  const [restoredFrom, setRestoredFrom] = useState<string>();
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void }>();
  const lastSaved = useRef<Profile>();

  const flush = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.write();
    pending.current = undefined;
  };
  const cancel = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
  };

  // Opening another profile: what was typed in the last one is written first. The saved
  // profile shows at once; its draft, if it has one, replaces it as soon as it is read.
  const id = profile?.id;
  useEffect(() => {
    flush();
    setRestoredFrom(undefined);
    lastSaved.current = profile;
    setEdit(profile && editOf(profile));
    if (!profile) return;
    let live = true;
    void readDraft(profile.id).then((draft) => {
      if (!live || !draft) return;
      setEdit({ id: profile.id, name: draft.name, values: draft.values });
      setRestoredFrom(draft.savedAt);
    });
    return () => {
      live = false;
    };
  }, [id]);

  // A new saved version (saved here, or in another tab) replaces edits that had none.
  useEffect(() => {
    const before = lastSaved.current;
    lastSaved.current = profile;
    if (!profile || !before || !edit || edit.id !== profile.id) return;
    if (!isDirty(edit, before)) setEdit(editOf(profile));
  }, [profile]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const change = (next: Edit) => {
    setEdit(next);
    cancel();
    const write = () => {
      const saved = lastSaved.current;
      if (saved && !isDirty(next, saved)) void clearDraft(next.id);
      else void writeDraft(next.id, { name: next.name, values: next.values, savedAt: now() });
    };
    pending.current = { timer: setTimeout(flush, DRAFT_DELAY_MS), write };
  };

  return {
    edit,
    dirty: edit !== undefined && profile !== undefined && isDirty(edit, profile),
    restoredFrom,
    setName: (name) => latest.current && change({ ...latest.current, name }),
    setValue: (key, value) => {
      const current = latest.current;
      if (current) change({ ...current, values: { ...current.values, [key]: value } });
    },
    async discard() {
      cancel();
      if (!edit || !profile) return;
      setEdit(editOf(profile));
      setRestoredFrom(undefined);
      await clearDraft(profile.id);
    },
    async saved() {
      cancel();
      setRestoredFrom(undefined);
      if (edit) await clearDraft(edit.id);
    },
  };
}

function now(): string {
  return new Date().toISOString();
}
