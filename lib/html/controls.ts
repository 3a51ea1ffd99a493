import { normalizeLabel } from '../annexe1/match';
import type { Control } from './read';

/**
 * Reading and writing one control the way a page's framework notices: React, Vue and
 * Angular listen to `input` and `change`, and React ignores a value set through the
 * element's own `value` property (it tracks that one), so values go through the native
 * setter of the element's prototype.
 */

/** Why a control may not be touched. */
export type Blocked = 'detached' | 'hidden' | 'disabled' | 'read-only';

/** True for a check box or a radio button: ticked, not typed into. */
export function isTickable(control: Control): control is HTMLInputElement {
  return control.type === 'checkbox' || control.type === 'radio';
}

function isHidden(control: Control): boolean {
  // `hidden` first: a page's CSS may beat the UA's rule for it, but the page meant it hidden.
  if (control.closest('[hidden]')) return true;
  if (typeof control.checkVisibility === 'function') {
    return !control.checkVisibility({ visibilityProperty: true });
  }
  const view = control.ownerDocument.defaultView;
  for (let element: Element | null = control; element; element = element.parentElement) {
    if (view?.getComputedStyle(element).display === 'none') return true;
  }
  return false;
}

/**
 * Why a control must be left alone, or `undefined` when it may be filled: gone from the
 * page, not shown (hidden, `display: none`), disabled (itself or its fieldset) or
 * read-only.
 */
export function blockedReason(control: Control): Blocked | undefined {
  if (!control.isConnected) return 'detached';
  if (control.matches(':disabled')) return 'disabled';
  if ('readOnly' in control && control.readOnly) return 'read-only';
  if (control.getAttribute('aria-readonly') === 'true') return 'read-only';
  return isHidden(control) ? 'hidden' : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * A control's value as the form writes it: ticked or not for a box, the text otherwise
 * (a date picker's `AAAA-MM-JJ` read as `JJ/MM/AAAA`).
 */
export function readControl(control: Control): string | boolean {
  if (isTickable(control)) return control.checked;
  const iso = control.type === 'date' ? ISO_DATE.exec(control.value) : null;
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : control.value;
}

/**
 * The text to put in a control for a form value, or `undefined` when the control cannot
 * hold it: a select without such an option, a date picker given something else than a
 * date. A single-line input gets a postal address on one line.
 */
export function textFor(control: Control, value: string): string | undefined {
  if (control.tagName === 'SELECT') {
    const wanted = normalizeLabel(value);
    const option = [...(control as HTMLSelectElement).options].find(
      (candidate) =>
        candidate.value === value ||
        normalizeLabel(candidate.value) === wanted ||
        normalizeLabel(candidate.text) === wanted,
    );
    return option?.value;
  }
  if (control.type === 'date') {
    const french = FRENCH_DATE.exec(value);
    return french ? `${french[3]}-${french[2]}-${french[1]}` : undefined;
  }
  return control.tagName === 'TEXTAREA' ? value : value.replace(/\s*\n\s*/g, ', ');
}

/**
 * True when what a control holds is not the user's: an empty blank, or a list still on
 * the option it came with (a saved value the page wrote in a blank counts as the user's).
 */
export function isPristine(control: Control): boolean {
  if (control.tagName !== 'SELECT') return control.value.trim() === '';
  const options = [...(control as HTMLSelectElement).options];
  const initial = options.find((option) => option.defaultSelected) ?? options[0];
  return control.value === (initial?.value ?? '');
}

function nativeSetter(control: Control, property: 'value' | 'checked'): (v: unknown) => void {
  for (let proto = Object.getPrototypeOf(control); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, property)?.set;
    if (setter) return setter;
  }
  throw new TypeError(`No ${property} setter on ${control.tagName}`);
}

/** Tells the page a control changed: bubbling, composed `input` then `change`. */
function announce(control: Control): void {
  const view = control.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const init = { bubbles: true, composed: true };
  const InputEventClass = view?.InputEvent ?? view?.Event ?? Event;
  const EventClass = view?.Event ?? Event;
  control.dispatchEvent(
    new InputEventClass('input', { ...init, inputType: 'insertReplacementText' }),
  );
  control.dispatchEvent(new EventClass('change', init));
}

/** Puts `text` in a text control or a select, then announces it. */
export function writeText(control: Control, text: string): void {
  nativeSetter(control, 'value').call(control, text);
  announce(control);
}

/**
 * Ticks or unticks a box the way a person does, by a click, so that the page's own
 * click handlers run. A radio cannot be unticked by a click: it is set, then announced.
 */
export function writeTicked(control: HTMLInputElement, ticked: boolean): void {
  if (control.checked === ticked) return;
  if (ticked || control.type === 'checkbox') {
    control.click();
    return;
  }
  nativeSetter(control, 'checked').call(control, false);
  announce(control);
}

/** The radios of `control`'s group (itself alone for a check box or an unnamed radio). */
export function radioGroup(control: HTMLInputElement): HTMLInputElement[] {
  if (control.type !== 'radio' || control.name === '') return [control];
  const scope = control.form ?? (control.getRootNode() as Document | ShadowRoot);
  return [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
    (radio) => radio.name === control.name,
  );
}
