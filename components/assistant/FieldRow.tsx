import { FieldControl } from '@/components/FieldControl';
import type { FieldKey } from '@/lib/annexe1/fields';
import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/rules';

export interface FieldRowProps {
  fieldKey: FieldKey;
  value: string | boolean | undefined;
  /** The blank in the PDF takes several lines (a postal address). */
  multiline: boolean;
  findings: readonly Finding[];
  /** What the profile says, where the PDF already holds something else. */
  profileValue?: string;
  onChange: (key: FieldKey, value: string | boolean) => void;
}

function ProfileOffer({ fieldKey, profileValue, onChange }: FieldRowProps) {
  if (profileValue === undefined) return null;
  return (
    <p class="offer">
      {t('assistantProfileDiffers', { value: profileValue })}{' '}
      <button type="button" class="secondary" onClick={() => onChange(fieldKey, profileValue)}>
        {t('assistantUseProfile')}
      </button>
    </p>
  );
}

/** One blank of the PDF: its label, what is in it, what the rules say of it. */
export function FieldRow(props: FieldRowProps) {
  return (
    <FieldControl id={`pdf-${props.fieldKey.replaceAll('.', '-')}`} {...props}>
      <ProfileOffer {...props} />
    </FieldControl>
  );
}
