import { afterEach, describe, expect, it } from 'vitest';
import { createMarks } from '@/entrypoints/annexe1.content/marks';
import type { Finding } from '@/lib/rules/finding';
import { closePages, openPage } from './pages';

/** The marks the content script puts beside a field, and how it leaves the page after. */

afterEach(closePages);

const PAGE = `<!doctype html><body>
  <p><label for="primary">Primaire</label>
  <input id="primary" aria-describedby="hint"><small id="hint">ex. ns.ch-xyz.fr</small></p>
  <label>Courriel <input id="email" aria-invalid="false"></label><p id="after">Suite</p>
</body>`;

const BAD_HOST: Finding = {
  field: 'dns.primary',
  severity: 'error',
  code: 'host-invalid-char',
  message: 'Caractère refusé (« _ »).',
};

const WEBMAIL: Finding = {
  field: 'publicTech.email',
  severity: 'warning',
  code: 'email-webmail',
  message: 'Adresse de messagerie gratuite : donnez une adresse professionnelle.',
};

async function page() {
  const document = await openPage(PAGE);
  const input = (id: string) => document.getElementById(id) as HTMLInputElement;
  const describedText = (control: HTMLInputElement) =>
    (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
  return { document, primary: input('primary'), email: input('email'), describedText };
}

describe('marks beside the fields', () => {
  it('flags an error with aria-invalid and a message tied by aria-describedby', async () => {
    const { primary, describedText } = await page();

    createMarks().show(new Map([[primary, BAD_HOST]]));

    expect(primary.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(primary)).toEqual(['ex. ns.ch-xyz.fr', 'Caractère refusé (« _ »).']);
    expect(primary.nextElementSibling?.textContent).toBe('Caractère refusé (« _ »).');
  });

  it('gives the page its own attributes back once the value is right', async () => {
    const { primary, email, document } = await page();
    const marks = createMarks();
    marks.show(
      new Map([
        [primary, BAD_HOST],
        [email, BAD_HOST],
      ]),
    );

    marks.show(new Map());

    expect(primary.getAttribute('aria-describedby')).toBe('hint');
    expect(primary.hasAttribute('aria-invalid')).toBe(false);
    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect(email.hasAttribute('aria-describedby')).toBe(false);
    expect(document.body.textContent).not.toContain('Caractère refusé');
  });

  it('shows a warning without calling the value invalid, outside the field’s label', async () => {
    const { email, describedText } = await page();

    createMarks().show(new Map([[email, WEBMAIL]]));

    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect(describedText(email)).toEqual([WEBMAIL.message]);
    expect(email.closest('label')?.textContent?.trim()).toBe('Courriel');
    expect(email.closest('label')?.nextElementSibling?.textContent).toBe(WEBMAIL.message);
  });

  it('leaves nothing behind when the assistant stops', async () => {
    const { primary, email, document } = await page();
    const marks = createMarks();
    marks.show(
      new Map([
        [primary, BAD_HOST],
        [email, WEBMAIL],
      ]),
    );

    marks.clear();

    expect(document.querySelectorAll('[data-annexe1-assistant]')).toHaveLength(0);
    expect(primary.getAttribute('aria-describedby')).toBe('hint');
  });
});
