import type * as z from 'zod/mini';
import { type FormValues, isFieldKey, PROFILE_KEYS } from '../annexe1/fields';
import { getLocale, t } from '../i18n';
import { fieldLabel } from '../i18n/labels';
import { excerpt } from '../rules/finding';
import { isRecord, MAX_NAME_LENGTH } from './profile';
import {
  DUPLICATE_NAME,
  type FileProfile,
  PROFILE_FILE_FORMAT,
  PROFILE_FILE_VERSION,
  profileFileSchema,
} from './schema';

/**
 * Profile files (DESIGN.md): export, and the check of a file to import. A file is checked
 * whole before anything is kept, and a refusal names what is wrong, in the UI language.
 */

/** The largest profile file read: a file of 400 full profiles weighs about 1 MB. */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024;

/** The profiles of a valid file, or why the file is refused. */
export type FileCheck = { ok: true; profiles: FileProfile[] } | { ok: false; reason: string };

/** Refuses an oversized file from its size alone, before it is read into memory. */
export function checkFileSize(bytes: number): FileCheck | undefined {
  if (bytes <= MAX_PROFILE_FILE_BYTES) return undefined;
  return { ok: false, reason: t('profilesFileTooLarge', { size: megabytes(bytes) }) };
}

/**
 * The profiles of a profile file's text, or why it is refused: not JSON (damaged or
 * truncated), another format, another version, or the first wrong entry by profile and key.
 *
 * @example parseProfileFile('{"format":"x"}') // { ok: false, reason: 'ce n’est pas un…' }
 */
export function parseProfileFile(text: string): FileCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('profilesFileNotJson') };
  }
  if (!isRecord(data) || data.format !== PROFILE_FILE_FORMAT) {
    return { ok: false, reason: t('profilesFileForeign', { format: PROFILE_FILE_FORMAT }) };
  }
  if (data.version !== PROFILE_FILE_VERSION) {
    const version = excerpt(JSON.stringify(data.version) ?? '');
    return { ok: false, reason: t('profilesFileVersion', { version }) };
  }

  const parsed = profileFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, profiles: parsed.data.profiles };
  const [first, ...others] = parsed.error.issues;
  const foreign = () => t('profilesFileForeign', { format: PROFILE_FILE_FORMAT });
  const reason = first ? describeIssue(first, data) : foreign();
  if (others.length === 0) return { ok: false, reason };
  return { ok: false, reason: t('profilesFileMoreErrors', { reason, count: others.length }) };
}

/** The text of a profile file holding `profiles`; values in the form's order. */
export function profileFile(profiles: readonly { name: string; values: FormValues }[]): string {
  const entries = profiles.map(({ name, values }) => ({ name, values: ordered(values) }));
  const file = { format: PROFILE_FILE_FORMAT, version: PROFILE_FILE_VERSION, profiles: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The name to save a profile file under: the date, and the profile's name when only one
 * profile is exported.
 *
 * @example exportFileName(new Date(2026, 11, 3)) // 'profils-annexe1-2026-12-03.json'
 */
export function exportFileName(date: Date, profileName?: string): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  const slug = profileName === undefined ? '' : slugOf(profileName);
  return slug ? `profil-annexe1-${slug}-${day}.json` : `profils-annexe1-${day}.json`;
}

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const [top, index, part, key] = issue.path;
  if (top !== 'profiles') return t('profilesFileForeign', { format: PROFILE_FILE_FORMAT });
  if (typeof index !== 'number') {
    return issue.code === 'too_small' ? t('profilesFileEmpty') : t('profilesFileNoList');
  }

  const which = whichProfile(data, index);
  if (part === 'name') {
    if (issue.code === 'custom' && issue.params?.reason === DUPLICATE_NAME) {
      return t('profilesFileDuplicateName', { which });
    }
    const tooLong = issue.code === 'too_big';
    return tooLong
      ? t('profilesFileNameTooLong', { which, max: MAX_NAME_LENGTH })
      : t('profilesFileNameMissing', { which });
  }
  if (part !== 'values') return t('profilesFileNotProfile', { which });
  if (issue.code === 'unrecognized_keys') {
    return t('profilesFileUnknownKey', { which, key: excerpt(issue.keys[0] ?? '') });
  }
  if (typeof key !== 'string' || !isFieldKey(key)) return t('profilesFileNoValues', { which });
  const expectsBoolean = issue.code === 'invalid_type' && issue.expected === 'boolean';
  const message = expectsBoolean ? 'profilesFileNotBoolean' : 'profilesFileNotText';
  return t(message, { which, key, label: fieldLabel(key) });
}

function whichProfile(data: Record<string, unknown>, index: number): string {
  const profiles = Array.isArray(data.profiles) ? data.profiles : [];
  const profile: unknown = profiles[index];
  const name = isRecord(profile) && typeof profile.name === 'string' ? profile.name.trim() : '';
  const n = index + 1;
  return name
    ? t('profilesFileWhichNamed', { n, name: excerpt(name) })
    : t('profilesFileWhich', { n });
}

function ordered(values: FormValues): FormValues {
  const kept: FormValues = {};
  for (const key of PROFILE_KEYS) {
    const value = values[key];
    if (value !== undefined && value !== '') kept[key] = value;
  }
  return kept;
}

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

// Rounded up, so that a file just over the limit does not read « 1,0 Mo ».
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toLocaleString(getLocale());
}
