import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Control } from '@/lib/html/read';
import { FIXTURES_DIR } from '../paths';

/**
 * The fixture pages of `test/fixtures/pages/`, opened in a happy-dom window of their own
 * (same-origin frames load; the pages' own scripts run only when asked).
 */

const windows: Window[] = [];

/** The markup of a fixture page. */
export function fixturePage(name: string): string {
  return readFileSync(join(FIXTURES_DIR, 'pages', name), 'utf8');
}

/**
 * A document holding `html`, served from an official host; frames are loaded, and the
 * page's scripts run when `scripts` (our own fixtures only).
 */
export async function openPage(html: string, { scripts = false } = {}): Promise<Document> {
  const window = new Window({
    url: 'https://formulaires.esante.gouv.fr/annexe1.html',
    settings: {
      disableIframePageLoading: false,
      enableJavaScriptEvaluation: scripts,
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  windows.push(window);
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return window.document as unknown as Document;
}

/** A page that shows `html` in a same-origin frame (`srcdoc`), under a heading of its own. */
export function framed(html: string): string {
  const srcdoc = html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html><html lang="fr"><body>
    <h1>Intranet de la DSI</h1>
    <iframe title="Formulaire" srcdoc="${srcdoc}"></iframe>
  </body></html>`;
}

/** Closes every window opened by `openPage` (call it after each test). */
export async function closePages(): Promise<void> {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
}

/**
 * Stamps a `<template>`'s content into an open shadow root of `host`, as a web component
 * does when it starts.
 */
export function stampShadow(document: Document, host: string, template: string): ShadowRoot {
  const element = document.querySelector(host) as Element;
  const shadow = element.attachShadow({ mode: 'open' });
  const content = (document.getElementById(template) as HTMLTemplateElement).content;
  shadow.append(content.cloneNode(true));
  return shadow;
}

/** Every input, text area and select of a page, its shadow roots and frames included. */
export function allControls(root: Document | ShadowRoot): Control[] {
  const controls: Control[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches('input:not([type=hidden]):not([type=submit]), textarea, select')) {
      controls.push(element as Control);
    }
    if (element.shadowRoot) controls.push(...allControls(element.shadowRoot));
    const frame = (element as HTMLIFrameElement).contentDocument;
    if (element.tagName === 'IFRAME' && frame) controls.push(...allControls(frame));
  }
  return controls;
}

/** How a test names a control: what a person reads on it, else its id or name. */
export function nameOf(control: Control): string {
  return (
    control.getAttribute('aria-label') ??
    control.getAttribute('placeholder') ??
    (control.labels?.[0]?.textContent?.trim() || control.id || control.name)
  );
}
