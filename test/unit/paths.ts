import { resolve } from 'node:path';

/** The repository's root, and `shared/` beside it (the team's specs and real data). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures');
