import path from 'node:path';
import { parseArgs } from 'node:util';
import { controleerCatalogus, nieuweRegio, probleemRegel } from '../catalog/author.js';
import { catalogDir } from '../paths.js';

export const catalogusGebruik = `Gebruik:
  eisentoets catalogus controleer [<map>] [--bronnen <map>]
             Controleert elke regio in de catalogusmap (standaard EISENTOETS_CATALOGUS of schemas/regios) zoals de
             server haar laadt, en met --bronnen ook elk citaat letterlijk in zijn sectie van het brondocument
             (.txt of .pdf). Noemt elk probleem met bestand:regel:kolom, JSON pointer en wat er moet staan.
             Afsluitcode 0 = geen problemen, 1 = problemen, 2 = verkeerd gebruik.
  eisentoets catalogus nieuw <regio-id> [--map <catalogusmap>] [--voorvoegsel <id-voorvoegsel>] [--jaar <jaar>]
             Maakt een nieuwe regiomap met regio.schema.json en een voorbeeldproduct; vul elke "VUL IN" in.`;

class Usage extends Error {}

/** eisentoets catalogus controleer|nieuw: the adviser's tools for writing a catalog. */
export async function catalogusCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'controleer') return controleer(rest);
    if (sub === 'nieuw') return nieuw(rest);
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
