import type { ColumnId, SectionId } from './sections';

/**
 * The field catalogue: every blank of the Annexe 1, once. Every other layer (rules,
 * profiles, page and PDF mapping, the views) reads fields from here and lists none itself.
 */

export type FieldKind =
  | 'text'
  | 'phone'
  | 'email'
  | 'hostname'
  | 'dn'
  | 'dnPart'
  | 'identifier'
  | 'date'
  | 'checkbox';

export interface FieldDef {
  readonly key: string;
  /** The label as printed on the form. */
  readonly label: string;
  /** Other wordings a rendition may print for the same blank. */
  readonly wordings: readonly string[];
  readonly section: SectionId;
  /** For the paired blocks: the column the blank sits in. */
  readonly column?: ColumnId;
  readonly kind: FieldKind;
  /** Held by an operator profile (it belongs to the structure, not to one declaration). */
  readonly profile: boolean;
  /** The value may span several lines (a postal address). */
  readonly multiline?: boolean;
  /** For the DN's parts: the attribute type the blank holds. */
  readonly dnAttribute?: 'CN' | 'OU' | 'O' | 'ST' | 'C';
  /**
   * A blank printed without a label of its own, right after another field's blank:
   * « ST=…… (……) » puts the department code in parentheses after the department name.
   */
  readonly follows?: string;
}

const NAME_WORDINGS = ['Nom, Prénom', 'Nom et prénom', 'Prénom Nom', 'Nom'];
// « Tel » needs no wording of its own: labels are matched with their accents folded.
const PHONE_WORDINGS = ['Téléphone', 'Tél', 'N° de téléphone', 'Numéro de téléphone'];
const EMAIL_WORDINGS = ['Courriel', 'Adresse électronique', 'E-mail', 'Email', 'Mél', 'Mail'];
const PROJECT_LEAD = { column: 'projectLead' } as const;
const TECH_LEAD = { column: 'techLead' } as const;
const PUBLIC_PROJECT = { column: 'publicProject' } as const;
const PUBLIC_TECH = { column: 'publicTech' } as const;

function def<const K extends string>(
  key: K,
  label: string,
  wordings: readonly string[],
  section: SectionId,
  kind: FieldKind,
  extra: Partial<Pick<FieldDef, 'column' | 'multiline' | 'dnAttribute' | 'follows'>> & {
    profile?: boolean;
  } = {},
) {
  const { profile = true, ...rest } = extra;
  return { key, label, wordings, section, kind, profile, ...rest } as const;
}

