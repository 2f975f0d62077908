import type { Productcategorie } from './istandaarden.js';
import type { ValidateFunction } from 'ajv';

export type JsonSchema = Record<string, unknown>;

export interface CatalogDocument {
  id: string;
  titel: string;
  versie?: string;
  bronbestand: string;
}

export interface Bron {
  document: string;
  documentId: string;
  sectie: string;
  citaat: string;
}

/** Days and times of a window in the week, as the contract writes a dienst or venster. */
export interface Venster {
  dagen: string[];
  van: string;
  tot: string;
  overMiddernacht?: boolean;
}

/**
 * A fact derived before the eisen are checked (x-afgeleid), of exactly one kind: a weighted sum of fields; the
 * fewest matching people present at any moment of a window; the slowest response in a window; or whether a
 * window is covered "op afroep". See schemas/regios/README.md.
 */
export interface Afgeleid {
  label: string;
  eenheid?: string;
  som?: Array<{ veld: string; factor: number }>;
  bezetting?: { venster: Venster; plaats?: string[]; medewerker?: JsonSchema; maat?: 'laagste' | 'hoogste' };
  reactietijd?: { venster: Venster; soort: 'fysiek' | 'telefonisch' };
  afroep?: { venster: Venster };
}

/** Whether one person of the rooster counts for a bezetting: certainly, possibly (attributes unknown), and which unknowns matter. */
export interface MedewerkerMatch {
  zeker: boolean;
  mogelijk: boolean;
  onbekend: string[];
}

export interface CompiledAfgeleid extends Afgeleid {
  /** For a bezetting: the person filter, compiled once. */
  match?: (medewerker: Record<string, unknown>) => MedewerkerMatch;
}

export interface Verklaring {
  id: string;
  titel: string;
  tekst: string;
  sectie: string;
  bron: Bron;
  toelichting?: string;
}

export interface BijlageSoort {
  soort: string;
  label: string;
  beschrijving?: string;
  /** What counts as proof, in the document's words. */
  bewijs?: string;
  /** How old the proof may be on the check date, in months; only where the document states an age. */
  maxLeeftijdMaanden?: number;
  /** Where the document states that age (resolved: the document is always set). */
  bron?: Bron;
}

/** One eis, compiled once at start-up, with its wording of what it expects already derived. */
export interface CompiledEis {
  id: string;
  titel: string;
  ernst: 'eis' | 'signaal';
  soort: 'eis' | 'verklaring';
  bron: Bron;
  toelichting?: string;
  /** The eis as written in the catalog (an allOf member). */
  schema: JsonSchema;
  validate: ValidateFunction;
  /** Paths (relative to the aanbod item, or the zelfevaluatie for region rules) that the eis reads. */
  fields: string[][];
  verwacht: string;
  /** For an eis with a top-level if/then/else: its condition, and the wording of each branch (for advice). */
  takken?: { als: (data: unknown) => boolean; dan?: string; anders?: string };
  /** JSON pointer of the eis inside its catalog file, e.g. /allOf/3. */
  pointer: string;
}

export interface Product {
  code: string;
  naam: string;
  soort?: string;
  categorie?: 'intramuraal' | 'geclusterd' | 'thuis' | 'dagbesteding' | 'overig';
  /** iWmo product category, from the first two positions of the code (15 Beschermd wonen). */
  productcategorie?: Productcategorie;
  tarief: { bedrag: number; eenheid: string; eenheidCode?: '14' | '04' | '16' } | null;
  tariefToelichting?: string;
  alleenSterfhuis: boolean;
  beschrijving?: string;
  afgeleid: Record<string, CompiledAfgeleid>;
  verklaringen: Verklaring[];
  bijlagen: BijlageSoort[];
  eisen: CompiledEis[];
  /** Path of the schema file relative to schemas/ (also its URL under /api/v1/schemas/). */
  bestand: string;
}

export interface Region {
  id: string;
  naam: string;
  idPrefix: string;
  document: string;
  jaar: number;
  toelichting?: string;
  documenten: CatalogDocument[];
  regels: CompiledEis[];
  producten: Map<string, Product>;
  bestand: string;
  /** SHA-256 over the region's catalog files: identifies the catalog a result was checked against. */
  versie: string;
  /** The period this version of the region's catalog applies to (yyyy-mm-dd, both days included). */
  geldigVanaf: string;
  geldigTot: string;
  /** Every version of the region side by side, oldest first (one for a region folder without versions). */
  versies: Region[];
}

export interface Catalog {
  regios: Map<string, Region>;
  /** The folder the catalog was read from (its schema files are served from there); absent for a catalog built in memory. */
  map?: string;
}
