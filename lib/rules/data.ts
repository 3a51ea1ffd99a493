import type { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * The rules' heavy data: the phone metadata (~120 KB), the official departments (~10 KB)
 * and the free-webmail list (3,800 domains). The content script must start small (40 KB
 * in all), so this data sits in chunks of its own, loaded by `loadRuleData`.
 */
export interface RuleData {
  readonly parsePhone: typeof parsePhoneNumberFromString;
  /** Official department names by code (`01` … `95`, `2A`, `2B`, `971` …). */
  readonly departments: ReadonlyMap<string, string>;
  /** Free webmail domains, lower case. */
  readonly webmail: ReadonlySet<string>;
}

// The first keystrokes may come before the data: those checks are degraded but honest (see
// index.ts) until the content script checks again once loadRuleData resolves.
// TODO [2027-01-15]: checks before loadRuleData lack phone, department and webmail data; re-check.
let data: RuleData | undefined;
let pending: Promise<void> | undefined;

/** The loaded data, or `undefined` while `loadRuleData` has not finished. */
export function ruleData(): RuleData | undefined {
  return data;
}

/** True once `loadRuleData` has finished: every rule then runs in full. */
export function isRuleDataLoaded(): boolean {
  return data !== undefined;
}

/**
 * Loads the data the complete rules need; await it before checking. Calling it again is
 * free; a failed load (a chunk that could not be fetched) rejects and may be retried.
 *
 * @example await loadRuleData(); checkForm(values);
 */
export async function loadRuleData(): Promise<void> {
  pending ??= load().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  await pending;
}

async function load(): Promise<void> {
  const [phone, departments, webmail] = await Promise.all([
    import('libphonenumber-js/min'),
    import('@etalab/decoupage-administratif/data/departements.json'),
    import('@activeprospect/freemail/data/free.txt?raw'),
  ]);
  data = {
    parsePhone: phone.parsePhoneNumberFromString,
    departments: new Map(departments.default.map((entry) => [entry.code, entry.nom])),
    webmail: new Set(
      webmail.default
        .split('\n')
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line !== ''),
    ),
  };
}
