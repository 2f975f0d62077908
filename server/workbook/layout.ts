import type { Product } from '../catalog/types.js';
import { schemaAt, zelfevaluatieSchema } from '../contract/schema-index.js';

type JsonSchema = Record<string, unknown>;

/**
 * The shape of the Excel zelfevaluatie, read from the contract schema: every scalar field becomes one row
 * (organisation, product sheets) or one column (the tables). A field added to the contract appears in the
 * workbook without code changes; the generator and the reader share this layout, so they cannot drift.
 */
export interface CellField {
  /** Path below its owner (the zelfevaluatie, an aanbod item, a dienst, ...), joined with "/": the key in the hidden column or row. */
  key: string;
  segments: string[];
  label: string;
  eenheid?: string;
  description?: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  enum?: string[];
  minimum?: number;
  maximum?: number;
  /** A time of day (uu:mm), kept as text. */
  klok?: boolean;
  /** A calendar day (JSON Schema format date): an Excel date cell or d-m-jjjj is read as JJJJ-MM-DD. */
  datum?: boolean;
  /** A list of values from an enum (the days of a dienst): one "ja" column per value, in enum order. */
  lijst?: boolean;
  maxLength?: number;
}

export const SHEETS = {
  uitleg: 'Uitleg',
  organisatie: 'Organisatie',
  diensten: 'Rooster',
  medewerkers: 'Medewerkers',
  vensters: 'Beschikbaarheid',
  bijlagen: 'Bijlagen',
} as const;

/** Keys of the rows and columns that are not contract fields. */
export const KEY = {
  regio: 'regio',
  versie: 'versie',
  catalogusversie: '#catalogusversie',
  aangeboden: '#aangeboden',
  product: '#product',
  dienst: '#dienst',
  verklaring: 'verklaringen/',
} as const;

export const FIRST_TABLE_ROW = 3;
/** Rows of each table that carry dropdowns and checks; more rows may be typed below, they are read too. */
export const TABLE_ROWS = 120;

function resolved(schema: JsonSchema | undefined): JsonSchema {
  return schema ?? {};
}

/** The scalar fields below a schema, depth first in schema order; arrays and free-form objects are left to the caller. */
export function scalarFields(base: string[], skip: readonly string[] = []): CellField[] {
  const out: CellField[] = [];
  const walk = (segments: string[]) => {
    const schema = resolved(schemaAt([...base, ...segments]));
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    if (schema.type === 'object' && props) {
      for (const key of Object.keys(props)) {
        if (segments.length === 0 && skip.includes(key)) continue;
        walk([...segments, key]);
      }
      return;
    }
    const items = schema.type === 'array' ? resolved(schemaAt([...base, ...segments, '*'])) : undefined;
    if (items && Array.isArray(items.enum)) {
      out.push({ ...describe(schema, segments), type: 'string', enum: items.enum as string[], lijst: true });
      return;
    }
    const type = schema.type ?? (schema.const !== undefined ? typeof schema.const : undefined);
    if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') {
      out.push({
        ...describe(schema, segments),
        type,
        enum: Array.isArray(schema.enum) ? (schema.enum as string[]) : undefined,
        minimum: typeof schema.minimum === 'number' ? schema.minimum : undefined,
        maximum: typeof schema.maximum === 'number' ? schema.maximum : undefined,
        maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
        klok: schema['x-eenheid'] === 'klok' || undefined,
        datum: schema.format === 'date' || undefined,
      });
    }
  };
  walk([]);
  return out;
}

function describe(schema: JsonSchema, segments: string[]): Pick<CellField, 'key' | 'segments' | 'label' | 'eenheid' | 'description'> {
  const label = (schema['x-label'] as string | undefined) ?? segments.at(-1) ?? '';
  return {
    key: segments.join('/'),
    segments,
    label: label.charAt(0).toUpperCase() + label.slice(1),
    eenheid: typeof schema['x-eenheid'] === 'string' && schema['x-eenheid'] !== 'klok' ? (schema['x-eenheid'] as string) : undefined,
    description: typeof schema.description === 'string' ? schema.description : undefined,
  };
}

