import { storage } from '#imports';
import type { FormValues } from '../annexe1/fields';
import { isRecord, profileValues } from './profile';

/**
 * Edits not yet saved, kept apart from the profiles: a closed tab or a crash loses nothing,
 * and the form is still filled from the saved profile until the user saves. One draft per
 * profile, in the local area like the profiles.
 */

export interface Draft {
  name: string;
  values: FormValues;
  /** ISO 8601: when the draft was last written. */
  savedAt: string;
}

type Drafts = Record<string, Draft>;

export const draftsItem = storage.defineItem<Drafts>('local:profileDrafts', {
  fallback: {},
  version: 1,
});

let queue: Promise<unknown> = Promise.resolve();

/** The draft of profile `id`, if its edits were not saved. */
export async function readDraft(id: string): Promise<Draft | undefined> {
  return readDrafts().then((drafts) => drafts[id]);
}

/** Keeps `draft` as profile `id`'s unsaved edits. */
export function writeDraft(id: string, draft: Draft): Promise<void> {
  return change((drafts) => ({ ...drafts, [id]: draft }));
}

/** Forgets profile `id`'s unsaved edits (saved, abandoned, or the profile deleted). */
export function clearDraft(id: string): Promise<void> {
  return change(({ [id]: _dropped, ...kept }) => kept);
}

/** Forgets the drafts of profiles that no longer exist. */
export function pruneDrafts(profileIds: readonly string[]): Promise<void> {
  return change((drafts) => {
    const kept = Object.entries(drafts).filter(([id]) => profileIds.includes(id));
    return kept.length === Object.keys(drafts).length ? undefined : Object.fromEntries(kept);
  });
}

/** Applies `apply` to the drafts as stored now; `undefined` leaves them as they are. */
function change(apply: (drafts: Drafts) => Drafts | undefined): Promise<void> {
  const run = queue.then(async () => {
    const next = apply(await readDrafts());
    if (next !== undefined) await draftsItem.setValue(next);
  });
  queue = run.catch(() => undefined);
  return run;
}

async function readDrafts(): Promise<Drafts> {
  const raw: unknown = await draftsItem.getValue();
  const drafts: Drafts = {};
  if (!isRecord(raw)) return drafts;
  for (const [id, draft] of Object.entries(raw)) {
    if (!isRecord(draft) || typeof draft.name !== 'string') continue;
    const savedAt = typeof draft.savedAt === 'string' ? draft.savedAt : '';
    drafts[id] = { name: draft.name, values: profileValues(draft.values), savedAt };
  }
  return drafts;
}
