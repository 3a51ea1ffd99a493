import { ruleData } from './data';
import { type Issue, issue } from './finding';

/**
 * Phone numbers, through `libphonenumber-js` once `loadRuleData` has run. Before that,
 * only what is plainly wrong is flagged: letters, too few or too many digits, a French
 * national number that is not ten digits long.
 */

const PHONE_CHARACTERS = /^\+?[\d\s()./-]*$/;
const MIN_DIGITS = 8;
/** E.164 allows 15 digits; `00` before the country code adds two. */
const MAX_DIGITS = 17;
const NATIONAL_DIGITS = 10;
/** France and its overseas territories, whose numbers have country codes of their own. */
const FRENCH_REGIONS = new Set('FR GP MQ GF RE YT PM BL MF NC PF WF'.split(' '));

/**
 * The phone rules: a valid French number (national or +33), or a valid foreign one,
 * accepted with a hint.
 *
 * @example phoneIssues('+44 20 7946 0958') // [phone-foreign (info)]
 */
export function phoneIssues(raw: string): Issue[] {
  const text = raw.trim();
  if (text === '') return [];
  const invalid = [issue('error', 'phone-invalid', 'rulePhoneInvalid')];
  const digits = text.replace(/\D/g, '');
  if (!PHONE_CHARACTERS.test(text) || digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
    return invalid;
  }

  const data = ruleData();
  if (data === undefined) {
    const national = text.startsWith('0') && !text.startsWith('00');
    return national && digits.length !== NATIONAL_DIGITS ? invalid : [];
  }
  const number = data.parsePhone(text, 'FR');
  if (number === undefined || !number.isValid()) return invalid;
  if (number.country !== undefined && FRENCH_REGIONS.has(number.country)) return [];
  const values = { callingCode: number.countryCallingCode };
  return [issue('info', 'phone-foreign', 'rulePhoneForeign', values)];
}