export const FIELDS = [
  def(
    'contract.number',
    'Votre N° Contrat MSSanté',
    ['N° Contrat MSSanté', 'N° de contrat'],
    'contract',
    'text',
    {
      profile: false,
    },
  ),
  def(
    'operator.name',
    'Nom de la structure',
    ['Raison sociale', 'Nom de l’opérateur'],
    'legalRep',
    'text',
  ),
  def(
    'operator.structureId',
    'Identifiant structure',
    [
      'Identifiant de la structure',
      'N° FINESS',
      'FINESS',
      'SIRET',
      'Identifiant national de structure',
    ],
    'legalRep',
    'identifier',
  ),
  def('legalRep.fullName', 'Nom Prénom', NAME_WORDINGS, 'legalRep', 'text'),
  def('legalRep.address', 'Adresse postale', ['Adresse'], 'legalRep', 'text', { multiline: true }),
  def('legalRep.phone', 'Téléphone', PHONE_WORDINGS, 'legalRep', 'phone'),
  def('legalRep.email', 'Courriel', EMAIL_WORDINGS, 'legalRep', 'email'),
  def('projectLead.fullName', 'Nom Prénom', NAME_WORDINGS, 'leads', 'text', PROJECT_LEAD),
  def('projectLead.phone', 'Tél', PHONE_WORDINGS, 'leads', 'phone', PROJECT_LEAD),
  def('projectLead.email', 'Courriel', EMAIL_WORDINGS, 'leads', 'email', PROJECT_LEAD),
  def('techLead.fullName', 'Nom Prénom', NAME_WORDINGS, 'leads', 'text', TECH_LEAD),
  def('techLead.phone', 'Tél', PHONE_WORDINGS, 'leads', 'phone', TECH_LEAD),
  def('techLead.email', 'Courriel', EMAIL_WORDINGS, 'leads', 'email', TECH_LEAD),
  def(
    'connectorEditor.name',
    'Nom de la structure',
    ['Nom de l’éditeur', 'Éditeur'],
    'connectorEditor',
    'text',
  ),
  def('publicProject.phone', 'Téléphone', PHONE_WORDINGS, 'incident', 'phone', PUBLIC_PROJECT),
  def('publicProject.email', 'Courriel', EMAIL_WORDINGS, 'incident', 'email', PUBLIC_PROJECT),
  def('publicTech.phone', 'Téléphone', PHONE_WORDINGS, 'incident', 'phone', PUBLIC_TECH),
  def('publicTech.email', 'Courriel', EMAIL_WORDINGS, 'incident', 'email', PUBLIC_TECH),
  def(
    'domain.name',
    'Nom du domaine de messagerie MSSanté',
    ['Nom du domaine', 'Domaine de messagerie', 'Domaine'],
    'domain',
    'hostname',
    { profile: false },
  ),
  def(
    'domain.description',
    'Description du domaine de messagerie MSSanté',
    ['Description du domaine', 'Description'],
    'domain',
    'text',
    { profile: false },
  ),
  def(
    'certificate.dn',
    'DN du certificat logiciel serveur SSL_SERVEUR',
    ['DN du certificat', 'Distinguished Name du certificat', 'DN'],
    'domain',
    'dn',
  ),
  def('certificate.cn', 'CN=', ['Common Name'], 'domain', 'dnPart', { dnAttribute: 'CN' }),
  def('certificate.ou', 'OU=', ['Organizational Unit'], 'domain', 'dnPart', { dnAttribute: 'OU' }),
  def('certificate.o', 'O=', ['Organization'], 'domain', 'dnPart', { dnAttribute: 'O' }),
  def('certificate.st', 'ST=', ['State'], 'domain', 'dnPart', { dnAttribute: 'ST' }),
  def(
    'certificate.stCode',
    '(……)',
    ['Code du département', 'N° du département', 'Département (code)'],
    'domain',
    'dnPart',
    { follows: 'certificate.st' },
  ),
  def('certificate.c', 'C=', ['Country'], 'domain', 'dnPart', { dnAttribute: 'C' }),
  def(
    'dns.delegation',
    'Méthode 1 : la délégation',
    ['La délégation', 'Délégation', 'Méthode 1'],
    'dns',
    'checkbox',
  ),
  def(
    'dns.primary',
    'Primaire',
    ['Serveur DNS primaire', 'DNS primaire', 'Serveur primaire'],
    'dns',
    'hostname',
  ),
  def(
    'dns.secondary',
    'Secondaire',
    ['Serveur DNS secondaire', 'DNS secondaire', 'Serveur secondaire'],
    'dns',
    'hostname',
  ),
  def(
    'dns.redirection',
    'Méthode 2 : la redirection',
    ['La redirection', 'Redirection', 'Méthode 2'],
    'dns',
    'checkbox',
  ),
  def(
    'dns.mailServer',
    'Nom du serveur de messagerie pour MSSanté de l’opérateur',
    ['Nom du serveur de messagerie', 'Serveur de messagerie'],
    'dns',
    'hostname',
  ),
  def(
    'withdrawal.requested',
    'Je demande le retrait du domaine de messagerie décrit ci-dessus de l’espace de confiance',
    ['Je demande le retrait du domaine', 'Retrait du domaine'],
    'commitment',
    'checkbox',
    { profile: false },
  ),
  def('signature.date', 'Date', ['Fait le', 'Date de signature'], 'commitment', 'date', {
    profile: false,
  }),
  def('signature.fullName', 'Nom, Prénom', NAME_WORDINGS, 'commitment', 'text'),
] as const satisfies readonly FieldDef[];

export type FieldKey = (typeof FIELDS)[number]['key'];

/** Form values by field key: text for blanks, booleans for check boxes. */
export type FormValues = Partial<Record<FieldKey, string | boolean>>;

export const FIELD_KEYS: readonly FieldKey[] = FIELDS.map((field) => field.key);

const BY_KEY = new Map<string, FieldDef>(FIELDS.map((field) => [field.key, field]));

/** True when `key` is a key of the catalogue. */
export function isFieldKey(key: string): key is FieldKey {
  return BY_KEY.has(key);
}

/** The catalogue entry of a key. */
export function fieldByKey(key: FieldKey): FieldDef {
  return BY_KEY.get(key) as FieldDef;
}

/** The keys an operator profile holds, in the form's order. */
export const PROFILE_KEYS: readonly FieldKey[] = FIELDS.filter((f) => f.profile).map((f) => f.key);
