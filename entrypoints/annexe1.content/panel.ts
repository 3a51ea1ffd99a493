import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FIELD_KEYS, type FieldKey, fieldByKey } from '@/lib/annexe1/fields';
import type { ProfileChoice } from '@/lib/extension/messages';
import type { Skipped } from '@/lib/html/fill';
import type { PageProblems } from '@/lib/html/problems';
import { OWN_UI_ATTRIBUTE } from '@/lib/html/read';
import { t } from '@/lib/i18n';
import { columnTitle, fieldLabel, sectionTitle } from '@/lib/i18n/labels';
import css from './panel.css?inline';

/**
 * The assistant's small panel over the page, in a shadow root so that neither the page's
 * styles nor ours leak across: whether the form is recognised, the profile that fills it,
 * « Remplir » and « Annuler le remplissage », and the problems found (each one a button
 * that leads to its field). It renders what it is told and raises the user's actions.
 */

export interface PanelActions {
  fill(): void;
  /** The user chose another profile to fill with. */
  chooseProfile(id: string): void;
  undo(): void;
  goTo(key: FieldKey): void;
}

export interface Panel {
  /** Shows the panel; once the user closed it, only when `asked` (they want it back). */
  show(asked: boolean): void;
  /** Takes the panel off the page (the form is gone). */
  hide(): void;
  setDetected(detected: boolean): void;
  /** The profiles to fill with, and the active one; none means filling cannot be offered. */
  setProfiles(choice: ProfileChoice): void;
  /** What the last fill did (`undefined`: nothing yet), and whether it can be undone. */
  setFillOutcome(outcome: string | undefined, skipped: readonly Skipped[], canUndo: boolean): void;
  /** The problems found, or `'failed'` when the check could not run. */
  setProblems(problems: PageProblems | 'failed'): void;
}

/** « Téléphone (Contact technique…) »: a label printed more than once gets its place. */
function placedLabel(key: FieldKey): string {
  const label = fieldLabel(key);
  const field = fieldByKey(key);
  if (field.column) return t('panelFieldIn', { field: label, place: columnTitle(field.column) });
  const shared = FIELD_KEYS.some((other) => other !== key && fieldLabel(other) === label);
  return shared ? t('panelFieldIn', { field: label, place: sectionTitle(field.section) }) : label;
}

function line(key: FieldKey, message: string): string {
  return t('panelLine', { field: placedLabel(key), message });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text) created.textContent = text;
  return created;
}

function button(text: string, onClick: () => void, signal: AbortSignal): HTMLButtonElement {
  const created = element('button', { type: 'button' }, text);
  created.addEventListener('click', onClick, { signal });
  return created;
}

function itemList(items: readonly HTMLElement[]): HTMLUListElement {
  const list = element('ul');
  for (const item of items) {
    const entry = element('li');
    entry.append(item);
    list.append(entry);
  }
  return list;
}

/** Builds the panel (not yet shown); it goes away with the content script. */
export async function createPanel(ctx: ContentScriptContext, act: PanelActions): Promise<Panel> {
  const { signal } = ctx;
  const root = element('section', { class: 'panel', 'aria-labelledby': 'annexe1-panel-title' });
  const status = element('div', { role: 'status' });
  const title = element('h2', { id: 'annexe1-panel-title' }, t('panelTitle'));
  const state = element('p');
  status.append(title, state);

  // « Profil » and its list, or the sentence saying there is no profile yet.
  const profile = element('p', { class: 'profile' });
  const profileSelect = element('select', { id: 'annexe1-panel-profile' }) as HTMLSelectElement;
  profileSelect.addEventListener('change', () => act.chooseProfile(profileSelect.value), {
    signal,
  });
  const profileLabel = element('label', { for: 'annexe1-panel-profile' }, t('panelProfileLabel'));
  const fill = button(t('panelFill'), act.fill, signal);
  const undo = button(t('panelUndo'), act.undo, signal);
  undo.disabled = true;
  let dismissed = false;
  const close = button(
    t('panelClose'),
    () => {
      dismissed = true;
      ui.remove();
    },
    signal,
  );
  const actions = element('div', { class: 'actions' });
  actions.append(fill, undo, close);
  const outcome = element('p', { class: 'outcome', 'aria-live': 'polite' });
  const skipped = element('details', { class: 'skipped', hidden: '' });
  const problems = element('div', { class: 'problems' });
  // What only makes sense when the form is there; « Fermer » always stays.
  const forForm = [profile, fill, undo, outcome, problems];
  root.append(status, profile, actions, outcome, skipped, problems);

  const ui = await createShadowRootUi(ctx, {
    name: 'mssante-annexe1-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    isolateEvents: true,
    onMount(container) {
      container.append(root);
    },
  });
  ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, '');

  return {
    show(asked) {
      if (dismissed && !asked) return;
      dismissed = false;
      if (!ui.shadowHost.isConnected) ui.mount();
    },
    hide() {
      ui.remove();
    },
    setDetected(detected) {
      state.textContent = t(detected ? 'panelDetected' : 'panelNotFound');
      for (const part of forForm) part.hidden = !detected;
      if (!detected) skipped.hidden = true;
    },
    setProfiles({ profiles, activeId }) {
      fill.disabled = activeId === null;
      if (profiles.length === 0) {
        profile.replaceChildren(t('panelNoProfile'));
        return;
      }
      const options = profiles.map(({ id, name }) => {
        const option = element('option', { value: id }, name || t('panelProfileUnnamed'));
        (option as HTMLOptionElement).selected = id === activeId;
        return option;
      });
      profileSelect.replaceChildren(...options);
      profile.replaceChildren(profileLabel, ' ', profileSelect);
    },
    setFillOutcome(text, left, canUndo) {
      outcome.textContent = text ?? '';
      undo.disabled = !canUndo;
      const lines = left.map(({ key, message }) => element('span', {}, line(key, message)));
      skipped.replaceChildren(element('summary', {}, t('panelSkippedTitle')), itemList(lines));
      skipped.hidden = left.length === 0;
    },
    setProblems(found) {
      if (found === 'failed') {
        problems.replaceChildren(element('p', {}, t('panelCheckFailed')));
        return;
      }
      const items = found.list.map(({ finding, target }) => {
        const text = line(target ?? finding.field, finding.message);
        if (target === undefined) return element('span', {}, text);
        const item = button(text, () => act.goTo(target), signal);
        item.className = `problem ${finding.severity}`;
        return item;
      });
      const heading = element('h3', {}, t('panelProblems', { count: found.list.length }));
      const hint = t(items.length > 0 ? 'panelProblemsHint' : 'panelNoProblem');
      const toFill = t('panelToFill', { count: found.toFill });
      problems.replaceChildren(heading, element('p', { class: 'hint' }, hint), itemList(items));
      if (found.toFill > 0) problems.append(element('p', {}, toFill));
    },
  };
}
