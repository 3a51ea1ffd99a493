import { useState } from 'preact/hooks';
import type { Notice } from '@/components/options/NoticeBar';
import { t } from '@/lib/i18n';
import {
  type Clash,
  type ClashChoice,
  type Incoming,
  mergeImport,
  planImport,
} from '@/lib/profiles/import';
import { readProfiles, updateProfiles } from '@/lib/profiles/store';

/** An import waiting for the user to settle the names already taken. */
export interface PendingImport {
  fileName: string;
  incoming: Incoming[];
  clashes: Clash[];
  choices: Map<number, ClashChoice>;
}

export interface ImportFlow {
  pending: PendingImport | undefined;
  importFile: (file: File) => Promise<void>;
  choose: (index: number, choice: ClashChoice) => void;
  confirm: () => Promise<void>;
  cancel: () => void;
}

/**
 * Import from the file input: the stored profiles change only once the whole file passed
 * its check and every name clash is settled.
 */
export function useImport(say: (notice: Notice | undefined) => void): ImportFlow {
  const [pending, setPending] = useState<PendingImport>();

  const apply = async ({ fileName, incoming, choices }: Omit<PendingImport, 'clashes'>) => {
    let summary = { added: 0, replaced: 0, skipped: 0 };
    await updateProfiles((state) => {
      const stamp = { now: new Date().toISOString(), newId: () => crypto.randomUUID() };
      const merged = mergeImport(state, incoming, choices, stamp);
      summary = merged.summary;
      return merged.state;
    });
    setPending(undefined);
    say({ kind: 'ok', text: t('optionsImportDone', { file: fileName, ...summary }) });
  };

  return {
    pending,

    async importFile(file) {
      setPending(undefined);
      say(undefined);
      const plan = await planImport(file, await readProfiles());
      if (!plan.ok) {
        const text = t('optionsImportRefused', { file: file.name, reason: plan.reason });
        return say({ kind: 'error', text });
      }
      const next = { fileName: file.name, incoming: plan.incoming, choices: new Map() };
      if (plan.clashes.length === 0) return apply(next);
      setPending({ ...next, clashes: plan.clashes });
    },

    choose(index, choice) {
      if (!pending) return;
      setPending({ ...pending, choices: new Map(pending.choices).set(index, choice) });
    },

    async confirm() {
      if (pending) await apply(pending);
    },

    cancel() {
      setPending(undefined);
      say({ kind: 'ok', text: t('optionsImportCancelled') });
    },
  };
}
