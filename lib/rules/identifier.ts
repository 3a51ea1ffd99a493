import { type Issue, issue } from './finding';

/**
 * National structure identifiers (terminology TRE_G07): `1` + FINESS, `2` + SIREN,
 * `3` + SIRET, as the certificate's OU and the form's « Identifiant structure » hold them.
 */

export type IdKind = 'finess' | 'siren' | 'siret';

export interface StructureId {
  readonly kind: IdKind;
  /** The number without its prefix. */
  readonly body: string;
  /** The national form: prefix and number. */
  readonly prefixed: string;
  /** Written without its prefix. */
  readonly bare: boolean;
}

const PREFIX = { finess: '1', siren: '2', siret: '3' } as const;
const FINESS = /^(?:\d{2}|2[AB])\d{7}$/;
const SIREN = /^\d{9}$/;
const SIRET = /^\d{14}$/;
/** La Poste's establishments share one SIREN; their SIRET keys follow a rule of their own. */
const LA_POSTE_SIREN = '356000000';
const CHECK_DIGIT_MESSAGE = {
  finess: 'ruleIdCheckDigitFiness',
  siren: 'ruleIdCheckDigitSiren',
  siret: 'ruleIdCheckDigitSiret',
} as const;

/**
 * Reads an identifier, spaces ignored. Nine characters alone are taken for a FINESS and
 * fourteen digits for a SIRET, the two forms people type without the prefix.
 *
 * @example parseStructureId('1 75 000 052 3')?.kind // 'finess'
 */
export function parseStructureId(raw: string): StructureId | undefined {
  const compact = raw.replace(/\s/g, '').toUpperCase();
  const prefix = compact.slice(0, 1);
  const rest = compact.slice(1);
  if (prefix === PREFIX.finess && FINESS.test(rest)) return make('finess', rest, false);
  if (prefix === PREFIX.siren && SIREN.test(rest)) return make('siren', rest, false);
  if (prefix === PREFIX.siret && SIRET.test(rest)) return make('siret', rest, false);
  if (FINESS.test(compact)) return make('finess', compact, true);
  if (SIRET.test(compact)) return make('siret', compact, true);
  return undefined;
}

/**
 * The identifier rules. `allowBare`: the form's « Identifiant structure » accepts a bare
 * FINESS or SIRET (and suggests the prefixed form); the certificate's OU does not.
 */
export function idIssues(raw: string, allowBare: boolean): Issue[] {
  if (raw.trim() === '') return [];
  const id = parseStructureId(raw);
  if (id === undefined) return [issue('error', 'id-format', 'ruleIdFormat')];

  const issues: Issue[] = [];
  const values = { prefixed: id.prefixed };
  if (id.bare) {
    issues.push(
      allowBare
        ? issue('info', 'id-bare', 'ruleIdBare', values, id.prefixed)
        : issue('error', 'id-unprefixed', 'ruleIdUnprefixed', values, id.prefixed),
    );
  }
  if (!hasValidKey(id)) {
    const severity = id.kind === 'finess' ? 'warning' : 'error';
    issues.push(issue(severity, 'id-check-digit', CHECK_DIGIT_MESSAGE[id.kind]));
  }
  return issues;
}

/**
 * The department a FINESS belongs to: its first two characters, or for overseas
 * `9701`…`9704` → `971`…`974` and `9805` → `976` (Mayotte).
 */
export function finessDepartment(body: string): string | undefined {
  if (body.startsWith('970')) return `97${body.slice(3, 4)}`;
  if (body.startsWith('9805')) return '976';
  return /^9[78]/.test(body) ? undefined : body.slice(0, 2);
}

// No listed DN has a Corsican FINESS to test a guess against, so none is made.
// TODO [2027-03-01]: verify Corsican FINESS keys (2A, 2B): the letters' weight is not documented.
function hasValidKey(id: StructureId): boolean {
  if (id.kind === 'finess' && !/^\d+$/.test(id.body)) return true;
  if (luhn(id.body)) return true;
  return id.kind === 'siret' && id.body.startsWith(LA_POSTE_SIREN) && digitSum(id.body) % 5 === 0;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const digit = Number(digits[digits.length - 1 - index]);
    const doubled = index % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}

function make(kind: IdKind, body: string, bare: boolean): StructureId {
  return { kind, body, prefixed: PREFIX[kind] + body, bare };
}
