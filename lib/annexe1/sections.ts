/**
 * The blocks of the Annexe 1, in the order the form prints them.
 *
 * A block's `heading` is its title as printed; `wordings` are the other ways a rendition
 * may title it. The two paired blocks (chef de projet / responsable technique, contact
 * projet / contact technique) print two columns side by side: there the column heading,
 * not the block heading, says whose « Nom Prénom » or « Téléphone » a blank is.
 */

export const SECTION_IDS = [
  'contract',
  'legalRep',
  'leads',
  'connectorEditor',
  'incident',
  'domain',
  'dns',
  'commitment',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export const COLUMN_IDS = ['projectLead', 'techLead', 'publicProject', 'publicTech'] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

export interface Heading {
  /** As printed on the form. */
  readonly heading: string;
  /** Other titles a rendition may use; matched like the heading. */
  readonly wordings: readonly string[];
}

export interface SectionDef extends Heading {
  readonly id: SectionId;
  readonly columns?: readonly ColumnDef[];
}

export interface ColumnDef extends Heading {
  readonly id: ColumnId;
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'contract',
    heading: 'Votre N° Contrat MSSanté',
    wordings: ['Partie remplie par l’ASIP Santé', 'Numéro de contrat'],
  },
  {
    id: 'legalRep',
    heading: 'Coordonnées du représentant légal de l’opérateur',
    wordings: ['Représentant légal de l’opérateur', 'Représentant légal'],
  },
  {
    id: 'leads',
    heading: 'Coordonnées du chef de projet / du responsable technique',
    wordings: [],
    columns: [
      {
        id: 'projectLead',
        heading: 'Coordonnées du chef de projet',
        wordings: ['Chef de projet'],
      },
      {
        id: 'techLead',
        heading: 'Coordonnées du responsable technique',
        wordings: ['Responsable technique'],
      },
    ],
  },
  {
    id: 'connectorEditor',
    heading: 'Editeur de connecteur MSSanté de l’opérateur',
    wordings: ['Editeur de connecteur', 'Éditeur du connecteur'],
  },
  {
    id: 'incident',
    heading: 'Coordonnées de contacts en cas d’incident rencontrés entre opérateurs',
    wordings: ['Contacts en cas d’incident', 'Coordonnées affichées publiquement'],
    columns: [
      {
        id: 'publicProject',
        heading: 'Contact projet MSSanté de l’opérateur',
        wordings: ['Contact projet'],
      },
      {
        id: 'publicTech',
        heading: 'Contact technique MSSanté de l’opérateur',
        wordings: ['Contact technique'],
      },
    ],
  },
  {
    id: 'domain',
    heading: 'Inscription du domaine dans l’espace de confiance MSSanté',
    wordings: ['Inscription dans la liste blanche MSSanté', 'Domaine de messagerie'],
  },
  {
    id: 'dns',
    heading: 'Zone DNS',
    wordings: ['Gestion de la zone DNS', 'Configuration DNS'],
  },
  {
    id: 'commitment',
    heading: 'Je m’engage à réaliser les demandes de référencement et de retrait de domaines',
    wordings: ['Je m’engage', 'Signature et cachet de la structure', 'Engagement', 'Signature'],
  },
];

/** The block of a given id. */
export function sectionById(id: SectionId): SectionDef {
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section;
}
