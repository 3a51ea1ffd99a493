import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { WHITELIST_URL } from '@/lib/whitelist';
import { downloadWhitelist, loadStoredWhitelist } from '@/lib/whitelist/store';
import { REPO_ROOT } from '../paths';

const REAL = resolve(REPO_ROOT, '../shared/data/listeblanchemssante-2025-03-14.xml');
const NOW = new Date('2025-03-14T10:00:00Z');

beforeEach(() => fakeBrowser.reset());

const serving = (body: string, status = 200) =>
  vi.fn(async (_url: string) => new Response(body, { status }));

describe('downloading the whitelist', () => {
  it('fetches the official address only and keeps the list with its date', async () => {
    const fetcher = serving(readFileSync(REAL, 'utf8'));
    const result = await downloadWhitelist(fetcher, NOW);
    expect(fetcher).toHaveBeenCalledOnce();
    expect(fetcher.mock.calls[0]?.[0]).toBe(WHITELIST_URL);
    expect(result).toEqual({
      ok: true,
      summary: { generatedAt: '2025-03-13T14:54:10Z', fetchedAt: NOW.toISOString(), count: 6554 },
    });
    const stored = await loadStoredWhitelist();
    expect(stored?.entries).toHaveLength(6554);
    expect(stored?.fetchedAt).toBe(NOW.toISOString());
  });

  it('keeps the last good copy when a download fails or is malformed', async () => {
    await downloadWhitelist(serving(readFileSync(REAL, 'utf8')), NOW);
    const broken = await downloadWhitelist(serving('<ListeBlancheMSSante><ListeDomaines><Dom'));
    expect(broken).toMatchObject({ ok: false, message: expect.stringMatching(/XML valide/) });
    const down = await downloadWhitelist(serving('', 503));
    expect(down).toMatchObject({ ok: false, message: expect.stringMatching(/HTTP 503/) });
    const offline = await downloadWhitelist(vi.fn(() => Promise.reject(new TypeError('offline'))));
    expect(offline).toMatchObject({ ok: false, message: expect.stringMatching(/offline/) });
    expect((await loadStoredWhitelist())?.entries).toHaveLength(6554);
  });

  it('has no copy before the first download', async () => {
    expect(await loadStoredWhitelist()).toBeNull();
  });
});
