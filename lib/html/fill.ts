import { FIELDS, type FieldKey, type FormValues } from '../annexe1/fields';
import { type MessageKey, t } from '../i18n';
import {
  blockedReason,
  isPristine,
  isTickable,
  radioGroup,
  readControl,
  textFor,
  writeText,
  writeTicked,
} from './controls';
import type { Annexe1Page } from './detect';
import type { Control } from './read';
import { valuesForPage } from './values';

/** Why a field was not filled. */
export type SkipReason =
  | 'no-value'
  | 'user-value'
  | 'same-value'
  | 'hidden'
  | 'disabled'
  | 'read-only'
  | 'detached'
  | 'no-option'
  | 'format'
  | 'refused';

/** A field left as it was: a stable `reason` for code, a French `message` for people. */
export interface Skipped {
  key: FieldKey;
  reason: SkipReason;
  message: string;
}

export interface FillOptions {
  /** Replace what is already in a field (default false: what the user typed stays). */
  overwrite?: boolean;
}

export interface FillReport {
  filled: FieldKey[];
  skipped: Skipped[];
  /** Puts every touched control back as it was, and tells the page. Once. */
  undo(): void;
}

const MESSAGES: Record<SkipReason, MessageKey> = {
  'no-value': 'fillSkipNoValue',
  'user-value': 'fillSkipUserValue',
  'same-value': 'fillSkipSameValue',
  hidden: 'fillSkipHidden',
  disabled: 'fillSkipDisabled',
  'read-only': 'fillSkipReadOnly',
  detached: 'fillSkipDetached',
  'no-option': 'fillSkipNoOption',
  format: 'fillSkipFormat',
  refused: 'fillSkipRefused',
};

/** The DNS methods are one choice: a method the user ticked keeps both boxes as they are. */
const DNS_METHODS = FIELDS.filter((f) => f.section === 'dns' && f.kind === 'checkbox').map(
  (f) => f.key as FieldKey,
);

/** What a control held before filling, to put it back. */
type Before = { control: Control; value: string } | { boxes: [HTMLInputElement, boolean][] };

function restore(before: Before): void {
  if ('control' in before) {
    writeText(before.control, before.value);
    return;
  }
  // Ticks first: ticking a radio unticks the others of its group.
  for (const [box, ticked] of before.boxes) if (ticked) writeTicked(box, true);
  for (const [box, ticked] of before.boxes) if (!ticked) writeTicked(box, false);
}

function fillBox(
  box: HTMLInputElement,
  value: boolean,
  overwrite: boolean,
  keepMethod: boolean,
): SkipReason | Before {
  if (box.checked === value) return 'same-value';
  const group = radioGroup(box);
  if (!overwrite && (keepMethod || group.some((member) => member.checked))) return 'user-value';
  const before: Before = { boxes: group.map((member) => [member, member.checked]) };
  writeTicked(box, value);
  return box.checked === value ? before : 'refused';
}

function fillText(control: Control, value: string, overwrite: boolean): SkipReason | Before {
  const text = textFor(control, value);
  if (text === undefined) return control.tagName === 'SELECT' ? 'no-option' : 'format';
  const current = control.value;
  if (current === text) return 'same-value';
  if (!overwrite && !isPristine(control)) return 'user-value';
  writeText(control, text);
  return control.value === text ? { control, value: current } : 'refused';
}

function fillOne(
  control: Control,
  value: string | boolean | undefined,
  overwrite: boolean,
  keepMethod: boolean,
): SkipReason | Before {
  if (value === undefined || value === '') return 'no-value';
  const blocked = blockedReason(control);
  if (blocked) return blocked;
  if (isTickable(control)) {
    return typeof value === 'boolean' ? fillBox(control, value, overwrite, keepMethod) : 'format';
  }
  return typeof value === 'string' ? fillText(control, value, overwrite) : 'format';
}

/**
 * Fills the page's fields from `values` (the active profile merged with the
 * declaration's own values) the way the page's framework notices, and says what it did.
 * Hidden, disabled and read-only controls are never touched, nor anything the detection
 * did not map; a field already filled keeps its value unless `overwrite`.
 *
 * @example const report = fillAnnexe1(page, profile.values); … report.undo();
 */
export function fillAnnexe1(
  page: Annexe1Page,
  values: FormValues,
  options: FillOptions = {},
): FillReport {
  const overwrite = options.overwrite ?? false;
  const wanted = valuesForPage(values, new Set(page.fields.keys()));
  const methodTicked = DNS_METHODS.some((key) => {
    const control = page.fields.get(key);
    return control !== undefined && readControl(control) === true;
  });
  const filled: FieldKey[] = [];
  const skipped: Skipped[] = [];
  const touched: Before[] = [];

  for (const { key } of FIELDS) {
    const control = page.fields.get(key);
    if (!control) continue;
    const keepMethod = methodTicked && DNS_METHODS.includes(key);
    const outcome = fillOne(control, wanted[key], overwrite, keepMethod);
    if (typeof outcome === 'string') {
      skipped.push({ key, reason: outcome, message: t(MESSAGES[outcome]) });
    } else {
      filled.push(key);
      touched.push(outcome);
    }
  }

  let undone = false;
  return {
    filled,
    skipped,
    undo() {
      if (undone) return;
      undone = true;
      for (const before of touched.reverse()) restore(before);
    },
  };
}
