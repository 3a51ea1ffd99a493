import { type Issue, issue } from './finding';

/** The free-text fields with a rule of their own: the contract number and the description. */

const DESCRIPTION_MAX = 255;

/** `contract.number` is filled by the agency: a value typed in is only worth a hint. */
export function contractIssues(raw: string): Issue[] {
  return raw.trim() === '' ? [] : [issue('info', 'contract-filled', 'ruleContractFilled')];
}

/** `domain.description` is published in the whitelist, which holds 255 characters. */
export function descriptionIssues(raw: string): Issue[] {
  const length = raw.trim().length;
  return length > DESCRIPTION_MAX
    ? [issue('warning', 'description-too-long', 'ruleDescriptionTooLong', { length })]
    : [];
}
