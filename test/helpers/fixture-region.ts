import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A small, self-contained region ("testregio") written to a temp dir, to test the loader and engine apart from the real catalogs. */
export function fixtureRegion() {
  const regio = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://eisentoets.nl/schemas/regios/testregio/regio.schema.json',
    title: 'Testregio',
    'x-regio': {
      id: 'testregio',
      naam: 'Testregio',
      idPrefix: 'tr',
      document: 'Testdocument 2026',
      jaar: 2026,
      documenten: [{ id: 'test', titel: 'Testdocument 2026', bronbestand: 'test.txt' }],
    },
    type: 'object',
    allOf: [
      {
        title: 'Toeslag alleen met Wonen',
        'x-eis': { id: 'tr-toeslag', ernst: 'eis', bron: { sectie: '2', citaat: 'De toeslag kan alleen met Wonen.' } },
        if: { properties: { aanbod: { contains: { required: ['productcode'], properties: { productcode: { const: 'T2' } } } } } },
        then: { properties: { aanbod: { contains: { required: ['productcode'], properties: { productcode: { const: 'T1' } } } } } },
      },
    ],
  };
  const product = (code: string, naam: string, allOf: unknown[], extra: Record<string, unknown> = {}) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://eisentoets.nl/schemas/regios/testregio/${code}.schema.json`,
    title: `${code} ${naam}`,
    type: 'object',
    'x-product': { code, naam, tarief: { bedrag: 100, eenheid: 'etmaal' } },
    allOf,
    ...extra,
  });
  const t1 = product(
    'T1',
    'Wonen',
    [
      {
        title: 'Binnen 15 minuten ter plaatse',
        'x-eis': { id: 'tr-T1-beschikbaarheid', ernst: 'eis', bron: { sectie: '1', citaat: 'Binnen 15 minuten ter plaatse.' } },
        required: ['afgeleid'],
        properties: { afgeleid: { required: ['fysiekWeek'], properties: { fysiekWeek: { maximum: 15 } } } },
      },
      {
        title: "'s Nachts een wakende mbo-4'er",
        'x-eis': { id: 'tr-T1-nacht', ernst: 'eis', bron: { sectie: '1', citaat: "'s Nachts een wakende wacht op mbo-4-niveau." } },
        required: ['afgeleid'],
        properties: { afgeleid: { required: ['wakendNacht'], properties: { wakendNacht: { minimum: 1 } } } },
      },
      {
        title: 'Hoogstens 10 uur',
        'x-eis': { id: 'tr-T1-uren-signaal', ernst: 'signaal', bron: { sectie: '1', citaat: 'Bandbreedte tot 10 uur per week.' } },
        properties: { begeleiding: { properties: { individueelUrenPerWeek: { maximum: 10 } } } },
      },
    ],
    {
      'x-verklaringen': [{ id: 'herstelplan', titel: 'Herstelplan', sectie: '1', tekst: 'Er is een herstelplan met doelen.' }],
      'x-bijlagen': [{ soort: 'spv-bewijs', label: 'Bewijs SPV' }],
      'x-afgeleid': {
        fysiekWeek: {
          label: 'langste tijd tot een professional ter plaatse is, de hele week',
          eenheid: 'minuten',
          reactietijd: { venster: { dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], van: '00:00', tot: '24:00' }, soort: 'fysiek' },
        },
        wakendNacht: {
          label: "minste aantal wakende medewerkers van mbo-4 of hoger op de locatie, 's nachts 23:00-07:00",
          eenheid: 'medewerkers',
          bezetting: {
            venster: { dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], van: '23:00', tot: '07:00', overMiddernacht: true },
            plaats: ['locatie'],
            medewerker: { required: ['niveau', 'wijze'], properties: { niveau: { enum: ['mbo4', 'hbo'] }, wijze: { const: 'wakend' } } },
          },
        },
      },
    },
  );
  const t2 = product('T2', 'Toeslag', []);

  const root = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-catalogus-'));
  const dir = path.join(root, 'testregio');
  mkdirSync(dir);
  const write = (name: string, doc: unknown) => writeFileSync(path.join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  write('regio.schema.json', regio);
  write('T1.schema.json', t1);
  write('T2.schema.json', t2);
  return { root, dir, regio, t1, t2, write };
}
