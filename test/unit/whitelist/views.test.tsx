// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AssistantExtras } from '@/components/extras/AssistantExtras';
import { compactWhitelist } from '@/lib/whitelist';
import { parseContact } from '@/lib/whitelist/types';

const DN = 'CN=mx.ch-a.fr,OU=1750000523,O=CH A,ST=Paris (75),C=FR';
const ENTRY = {
  domain: 'ch-a.mssante.fr',
  description: 'CH A',
  certificateDn: DN,
  projectContact: parseContact('01 02 03 04 05, projet@ch-a.fr'),
  technicalContact: parseContact('01 02 03 04 06, tech@ch-a.fr'),
  updatedAt: '2025-01-01T00:00:00Z',
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const show = (domain: string) =>
  render(
    <AssistantExtras values={{ 'domain.name': domain }} keys={new Set()} onChange={() => {}} />,
  );

async function storeList(): Promise<void> {
  const list = { generatedAt: '2025-01-02T00:00:00Z', entries: [ENTRY] };
  await fakeBrowser.storage.local.set({ whitelist: compactWhitelist(list, new Date()) });
}

describe('the whitelist beside the opened form', () => {
  it('offers the download while no copy is stored', async () => {
    show('ch-a.mssante.fr');
    await screen.findByText(/pas encore été téléchargée/);
    expect(screen.getByRole('button', { name: 'Télécharger la liste blanche' })).toBeTruthy();
  });

  it('says a listed domain is listed, with its DN and published contacts', async () => {
    await storeList();
    show(' CH-A.mssante.fr ');
    await screen.findByText(
      `Le domaine ch-a.mssante.fr figure déjà dans la liste blanche, avec le DN ${DN}.`,
    );
    screen.getByText(/projet 01 02 03 04 05, projet@ch-a\.fr ; technique 01 02 03 04 06/);
    screen.getByText(/1 domaines\), téléchargée aujourd'hui/);
  });

  it('says a new domain is not listed, and that only a listed one can be withdrawn', async () => {
    await storeList();
    show('ch-b.mssante.fr');
    await screen.findByText(/ch-b\.mssante\.fr ne figure pas .*\(un retrait n'est possible/);
  });
});
