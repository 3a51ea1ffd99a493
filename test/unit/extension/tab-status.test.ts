import { describe, expect, it } from 'vitest';
import { isPdfUrl, tabStatus } from '@/lib/extension/tab-status';

const answering = (reply: unknown) => async () => reply;
const absent = async () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('tabStatus', () => {
  it('says the page holds the form when its content script recognised it', async () => {
    expect(
      await tabStatus({ id: 1, url: 'https://x.mssante.fr/' }, answering({ detected: true })),
    ).toBe('page');
  });

  it('says not recognised when the content script did not recognise it', async () => {
    expect(await tabStatus({ id: 1 }, answering({ detected: false }))).toBe('none');
  });

  it('says not recognised, without an error, where no content script runs', async () => {
    expect(await tabStatus({ id: 1, url: 'https://example.org/' }, absent)).toBe('none');
  });

  it('recognises a PDF tab from its address', async () => {
    expect(await tabStatus({ id: 1, url: 'https://x.fr/Annexe1.PDF?v=2' }, absent)).toBe('pdf');
  });

  it('says not recognised when there is no tab', async () => {
    expect(await tabStatus(undefined, absent)).toBe('none');
  });
});

describe('isPdfUrl', () => {
  it.each([
    ['https://esante.gouv.fr/annexe1.pdf', true],
    ['file:///home/u/Annexe%201.pdf', true],
    ['https://esante.gouv.fr/annexe1.pdf.html', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isPdfUrl(url)).toBe(expected);
  });
});
