import { afterEach, describe, expect, it } from 'vitest';
import { readControl } from '@/lib/html/controls';
import { type Annexe1Page, detectAnnexe1 } from '@/lib/html/detect';
import { fillAnnexe1 } from '@/lib/html/fill';
import { closePages, fixturePage, openPage } from './pages';
import { DECLARATION, PROFILE } from './profile';

/**
 * A page whose framework keeps the values in its own state and writes them back on every
 * render (the script of `framework-divs.html`, run here as in a browser).
 */

afterEach(closePages);

interface Framework {
  state: Map<Element, string>;
  render(): void;
}

async function frameworkPage() {
  const document = await openPage(fixturePage('framework-divs.html'), { scripts: true });
  const { framework } = document.defaultView as unknown as { framework: Framework };
  return { framework, page: detectAnnexe1(document) as Annexe1Page };
}

describe('fillAnnexe1 with a framework that keeps its own state', () => {
  it('keeps every filled value after blur and re-render', async () => {
    const { framework, page } = await frameworkPage();

    fillAnnexe1(page, { ...PROFILE, ...DECLARATION });
    for (const control of page.fields.values()) {
      control.focus();
      control.blur();
    }
    framework.render();

    const shown = Object.fromEntries(
      [...page.fields].map(([key, control]) => [key, readControl(control)]),
    );
    expect(shown).toMatchObject({ ...PROFILE, ...DECLARATION });
    expect(framework.state.get(page.fields.get('dns.primary') as Element)).toBe('ns1.ch-xyz.fr');
  });

  it('is a framework that undoes a value set through the element’s own property', async () => {
    const { framework, page } = await frameworkPage();
    const primary = page.fields.get('dns.primary') as HTMLInputElement;
    const view = primary.ownerDocument.defaultView as Window & typeof globalThis;

    primary.value = 'ns1.ch-xyz.fr';
    primary.dispatchEvent(new view.Event('input', { bubbles: true }));
    framework.render();

    expect(primary.value).toBe('');
  });
});
