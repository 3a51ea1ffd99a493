import { type Issue, issue } from './finding';

/** The signature date: a real calendar date written JJ/MM/AAAA, not in the future. */

const FORM_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

/**
 * The date rules; `today` is the clock's date unless given. Another common way of writing
 * a date (3/12/2026, 03.12.2026, 2026-12-03) is refused with the form's writing offered.
 *
 * @example dateIssues('31/02/2026') // [date-invalid (error)]
 */
export function dateIssues(raw: string, today: Date = new Date()): Issue[] {
  const text = raw.trim();
  if (text === '') return [];
  const written = read(FORM_DATE, text, [1, 2, 3]);
  if (written === undefined) {
    const other = read(DAY_FIRST, text, [1, 2, 3]) ?? read(ISO_DATE, text, [3, 2, 1]);
    const fix = other !== undefined && isReal(other) ? format(other) : undefined;
    return [issue('error', 'date-format', 'ruleDateFormat', {}, fix)];
  }
  if (!isReal(written)) return [issue('error', 'date-invalid', 'ruleDateInvalid')];

  const now = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
  return ordinal(written) > ordinal(now) ? [issue('warning', 'date-future', 'ruleDateFuture')] : [];
}

/** The day, month and year groups of `pattern`, in that order. */
function read(
  pattern: RegExp,
  text: string,
  groups: readonly [number, number, number],
): CalendarDate | undefined {
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const [day, month, year] = groups.map((group) => Number(match[group]));
  return { day: day ?? 0, month: month ?? 0, year: year ?? 0 };
}

function isReal({ day, month, year }: CalendarDate): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1;
}

function ordinal({ day, month, year }: CalendarDate): number {
  return year * 10_000 + month * 100 + day;
}

function format({ day, month, year }: CalendarDate): string {
  const pad = (part: number, width: number) => String(part).padStart(width, '0');
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}
