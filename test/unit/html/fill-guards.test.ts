import { afterEach, describe, expect, it } from 'vitest';
import type { FieldKey } from '@/lib/annexe1/fields';
import { readControl } from '@/lib/html/controls';
import { type Annexe1Page, detectAnnexe1 } from '@/lib/html/detect';
import { fillAnnexe1 } from '@/lib/html/fill';
import { closePages, fixturePage, openPage } from './pages';
import { PROFILE } from './profile';

/** What filling must never do: touch what it may not, or what the user typed. */

afterEach(closePages);

async function sectioned(): Promise<{ document: Document; page: Annexe1Page }> {
  const document = await openPage(fixturePage('sectioned-labels.html'));
  return { document, page: detectAnnexe1(document) as Annexe1Page };
}

function control(page: Annexe1Page, key: FieldKey): HTMLInputElement {
  return page.fields.get(key) as HTMLInputElement;
}

/** Every input or change event the page hears, by the id of its target. */
function listen(document: Document): string[] {
  const heard: string[] = [];
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (event) => heard.push((event.target as Element).id), true);
  }
  return heard;
}

describe('fillAnnexe1 leaves alone', () => {
  it('hidden, disabled and read-only fields, without a sound', async () => {
    const { document, page } = await sectioned();
    (control(page, 'operator.structureId').parentElement as HTMLElement).hidden = true;
    control(page, 'projectLead.fullName').style.display = 'none';
    control(page, 'legalRep.phone').disabled = true;
    control(page, 'legalRep.email').readOnly = true;
    control(page, 'projectLead.phone').setAttribute('aria-readonly', 'true');
    const heard = listen(document);

    const report = fillAnnexe1(page, PROFILE);

    const blocked = ['hidden', 'disabled', 'read-only'];
    expect(report.skipped.filter(({ reason }) => blocked.includes(reason))).toEqual([
      { key: 'operator.structureId', reason: 'hidden', message: expect.stringMatching(/masqué/) },
      { key: 'legalRep.phone', reason: 'disabled', message: expect.stringMatching(/désactivé/) },
      { key: 'legalRep.email', reason: 'read-only', message: expect.any(String) },
      { key: 'projectLead.fullName', reason: 'hidden', message: expect.any(String) },
      { key: 'projectLead.phone', reason: 'read-only', message: expect.any(String) },
    ]);
    for (const key of report.skipped.map((skip) => skip.key)) {
      expect(heard).not.toContain(control(page, key).id);
    }
  });

  it('what lies outside the detected form', async () => {
    const { document, page } = await sectioned();
    const heard = listen(document);

    fillAnnexe1(page, PROFILE);

    expect((document.getElementById('q') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('news') as HTMLInputElement).value).toBe('');
    expect((document.querySelector('[name=csrf]') as HTMLInputElement).value).toBe('a1b2c3');
    expect(heard).not.toContain('q');
    expect(heard).not.toContain('news');
  });

  it('what the user typed, unless asked to overwrite', async () => {
    const { page } = await sectioned();
    control(page, 'legalRep.phone').value = '06 00 00 00 00';

    const kept = fillAnnexe1(page, PROFILE);
    expect(control(page, 'legalRep.phone').value).toBe('06 00 00 00 00');
    expect(kept.skipped).toContainEqual({
      key: 'legalRep.phone',
      reason: 'user-value',
      message: 'déjà rempli : votre saisie est conservée',
    });

    const replaced = fillAnnexe1(page, PROFILE, { overwrite: true });
    expect(control(page, 'legalRep.phone').value).toBe('03 88 00 00 01');
    expect(replaced.filled).toEqual(['legalRep.phone']);
  });

  it('a choice the user made in a list, unless asked to overwrite', async () => {
    const document = await openPage(fixturePage('placeholder-fieldsets.html'));
    const page = detectAnnexe1(document) as Annexe1Page;
    const country = page.fields.get('certificate.c') as HTMLSelectElement;
    const germany = document.createElement('option');
    germany.value = 'DE';
    germany.textContent = 'Allemagne';
    country.append(germany);
    country.value = 'DE';

    fillAnnexe1(page, { 'certificate.c': 'FR' });
    expect(country.value).toBe('DE');

    fillAnnexe1(page, { 'certificate.c': 'FR' }, { overwrite: true });
    expect(country.value).toBe('FR');
  });

  it('the DNS method the user chose, unless asked to overwrite', async () => {
    const { page } = await sectioned();
    control(page, 'dns.redirection').click();

    fillAnnexe1(page, PROFILE);
    expect(readControl(control(page, 'dns.redirection'))).toBe(true);
    expect(readControl(control(page, 'dns.delegation'))).toBe(false);

    fillAnnexe1(page, PROFILE, { overwrite: true });
    expect(readControl(control(page, 'dns.delegation'))).toBe(true);
    expect(readControl(control(page, 'dns.redirection'))).toBe(false);
  });
});

describe('undo', () => {
  it('puts every field back as it was and tells the page', async () => {
    const { document, page } = await sectioned();
    const before = [...page.fields.values()].map(readControl);
    const report = fillAnnexe1(page, PROFILE);
    const heard = listen(document);

    report.undo();

    expect([...page.fields.values()].map(readControl)).toEqual(before);
    expect(heard).toContain(control(page, 'dns.primary').id);
    expect(heard).toContain(control(page, 'dns.delegation').id);
  });

  it('gives back what the user had typed before an overwrite, once', async () => {
    const { page } = await sectioned();
    control(page, 'dns.redirection').click();
    control(page, 'dns.primary').value = 'ns-ancien.ch-xyz.fr';
    const report = fillAnnexe1(page, PROFILE, { overwrite: true });

    report.undo();
    control(page, 'dns.primary').value = 'ns-nouveau.ch-xyz.fr';
    report.undo();

    expect(control(page, 'dns.primary').value).toBe('ns-nouveau.ch-xyz.fr');
    expect(readControl(control(page, 'dns.redirection'))).toBe(true);
    expect(readControl(control(page, 'dns.delegation'))).toBe(false);
  });
});
