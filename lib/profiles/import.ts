import type { FormValues } from '../annexe1/fields';
import { t } from '../i18n';
import { addProfile, saveProfile } from './edit';
import { checkFileSize, parseProfileFile } from './file';
import { type ProfilesState, sameName, uniqueName } from './profile';

/**
 * Adding the profiles of a checked file to the stored ones. A profile whose name is already
 * taken waits for the user's choice: replace the stored one, keep both (the new one renamed
 * « name (2) »), or skip it.
 */

/** A profile read from a file. */
export interface Incoming {
  name: string;
  values: FormValues;
}

export type ClashChoice = 'replace' | 'keep-both' | 'skip';

/** An incoming profile whose name a stored profile has. */
export interface Clash {
  /** Its place in the file. */
  index: number;
  name: string;
  /** The name it gets if the user keeps both. */
  renamed: string;
}

/** What a chosen file would bring, or why it is refused. */
export type ImportPlan =
  | { ok: true; incoming: Incoming[]; clashes: Clash[] }
  | { ok: false; reason: string };

/** What `planImport` needs of a `File`. */
export interface FileLike {
  readonly size: number;
  text(): Promise<string>;
}

/** What an import did, for the sentence that reports it. */
export interface ImportSummary {
  added: number;
  replaced: number;
  skipped: number;
}

/**
 * Checks a chosen file against the stored profiles without changing them: its size first
 * (an oversized file is never read), then its whole content, then the names it would take.
 */
export async function planImport(file: FileLike, state: ProfilesState): Promise<ImportPlan> {
  const tooLarge = checkFileSize(file.size);
  if (tooLarge && !tooLarge.ok) return tooLarge;
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: t('profilesFileUnreadable') };
  }
  const checked = parseProfileFile(text);
  if (!checked.ok) return checked;
  return { ok: true, incoming: checked.profiles, clashes: findClashes(state, checked.profiles) };
}

/** The incoming profiles whose names are taken, in the file's order. */
export function findClashes(state: ProfilesState, incoming: readonly Incoming[]): Clash[] {
  const names = state.profiles.map((profile) => profile.name);
  return incoming.flatMap(({ name }, index) =>
    names.some((taken) => sameName(taken, name))
      ? [{ index, name, renamed: uniqueName(name, names) }]
      : [],
  );
}

/**
 * The state with the incoming profiles added, each clash settled by `choices` (by index in
 * the file; keep both when no choice was made, as nothing is lost that way). New profiles
 * take their ids from `newId`.
 */
export function mergeImport(
  state: ProfilesState,
  incoming: readonly Incoming[],
  choices: ReadonlyMap<number, ClashChoice>,
  stamp: { now: string; newId: () => string },
): { state: ProfilesState; summary: ImportSummary } {
  const summary: ImportSummary = { added: 0, replaced: 0, skipped: 0 };
  let next = state;
  incoming.forEach(({ name, values }, index) => {
    const existing = next.profiles.find((profile) => sameName(profile.name, name));
    const choice = existing ? (choices.get(index) ?? 'keep-both') : 'keep-both';
    if (choice === 'skip') {
      summary.skipped += 1;
      return;
    }
    if (existing && choice === 'replace') {
      next = saveProfile(next, existing.id, { name, values }, stamp.now) ?? next;
      summary.replaced += 1;
      return;
    }
    const taken = next.profiles.map((profile) => profile.name);
    const added = { id: stamp.newId(), name: uniqueName(name, taken), values };
    next = addProfile(next, added, stamp.now);
    summary.added += 1;
  });
  return { state: next, summary };
}
