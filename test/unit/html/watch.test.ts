import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '@/lib/html/read';
import { watchControls } from '@/lib/html/watch';
import { closePages, openPage } from './pages';

/** The page is read again when its controls change, and only then. */

afterEach(closePages);

async function watched() {
  const document = await openPage('<!doctype html><main id="app"><p>Chargement…</p></main>');
  const app = document.getElementById('app') as HTMLElement;
  const onChange = vi.fn();
  const stop = new AbortController();
  watchControls(document, onChange, stop.signal, 10);
  // Lets the observer and the window's timers run to the end.
  const settle = () =>
    (document.defaultView as unknown as HappyWindow).happyDOM.waitUntilComplete();
  return { document, app, onChange, stop, settle };
}

type HappyWindow = { happyDOM: { waitUntilComplete(): Promise<void> } };

describe('watchControls', () => {
  it('reads the page again once after a burst of added controls', async () => {
    const { document, app, onChange, settle } = await watched();

    for (let i = 0; i < 5; i++) app.append(document.createElement('input'));
    await settle();

    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores changes of text and the assistant’s own marks', async () => {
    const { document, app, onChange, settle } = await watched();
    const mark = document.createElement('span');
    mark.setAttribute(OWN_UI_ATTRIBUTE, '');

    app.append('Bonjour', document.createElement('p'), mark);
    await settle();

    expect(onChange).not.toHaveBeenCalled();
  });

  it('notices a form taken away', async () => {
    const { document, app, onChange, settle } = await watched();
    const form = document.createElement('form');
    form.append(document.createElement('textarea'));
    app.append(form);
    await settle();

    form.remove();
    await settle();

    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('stops with its signal', async () => {
    const { document, app, onChange, stop, settle } = await watched();

    stop.abort();
    app.append(document.createElement('select'));
    await settle();

    expect(onChange).not.toHaveBeenCalled();
  });
});
