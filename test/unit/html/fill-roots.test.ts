import { afterEach, describe, expect, it } from 'vitest';
import { readControl } from '@/lib/html/controls';
import { type Annexe1Page, detectAnnexe1 } from '@/lib/html/detect';
import { fillAnnexe1 } from '@/lib/html/fill';
import { closePages, fixturePage, framed, openPage, stampShadow } from './pages';
import { PROFILE } from './profile';

/** Filling a form that lives in a web component's shadow root or in a frame. */

afterEach(closePages);

describe('fillAnnexe1 beyond the page’s own tree', () => {
  it('fills inside an open shadow root, and the page hears it at its top', async () => {
    const document = await openPage(fixturePage('shadow-form.html'));
    stampShadow(document, 'annexe1-form', 'annexe1-form-template');
    const page = detectAnnexe1(document) as Annexe1Page;
    const heard: string[] = [];
    document.addEventListener('input', (event) => {
      heard.push((event.composedPath()[0] as Element).tagName);
    });

    const report = fillAnnexe1(page, PROFILE);

    expect(readControl(page.fields.get('dns.primary') as HTMLInputElement)).toBe('ns1.ch-xyz.fr');
    expect(readControl(page.fields.get('certificate.dn') as HTMLInputElement)).toBe(
      'CN=mx.ch-xyz.fr,OU=1670000017,O=CH Xyz,ST=Bas-Rhin (67),C=FR',
    );
    // Only composed events cross the shadow boundary up to the document.
    expect(heard).toContain('INPUT');
    expect(heard).toContain('TEXTAREA');
    expect(report.filled).toContain('publicTech.email');
  });

  it('fills inside a same-origin frame', async () => {
    const document = await openPage(framed(fixturePage('sectioned-labels.html')));
    const page = detectAnnexe1(document) as Annexe1Page;

    fillAnnexe1(page, PROFILE);

    const frame = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument;
    const field = (id: string) => frame?.getElementById(id) as HTMLInputElement | undefined;
    expect(field('i23')?.value).toBe('ns1.ch-xyz.fr');
    expect(field('i22')?.checked).toBe(true);
  });
});
