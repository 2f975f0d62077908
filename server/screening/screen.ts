import type { Catalog } from '../catalog/types.js';
import type { InputError } from '../contract/validate.js';
import { check } from '../engine/check.js';
import { jsonSyntaxProblem } from '../http/json-body.js';
import { sha256Hex } from '../json.js';
import { inkoop } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import type { BidFile } from './intake.js';
import { readZelfevaluatieWorkbook, withCells, type WorkbookRead } from '../workbook/read.js';
import { looksLikeWorkbook } from '../workbook/safety.js';

/** One eis of a bid that is voldoet-niet or ontbreekt, with its citation: a row of the shortcomings sheet. */
export interface Shortcoming {
  /** null for a region rule over several products. */
  productcode: string | null;
  eisId: string;
  titel: string;
  uitslag: 'voldoet-niet' | 'ontbreekt';
  verwacht: string;
  opgegeven: string;
  document: string;
  sectie: string;
  citaat: string;
}

interface ScreenedFile {
  bestandsnaam: string;
  inhoud: Buffer;
  sha256: string;
}

export type ScreenedBid = ScreenedFile &
  (
    | { geldig: true; resultaat: Toetsresultaat; tekortkomingen: Shortcoming[] }
    | { geldig: false; fouten: InputError[]; aanbiederNaam: string | null; kvkNummer: string | null }
  );

export function shortcomingsOf(r: Toetsresultaat): Shortcoming[] {
  const rows: Shortcoming[] = [];
  const add = (productcode: string | null, eisen: Toetsresultaat['regioEisen']) => {
    for (const e of eisen) {
      if (e.uitslag !== 'voldoet-niet' && e.uitslag !== 'ontbreekt') continue;
      rows.push({
        productcode,
        eisId: e.id,
        titel: e.titel,
        uitslag: e.uitslag,
        verwacht: e.verwacht,
        opgegeven: e.opgegeven,
        document: e.bron.document,
        sectie: e.bron.sectie,
        citaat: e.bron.citaat,
      });
    }
  };
  add(null, r.regioEisen);
  for (const p of r.producten) add(p.productcode, p.eisen);
  return rows;
}

/** Name and KvK number as far as an invalid bid gives them, so the list can still say whose it is. */
function identify(input: unknown): { aanbiederNaam: string | null; kvkNummer: string | null } {
  const a = (input as { aanbieder?: { naam?: unknown; kvkNummer?: unknown } } | null)?.aanbieder;
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v.slice(0, 200) : null);
  return { aanbiederNaam: text(a?.naam), kvkNummer: text(a?.kvkNummer) };
}

/** Parses and checks one file against the catalog, through the shared check(); a bid for another region is an input error. */
export function screenBid(file: BidFile, catalog: Catalog, regio: string, workbook?: WorkbookRead, jaar?: number): ScreenedBid {
  const base: ScreenedFile = { bestandsnaam: file.naam, inhoud: file.inhoud, sha256: sha256Hex(file.inhoud) };
  if (file.fout) return { ...base, geldig: false, fouten: [{ pointer: '', detail: file.fout }], aanbiederNaam: null, kvkNummer: null };
  if (workbook && !workbook.ok) return { ...base, geldig: false, fouten: workbook.errors, aanbiederNaam: null, kvkNummer: null };
  let input: unknown;
  if (workbook?.ok) input = workbook.value;
  else {
    const text = file.inhoud.toString('utf8').replace(/^\uFEFF/, '');
    try {
      input = JSON.parse(text);
    } catch {
      return { ...base, geldig: false, fouten: [{ pointer: '', detail: jsonSyntaxProblem(text).detail! }], aanbiederNaam: null, kvkNummer: null };
    }
  }
  // A year pinned by the caller (a round screened again) counts unless the bid names its own.
  const checked = check(input, catalog, jaar === undefined ? {} : { jaar });
  const outcome = checked.ok || !workbook?.ok ? checked : { ok: false as const, errors: withCells(checked.errors, workbook.where) };
  const bidRegio = (input as { regio?: unknown } | null)?.regio;
  const otherRegion = typeof bidRegio === 'string' && bidRegio !== regio;
  if (outcome.ok && !otherRegion) {
    return { ...base, geldig: true, resultaat: outcome.resultaat, tekortkomingen: shortcomingsOf(outcome.resultaat) };
  }
  const fouten = outcome.ok ? [] : outcome.errors;
  if (otherRegion) fouten.unshift({ pointer: '/regio', detail: inkoop.fout.andereRegio(String(bidRegio), catalog.regios.get(regio)?.naam ?? regio) });
  return { ...base, geldig: false, fouten, ...identify(input) };
}

export type Progress = (klaar: number, totaal: number) => void;

/** Screens every file, reporting progress and yielding to the event loop now and then so a server keeps answering. */
export async function screenBids(files: BidFile[], catalog: Catalog, regio: string, onProgress?: Progress, jaar?: number): Promise<ScreenedBid[]> {
  const out: ScreenedBid[] = [];
  let lastYield = Date.now();
  for (const file of files) {
    // A filled Excel zelfevaluatie: read into a zelfevaluatie first; its cell errors name sheet and cell.
    const workbook = !file.fout && looksLikeWorkbook(file.inhoud) ? await readZelfevaluatieWorkbook(file.inhoud, catalog) : undefined;
    out.push(screenBid(file, catalog, regio, workbook, jaar));
    if (Date.now() - lastYield > 20 || out.length === files.length) {
      onProgress?.(out.length, files.length);
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  }
  return out;
}
