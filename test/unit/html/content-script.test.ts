// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAssistant } from '@/entrypoints/annexe1.content/assistant';
import { isExtensionMessage } from '@/lib/extension/messages';
import { checkForm } from '@/lib/rules';
import { FIXTURES_DIR } from '../paths';

/**
 * The content script's life in a page: what it adds goes away when it stops (the page
 * navigates, the extension reloads) and a second copy injected into the page takes over
 * from the first. The background is played by WXT's fake browser.
 */

const FORM = readFileSync(join(FIXTURES_DIR, 'annexe1.html'), 'utf8');
const PANEL = 'mssante-annexe1-panel';

function start(): ContentScriptContext {
  const ctx = new ContentScriptContext('annexe1', { matches: [], cssInjectionMode: 'manual' });
  void createAssistant(ctx).start();
  return ctx;
}

function typeInto(name: string, text: string): HTMLInputElement {
  const input = document.querySelector(`[name="${name}"]`) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return input;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.innerHTML = FORM;
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'annexe1:check-form') return checkForm(message.values);
    return message.type === 'annexe1:detected' ? true : undefined;
  });
});

describe('the content script in a page', () => {
  it('marks a field the user types a bad host name in', async () => {
    start();
    await vi.waitFor(() => expect(document.querySelector(PANEL)).not.toBeNull());

    const primary = typeInto('Texte27', 'ns1_bad.ch-xyz.fr');

    await vi.waitFor(() => expect(primary.getAttribute('aria-invalid')).toBe('true'));
  });

  it('takes away its panel, marks and listeners when it stops', async () => {
    const ctx = start();
    await vi.waitFor(() => expect(document.querySelector(PANEL)).not.toBeNull());
    const primary = typeInto('Texte27', 'ns1_bad.ch-xyz.fr');
    await vi.waitFor(() => expect(primary.getAttribute('aria-invalid')).toBe('true'));

    ctx.abort();
    typeInto('Texte28', 'ns2_bad.ch-xyz.fr');
    await new Promise((resolve) => requestAnimationFrame(resolve));

    expect(document.querySelector(PANEL)).toBeNull();
    expect(document.querySelectorAll('[aria-invalid], [aria-describedby]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-annexe1-assistant]')).toHaveLength(0);
  });

  it('injected twice, keeps one panel: the newer copy takes over', async () => {
    const first = start();
    await vi.waitFor(() => expect(document.querySelector(PANEL)).not.toBeNull());

    const second = start();
    await vi.waitFor(() => expect(second.isValid && first.isInvalid).toBe(true));
    await vi.waitFor(() => expect(document.querySelector(PANEL)).not.toBeNull());

    expect(document.querySelectorAll(PANEL)).toHaveLength(1);
  });
});
