import { useEffect, useMemo, useState } from 'preact/hooks';
import { type FieldKey, type FormValues, PROFILE_KEYS } from '@/lib/annexe1/fields';
import { logger } from '@/lib/logger';
import type { ProfilesState } from '@/lib/profiles/profile';
import { readProfiles, watchProfiles } from '@/lib/profiles/store';
import { checkField, type Finding, loadRuleData } from '@/lib/rules';

/** The stored profiles, kept current when another page (the popup, a tab) changes them. */
export function useProfiles(): ProfilesState | undefined {
  const [state, setState] = useState<ProfilesState>();
  useEffect(() => {
    let live = true;
    void readProfiles().then((stored) => live && setState(stored));
    const stop = watchProfiles(setState);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

/**
 * What the rules say of each value shown, recomputed as the user types. The rules' data
 * (phone numbers, departments, webmails) loads once; until then only shapes are checked.
 */
export function useFindings(values: FormValues | undefined) {
  const [dataLoaded, setDataLoaded] = useState(false);
  useEffect(() => {
    loadRuleData().then(
      () => setDataLoaded(true),
      (error: unknown) => logger.warn('rule data did not load; shape checks only', error),
    );
  }, []);

  return useMemo(() => {
    const found: Partial<Record<FieldKey, Finding[]>> = {};
    if (!values) return found;
    for (const key of PROFILE_KEYS) {
      const value = values[key];
      if (value === undefined || value === '') continue;
      const findings = checkField(key, value, values);
      if (findings.length > 0) found[key] = findings;
    }
    return found;
  }, [values, dataLoaded]);
}
