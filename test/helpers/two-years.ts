import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { regiosDir } from '../../server/paths.js';

// A region with two catalog years side by side: gelderland-zuid 2026 as it is, and a 2027 version with one bound
// tightened (15N13 at night: 15 → 5 minutes), one eis added and one tariff changed. Nothing in the code names a year.
export function twoYears() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-versies-'));
  const gz = path.join(root, 'gelderland-zuid');
  cpSync(path.join(regiosDir, 'gelderland-zuid'), path.join(gz, '2026'), { recursive: true });
  cpSync(path.join(regiosDir, 'gelderland-zuid'), path.join(gz, '2027'), { recursive: true });
  const file = (name: string) => path.join(gz, '2027', name);
  const regio = JSON.parse(readFileSync(file('regio.schema.json'), 'utf8'));
  regio['x-regio'] = { ...regio['x-regio'], jaar: 2027, document: `${regio['x-regio'].document} (2027)` };
  writeFileSync(file('regio.schema.json'), JSON.stringify(regio, null, 2));
  const p = JSON.parse(readFileSync(file('15N13.schema.json'), 'utf8'));
  const nacht = p.allOf.find((m: { 'x-eis': { id: string } }) => m['x-eis'].id === 'gz-15N13-beschikbaarheid-nacht');
  const naam = Object.keys(nacht.properties.afgeleid.properties)[0]!;
  nacht.properties.afgeleid.properties[naam].maximum = 5;
  p.allOf.push({
    title: 'Een SPV in het team',
    'x-eis': { id: 'gz-15N13-spv-2027', ernst: 'eis', bron: { sectie: nacht['x-eis'].bron.sectie, citaat: nacht['x-eis'].bron.citaat } },
    required: ['team'],
    properties: { team: { required: ['spv'], properties: { spv: { const: true } } } },
  });
  p['x-product'].tarief.bedrag = 251.4;
  writeFileSync(file('15N13.schema.json'), JSON.stringify(p, null, 2));
  return root;
}

