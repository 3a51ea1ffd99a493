import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FieldKey } from '@/lib/annexe1/fields';
import { logger } from '@/lib/logger';
import { checkField, checkForm, type Finding, loadRuleData } from '@/lib/rules';
import type { OpenDocument } from './use-document';

const sameFinding = (a: Finding, b: Finding) => a.field === b.field && a.code === b.code;

/** Each field's findings as the user types, and what is left over the whole form. */
export function useChecks(document: OpenDocument | undefined, filling: readonly Finding[]) {
  const [rulesReady, setRulesReady] = useState(false);
  useEffect(() => {
    loadRuleData()
      .then(() => setRulesReady(true))
      .catch((error: unknown) => logger.error('The rules’ data could not be loaded', error));
  }, []);

  return useMemo(() => {
    if (!document) return { findings: {}, checks: [] };
    const { values, pdf } = document;
    const findings: Partial<Record<FieldKey, Finding[]>> = {};
    for (const { key } of pdf.blanks) {
      const found = [
        ...checkField(key, values[key], values),
        ...filling.filter((f) => f.field === key),
      ];
      if (found.length > 0) findings[key] = found;
    }
    const shown = Object.values(findings).flat();
    const checks = checkForm(values).filter(
      (finding) => !shown.some((s) => sameFinding(s, finding)),
    );
    return { findings, checks };
  }, [document, filling, rulesReady]);
}
