import path from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { controleerCatalogus, nieuweRegio, probleemRegel } from '../catalog/author.js';
import { verschillen, versionOfYear, type EisVerschil } from '../catalog/diff.js';
import { bodVerschillen, type BodWijziging } from '../engine/bid-diff.js';
import { loadCatalog } from '../catalog/loader.js';
import { catalogDir } from '../paths.js';

export const catalogusGebruik = `Gebruik:
  eisentoets catalogus controleer [<map>] [--bronnen <map>]
             Controleert elke regio in de catalogusmap (standaard EISENTOETS_CATALOGUS of schemas/regios) zoals de
             server haar laadt, en met --bronnen ook elk citaat letterlijk in zijn sectie van het brondocument
             (.txt of .pdf). Noemt elk probleem met bestand:regel:kolom, JSON pointer en wat er moet staan.
             Afsluitcode 0 = geen problemen, 1 = problemen, 2 = verkeerd gebruik.
  eisentoets catalogus nieuw <regio-id> [--map <catalogusmap>] [--voorvoegsel <id-voorvoegsel>] [--jaar <jaar>]
             Maakt een nieuwe regiomap met regio.schema.json en een voorbeeldproduct; vul elke "VUL IN" in.
  eisentoets catalogus verschil <regio-id> [--van <jaar>] [--naar <jaar>] [--bod <zelfevaluatie.json>] [--json]
             Wat er verandert tussen twee catalogusjaren (standaard: dit jaar en het volgende): producten, tarieven en
             eisen (strenger, soepeler, erbij, vervallen). Met --bod: welke uitslagen van uw zelfevaluatie veranderen
             en wat u moet aanpassen.`;

class Usage extends Error {}

