import { t } from '@/lib/i18n';
import { fieldLabel } from '@/lib/i18n/labels';
import type { Finding } from '@/lib/rules';

/** What is left to check over the whole form: missing fields, fields that disagree. */
export function CheckList({ findings }: { findings: readonly Finding[] }) {
  return (
    <section class="checks" aria-labelledby="checks-title">
      <h2 id="checks-title">{t('assistantChecksTitle')}</h2>
      {findings.length === 0 ? (
        <p class="ok">{t('assistantChecksNone')}</p>
      ) : (
        <ul class="findings">
          {findings.map((finding) => (
            <li key={`${finding.field} ${finding.code}`} class={finding.severity}>
              {t('assistantCheckItem', {
                field: fieldLabel(finding.field),
                message: finding.message,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
