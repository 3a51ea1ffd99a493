import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '@/lib/pdf/inspect';
import { fetchRemotePdf, remoteSourceUrl } from '@/lib/pdf/source';

const PDF = 'https://esante.gouv.fr/docs/Annexe%201.pdf';

const answering =
  (body: BodyInit | null, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe('remoteSourceUrl', () => {
  it.each([
    ['a web address', `?src=${encodeURIComponent(PDF)}`, PDF],
    ['a local file', '?src=file%3A%2F%2F%2Fhome%2Fu%2Fa.pdf', undefined],
    ['no address', '', undefined],
    ['not an address', '?src=annexe1.pdf', undefined],
  ])('reads %s', (_name, search, expected) => {
    expect(remoteSourceUrl(search)).toBe(expected);
  });
});

describe('fetchRemotePdf', () => {
  it('hands the tab’s PDF over as a file named after its address', async () => {
    const remote = await fetchRemotePdf(PDF, answering(new Uint8Array([37, 80, 68, 70])));
    expect(remote.kind).toBe('file');
    if (remote.kind !== 'file') return;
    expect(remote.file.name).toBe('Annexe 1.pdf');
    expect(new Uint8Array(await remote.file.arrayBuffer())).toEqual(
      new Uint8Array([37, 80, 68, 70]),
    );
  });

  it('says the file is unavailable when the site answers with an error', async () => {
    expect(await fetchRemotePdf(PDF, answering('Not found', { status: 404 }))).toEqual({
      kind: 'unavailable',
    });
  });

  it('says the file is unavailable when the extension may not read the site', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchRemotePdf(PDF, refused)).toEqual({ kind: 'unavailable' });
  });

  it('does not download a file announced over 20 MB', async () => {
    const size = MAX_PDF_BYTES + 1;
    const huge = answering('x', { headers: { 'content-length': String(size) } });
    expect(await fetchRemotePdf(PDF, huge)).toEqual({
      kind: 'tooLarge',
      name: 'Annexe 1.pdf',
      size,
    });
  });
});
