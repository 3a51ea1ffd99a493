import { type Control, OWN_UI_ATTRIBUTE } from '@/lib/html/read';
import type { Finding } from '@/lib/rules/finding';

/**
 * The marks beside the page's fields: `aria-invalid="true"` on a field in error and a
 * short message just after it, tied by `aria-describedby`. The page's own attributes are
 * kept: our id is added to and removed from `aria-describedby`, and `aria-invalid` gets
 * its former value back.
 */

const COLORS = { error: '#b3261e', warning: '#7a4a00', info: '#1d4f91' } as const;

interface Mark {
  message: HTMLElement;
  /** `aria-invalid` as the page had it (`null`: absent). */
  invalid: string | null;
}

let counter = 0;

function describedBy(control: Control, id: string, present: boolean): void {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const kept = ids.filter((other) => other !== id);
  const next = present ? [...kept, id] : kept;
  if (next.length > 0) control.setAttribute('aria-describedby', next.join(' '));
  else control.removeAttribute('aria-describedby');
}

function restoreInvalid(control: Control, invalid: string | null): void {
  if (invalid === null) control.removeAttribute('aria-invalid');
  else control.setAttribute('aria-invalid', invalid);
}

/** Beside the field, outside any `<label>` that wraps it: a label's text is its name. */
function insertAfter(control: Control, message: HTMLElement): void {
  const label = control.closest('label');
  (label ?? control).after(message);
}

function createMessage(control: Control): HTMLElement {
  const message = control.ownerDocument.createElement('span');
  counter += 1;
  message.id = `annexe1-assistant-message-${counter}`;
  message.setAttribute(OWN_UI_ATTRIBUTE, '');
  message.style.cssText =
    'display:block;margin:2px 0 4px;font:12px/1.4 system-ui,sans-serif;white-space:normal;';
  return message;
}

export interface Marks {
  /** Shows each control's finding beside it; every other mark goes away. */
  show(findings: ReadonlyMap<Control, Finding>): void;
  /** Shows one control's finding, or takes its mark away; the others stay. */
  update(control: Control, finding: Finding | undefined): void;
  /** Takes every mark away (the form is gone, or the assistant stops). */
  clear(): void;
}

/** The marks of one page, none at first. */
export function createMarks(): Marks {
  const shown = new Map<Control, Mark>();

  const remove = (control: Control) => {
    const mark = shown.get(control);
    if (!mark) return;
    mark.message.remove();
    describedBy(control, mark.message.id, false);
    restoreInvalid(control, mark.invalid);
    shown.delete(control);
  };

  const set = (control: Control, finding: Finding) => {
    let mark = shown.get(control);
    if (!mark) {
      mark = { message: createMessage(control), invalid: control.getAttribute('aria-invalid') };
      shown.set(control, mark);
    }
    if (!mark.message.isConnected) insertAfter(control, mark.message);
    mark.message.textContent = finding.message;
    mark.message.style.color = COLORS[finding.severity];
    describedBy(control, mark.message.id, true);
    if (finding.severity === 'error') control.setAttribute('aria-invalid', 'true');
    else restoreInvalid(control, mark.invalid);
  };

  return {
    show(findings) {
      for (const control of [...shown.keys()]) if (!findings.has(control)) remove(control);
      for (const [control, finding] of findings) set(control, finding);
    },
    update(control, finding) {
      if (finding) set(control, finding);
      else remove(control);
    },
    clear() {
      for (const control of [...shown.keys()]) remove(control);
    },
  };
}