/** One table sheet: the rows are items of a list inside an aanbod item, identified by product (and dienst). */
export interface TableLayout {
  sheet: string;
  /** Path of the list inside an aanbod item; "*" is the dienst of a medewerker. */
  list: string[];
  /** The item type's label, for messages ("dienst", "tijdvak"). */
  columns: CellField[];
  /** Nested under a dienst (medewerkers): a column with the dienst's number. */
  perDienst: boolean;
}

export interface WorkbookLayout {
  organisatie: CellField[];
  /** Fields of an aanbod item that are a single cell on its product sheet. */
  product: CellField[];
  tables: { diensten: TableLayout; medewerkers: TableLayout; vensters: TableLayout; bijlagen: TableLayout };
}

const ITEM = ['aanbod', '*'];

function buildLayout(): WorkbookLayout {
  const rootProps = Object.keys((zelfevaluatieSchema.properties as Record<string, unknown>) ?? {});
  return {
    organisatie: scalarFields([], rootProps.filter((k) => k === 'versie' || k === 'regio' || k === 'aanbod')),
    product: scalarFields(ITEM, ['productcode']),
    tables: {
      diensten: { sheet: SHEETS.diensten, list: ['rooster', 'diensten'], columns: scalarFields([...ITEM, 'rooster', 'diensten', '*']), perDienst: false },
      medewerkers: {
        sheet: SHEETS.medewerkers,
        list: ['rooster', 'diensten', '*', 'medewerkers'],
        columns: scalarFields([...ITEM, 'rooster', 'diensten', '*', 'medewerkers', '*']),
        perDienst: true,
      },
      vensters: { sheet: SHEETS.vensters, list: ['beschikbaarheid', 'vensters'], columns: scalarFields([...ITEM, 'beschikbaarheid', 'vensters', '*']), perDienst: false },
      bijlagen: { sheet: SHEETS.bijlagen, list: ['bijlagen'], columns: scalarFields([...ITEM, 'bijlagen', '*']), perDienst: false },
    },
  };
}

export const layout: WorkbookLayout = buildLayout();

/** The column headers of a table: its key columns first, then one per field (a list of days takes one column per day). */
export function tableColumns(table: TableLayout): Array<{ key: string; label: string; field?: CellField; waarde?: string }> {
  const cols: Array<{ key: string; label: string; field?: CellField; waarde?: string }> = [{ key: KEY.product, label: 'Product' }];
  if (table.perDienst) cols.push({ key: KEY.dienst, label: 'Dienst (nummer op blad Rooster)' });
  else if (table.sheet === SHEETS.diensten) cols.push({ key: KEY.dienst, label: 'Dienst nr.' });
  for (const field of table.columns) {
    if (field.lijst) for (const v of field.enum ?? []) cols.push({ key: `${field.key}=${v}`, label: v, field, waarde: v });
    else cols.push({ key: field.key, label: field.label, field });
  }
  return cols;
}

/** Eisen of a product that read a field (directly, or through a derived fact built from it), by field key. */
export function eisenPerField(product: Product): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const list = out.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    out.set(key, list);
  };
  for (const eis of product.eisen) {
    for (const path of eis.fields) {
      if (path[0] === 'afgeleid' && path[1]) {
        const fact = product.afgeleid[path[1]];
        for (const term of fact?.som ?? []) add(term.veld.slice(1), eis.id);
        if (fact?.bezetting) add(SHEETS.diensten, eis.id);
        if (fact?.reactietijd || fact?.afroep) add(SHEETS.vensters, eis.id);
      } else if (path[0] === 'rooster') add(SHEETS.diensten, eis.id);
      else if (path[0] === 'beschikbaarheid') add(SHEETS.vensters, eis.id);
      else if (path[0] === 'bijlagen') add(SHEETS.bijlagen, eis.id);
      else add(path.join('/'), eis.id);
    }
  }
  return out;
}
