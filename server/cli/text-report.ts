import { cli, uitslagLabel, uitslagSymbool } from '../messages.js';
import type { EisResultaat, Toetsresultaat } from '../types/contract.js';
import { formatTarief } from '../engine/format.js';


function eisLines(e: EisResultaat, alles: boolean): string[] {
  const head = `  ${uitslagSymbool[e.uitslag]} ${uitslagLabel[e.uitslag].padEnd(12)} ${e.titel}  [${e.id}]`;
  if (e.uitslag === 'voldoet' && !alles) return [head];
  const pad = ' '.repeat(17);
  const lines = [head, `${pad}${cli.verwacht}:  ${e.verwacht}`, `${pad}${cli.opgegeven}: ${e.opgegeven}`];
  if (e.advies) lines.push(`${pad}${cli.advies}:    ${e.advies}`);
  lines.push(`${pad}${cli.bron}:      ${e.bron.sectie}: "${e.bron.citaat}"`);
  return lines;
}

/** The toetsresultaat as readable Dutch text for a terminal: details for what does not comply. */
export function textReport(r: Toetsresultaat, alles = false): string {
  const out: string[] = [
    cli.kop(r.aanbieder.naam, r.aanbieder.kvkNummer),
    cli.regio(r.regio.naam, r.regio.document, r.regio.jaar),
    ...(r.omzetting ? [cli.omzetting(r.omzetting)] : []),
    '',
    cli.uitslag(uitslagSymbool[r.uitslag], uitslagLabel[r.uitslag]),
    cli.samenvatting(r.samenvatting),
  ];
  if (r.regioEisen.length > 0) {
    out.push('', cli.regioEisen);
    for (const e of r.regioEisen) out.push(...eisLines(e, alles));
  }
  for (const p of r.producten) {
    const tarief = formatTarief(p.tarief) ?? '';
    out.push('', cli.product(p.productcode, p.naam, tarief, uitslagSymbool[p.uitslag], uitslagLabel[p.uitslag]));
    for (const e of p.eisen) out.push(...eisLines(e, alles));
  }
  out.push('', cli.controle(r.id, r.invoerSha256));
  return out.join('\n');
}
