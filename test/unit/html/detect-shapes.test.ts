import { afterEach, describe, expect, it } from 'vitest';
import { detectAnnexe1 } from '@/lib/html/detect';
import type { Control } from '@/lib/html/read';
import {
  allControls,
  closePages,
  fixturePage,
  framed,
  nameOf,
  openPage,
  stampShadow,
} from './pages';

/**
 * The Annexe 1 in every shape a page gives it. Each fixture marks every control with the
 * key a person would say it is (`data-expect`); detection must find exactly that.
 */

afterEach(closePages);

/** Each control of the page, its number in the page, what detection maps it to. */
function mapping(document: Document, root: Document | ShadowRoot = document) {
  const fields = detectAnnexe1(document)?.fields ?? new Map();
  const keyOf = new Map<Control, string>([...fields].map(([key, control]) => [control, key]));
  return allControls(root).map((control, index) => ({
    control: `${index + 1}. ${nameOf(control)}`,
    key: keyOf.get(control),
  }));
}

function expected(document: Document, root: Document | ShadowRoot = document) {
  return allControls(root).map((control, index) => ({
    control: `${index + 1}. ${nameOf(control)}`,
    key: control.dataset.expect,
  }));
}

describe('detectAnnexe1 maps every control to the key a person reads', () => {
  it.each([
    ['a sectioned page with <label for> and headings', 'sectioned-labels.html'],
    ['fieldsets whose blanks carry only placeholders', 'placeholder-fieldsets.html'],
    ['a page named by ARIA only', 'aria-only.html'],
    ['a framework page of <div>s with columns side by side', 'framework-divs.html'],
  ])('on %s', async (_shape, file) => {
    const document = await openPage(fixturePage(file));

    expect(mapping(document)).toEqual(expected(document));
  });

  it('inside an open shadow root', async () => {
    const document = await openPage(fixturePage('shadow-form.html'));
    const shadow = stampShadow(document, 'annexe1-form', 'annexe1-form-template');

    expect(mapping(document, shadow)).toEqual(expected(document, shadow));
    expect(expected(document, shadow)).toHaveLength(18);
  });

  it('inside a same-origin frame', async () => {
    const document = await openPage(framed(fixturePage('sectioned-labels.html')));
    const frame = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument;

    expect(frame).not.toBeNull();
    expect(mapping(document)).toEqual(expected(document));
    expect(detectAnnexe1(document)?.fields.get('dns.primary')?.ownerDocument).toBe(frame);
  });
});

describe('detectAnnexe1 keeps the fields apart', () => {
  it('maps the DN typed whole to certificate.dn, and no part', async () => {
    const document = await openPage(fixturePage('sectioned-labels.html'));
    const keys = [...(detectAnnexe1(document)?.fields.keys() ?? [])];

    expect(keys).toContain('certificate.dn');
    expect(
      keys.filter((key) => key.startsWith('certificate.') && key !== 'certificate.dn'),
    ).toEqual([]);
  });

  it('maps the two DNS radios of one group to the two methods', async () => {
    const document = await openPage(fixturePage('sectioned-labels.html'));
    const fields = detectAnnexe1(document)?.fields;

    expect(fields?.get('dns.delegation')).toMatchObject({ type: 'radio', value: '1' });
    expect(fields?.get('dns.redirection')).toMatchObject({ type: 'radio', value: '2' });
  });
});