/** eisentoets catalogus controleer|nieuw: the adviser's tools for writing a catalog. */
export async function catalogusCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'controleer') return controleer(rest);
    if (sub === 'nieuw') return nieuw(rest);
    if (sub === 'verschil') return verschil(rest);
    throw new Usage(sub ? `Onbekend commando "catalogus ${sub}".` : 'Geef aan wat u wilt doen: controleer of nieuw.');
  } catch (err) {
    if (err instanceof Usage || (err instanceof Error && 'code' in err && String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${err.message}\n\n${catalogusGebruik}`);
      return 2;
    }
    throw err;
  }
}

function controleer(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { bronnen: { type: 'string' } } });
  if (positionals.length > 1) throw new Usage(`Eén catalogusmap tegelijk, niet ${positionals.length}.`);
  const dir = positionals[0] ? path.resolve(positionals[0]) : catalogDir();
  const bronnen = values.bronnen ? path.resolve(values.bronnen) : undefined;
  const uitkomst = controleerCatalogus(dir, bronnen);
  for (const p of uitkomst.problemen) console.error(`✗ ${probleemRegel(p)}`);
  const n = uitkomst.problemen.length;
  const regios = `${uitkomst.regios} ${uitkomst.regios === 1 ? 'regio' : "regio's"}`;
  const citaten = bronnen ? `, ${uitkomst.citaten} citaten gezocht in ${bronnen}` : ' (citaten niet gecontroleerd: geef --bronnen <map>)';
  console.log(n === 0 ? `Geen problemen: ${regios} in ${dir}${citaten}.` : `${n} ${n === 1 ? 'probleem' : 'problemen'} in ${regios} in ${dir}${citaten}.`);
  return n === 0 ? 0 : 1;
}

function nieuw(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { map: { type: 'string' }, voorvoegsel: { type: 'string' }, jaar: { type: 'string' } },
  });
  const id = positionals[0];
  if (!id) throw new Usage('Geef het id van de nieuwe regio, bijvoorbeeld: eisentoets catalogus nieuw west-brabant');
  const jaar = values.jaar === undefined ? undefined : Number(values.jaar);
  if (jaar !== undefined && !(Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100)) throw new Usage(`--jaar "${values.jaar}" is geen jaartal.`);
  if (values.voorvoegsel !== undefined && !/^[a-z]{2,4}$/.test(values.voorvoegsel)) throw new Usage(`--voorvoegsel "${values.voorvoegsel}": gebruik 2 tot 4 kleine letters, bijvoorbeeld "wb".`);
  let files: string[];
  try {
    files = nieuweRegio(values.map ? path.resolve(values.map) : catalogDir(), id, { prefix: values.voorvoegsel, jaar });
  } catch (err) {
    throw new Usage((err as Error).message);
  }
  console.log(`Gemaakt:\n${files.map((f) => `  ${f}`).join('\n')}\nVul elke "VUL IN" in en controleer met: eisentoets catalogus controleer ${path.dirname(path.dirname(files[0]!))}`);
  return 0;
}

const WOORD: Record<EisVerschil['wijziging'], string> = { toegevoegd: 'erbij', vervallen: 'vervallen', strenger: 'strenger', soepeler: 'soepeler', gewijzigd: 'anders' };
const UITSLAG: Record<string, string> = { voldoet: 'voldoet', 'voldoet-niet': 'voldoet niet', ontbreekt: 'ontbreekt', signaal: 'signaal' };

function verschil(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { van: { type: 'string' }, naar: { type: 'string' }, bod: { type: 'string' }, json: { type: 'boolean' } },
  });
  const id = positionals[0];
  if (!id) throw new Usage('Geef de regio, bijvoorbeeld: eisentoets catalogus verschil gelderland-zuid --van 2026 --naar 2027');
  const catalog = loadCatalog();
  const region = catalog.regios.get(id);
  if (!region) throw new Usage(`Onbekende regio "${id}". Bekende regio's: ${[...catalog.regios.keys()].join(', ')}.`);
  const jaren = region.versies.map((v) => v.jaar).join(', ');
  const year = (s: string | undefined, name: string) => {
    if (s === undefined) return undefined;
    const v = versionOfYear(region, Number(s));
    if (!v) throw new Usage(`--${name} ${s}: ${region.naam} heeft geen catalogus voor dat jaar; er zijn: ${jaren}.`);
    return v;
  };
  const van = year(values.van, 'van') ?? region;
  const naar = year(values.naar, 'naar') ?? region.versies[region.versies.indexOf(van) + 1];
  if (!naar) throw new Usage(`${region.naam} heeft geen catalogusversie na ${van.jaar} (er zijn: ${jaren}); geef --naar op.`);
  const d = verschillen(van, naar);

  let anders: BodWijziging[] | undefined;
  if (values.bod) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(values.bod, 'utf8'));
    } catch (err) {
      throw new Usage(`Kan ${values.bod} niet lezen: ${(err as Error).message}`);
    }
    const uitkomst = bodVerschillen(input, catalog, van, naar);
    if (!uitkomst.ok) {
      throw new Usage(`${values.bod} is geen geldige zelfevaluatie voor ${region.naam}:\n${uitkomst.errors.map((e) => `  ${e.pointer || '/'}: ${e.detail}`).join('\n')}`);
    }
    anders = uitkomst.bod;
  }

  if (values.json) {
    console.log(JSON.stringify({ ...d, ...(anders ? { bod: anders } : {}) }, null, 2));
    return 0;
  }
  const periode = (p: typeof d.van) => `${p.jaar} (${p.geldigVanaf} t/m ${p.geldigTot})`;
  const out: string[] = [`${region.naam}: wat verandert van ${periode(d.van)} naar ${periode(d.naar)}`, ''];
  out.push(`Producten erbij: ${d.producten.toegevoegd.map((p) => `${p.code} ${p.naam}`).join(', ') || 'geen'}`);
  out.push(`Producten vervallen: ${d.producten.vervallen.map((p) => `${p.code} ${p.naam}`).join(', ') || 'geen'}`);
  out.push(`Tarieven: ${d.tarieven.length === 0 ? 'ongewijzigd' : ''}`);
  for (const t of d.tarieven) out.push(`  ${t.code} ${t.naam}: ${t.van ?? 'niet in het document'} → ${t.naar ?? 'niet in het document'}`);
  out.push(`Eisen: ${d.eisen.length === 0 ? 'ongewijzigd' : `${d.eisen.length} gewijzigd`}`);
  for (const e of d.eisen) {
    out.push(`  ${WOORD[e.wijziging].padEnd(9)} ${e.product ? `${e.product} ` : ''}${e.titel} [${e.id}]`);
    if (e.van && e.wijziging !== 'toegevoegd') out.push(`            was:   ${e.van}`);
    if (e.naar && e.wijziging !== 'vervallen') out.push(`            wordt: ${e.naar}`);
    for (const g of e.grenzen ?? []) out.push(`            ${g.sleutelwoord}: ${g.van ?? '—'} → ${g.naar ?? '—'} (${g.richting})`);
    if (e.citaat) out.push(`            citaat was: "${e.citaat.van}"`, `            citaat wordt: "${e.citaat.naar}"`);
  }
  if (anders) {
    out.push('', `Uw zelfevaluatie (${values.bod}) met de catalogus van ${d.naar.jaar}: ${anders.length === 0 ? 'geen uitslag verandert' : `${anders.length} ${anders.length === 1 ? 'uitslag verandert' : 'uitslagen veranderen'}`}`);
    for (const e of anders) {
      out.push(`  ${e.product ? `${e.product} ` : ''}${e.titel} [${e.id}]: ${e.van ? UITSLAG[e.van] : 'nieuwe eis'} → ${UITSLAG[e.naar]}`);
      if (e.advies) out.push(`    ${e.advies}`);
    }
  }
  console.log(out.join('\n'));
  return 0;
}
