import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { validateZelfevaluatie } from '../../server/contract/validate.js';
import { toets } from '../../server/engine/evaluate.js';
import { describeCatalog, regionCatalog, type ProductCases, type RuleCase } from '../helpers/catalog-cases.js';

const REGIO = 'centraal-gelderland';
const id = (code: string, eis: string) => `cg-${code}-${eis}`;
const verklaring = (code: string, v: string) => `cg-${code}-verklaring-${v}`;
const alleVerklaard = (...ids: string[]) => Object.fromEntries(ids.map((v) => [v, true]));
const spvBewijs = { soort: 'spv-bewijs', bestandsnaam: 'overeenkomst-spv.pdf', sha256: 'a'.repeat(64), grootte: 48211 };

function intramuraalBasis(code: string): ProductCases {
  return {
    basis: {
      team: { vast: true },
      regie: { niveau: 'hbo' },
      bezetting: { dag: [{ niveau: 'mbo4' }], avond: [{ niveau: 'mbo4' }] },
      beschikbaarheidNachtMinuten: 10,
      begeleiding: { contactmomentenPerWeek: 3 },
      verklaringen: alleVerklaard('gecontracteerd-2017', 'woondeel-inbegrepen', 'schoonhouden-en-maaltijden', 'welzijnsactiviteiten', 'terugkeer-zelfstandig-wonen', 'behoud-vaardigheden-participatie'),
    },
    voldoet: [
      { naam: 'nacht niet apart opgegeven, algemene beschikbaarheid 10 minuten', wijziging: { beschikbaarheidNachtMinuten: null, beschikbaarheidMinuten: 10 } },
      { naam: 'hbo telt als minimaal mbo-4', wijziging: { bezetting: { dag: [{ niveau: 'hbo' }], avond: [{ niveau: 'mbo3' }, { niveau: 'hbo' }] } } },
      { naam: "slapende medewerker 's nachts op de locatie", wijziging: { beschikbaarheidNachtMinuten: 0, bezetting: { nacht: [{ niveau: 'mbo3', wijze: 'slapend' }] } } },
    ],
    voldoetNiet: [
      { naam: "'s nachts 11 minuten", wijziging: { beschikbaarheidNachtMinuten: 11 }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'nacht niet apart en algemeen 30 minuten', wijziging: { beschikbaarheidNachtMinuten: null, beschikbaarheidMinuten: 30 }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'geen beschikbaarheid opgegeven (ontbreekt)', wijziging: { beschikbaarheidNachtMinuten: null }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'overdag alleen mbo-3', wijziging: { bezetting: { dag: [{ niveau: 'mbo3' }] } }, faalt: [id(code, 'mbo4-dag')] },
      { naam: "'s avonds niemand op de locatie", wijziging: { bezetting: { avond: [] } }, faalt: [id(code, 'mbo4-avond')] },
      { naam: 'bezetting ontbreekt', wijziging: { bezetting: null }, faalt: [id(code, 'mbo4-dag'), id(code, 'mbo4-avond')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo')] },
      { naam: 'geen vast team', wijziging: { team: { vast: false } }, faalt: [id(code, 'vast-team')] },
      { naam: '2 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 2 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'niet in 2017 gecontracteerd', wijziging: { verklaringen: { 'gecontracteerd-2017': false } }, faalt: [verklaring(code, 'gecontracteerd-2017')] },
    ],
  };
}

function intramuraalIntensief(code: string): ProductCases {
  return {
    basis: {
      team: { vast: true, spv: true },
      regie: { niveau: 'hbo' },
      bezetting: { dag: [{ niveau: 'mbo4' }], avond: [{ niveau: 'mbo4' }], nacht: [{ niveau: 'mbo4', wijze: 'slapend' }] },
      begeleiding: { contactmomentenPerWeek: 4 },
      bijlagen: [spvBewijs],
      verklaringen: alleVerklaard('gecontracteerd-2017', 'geen-uitsluitingscriteria', 'woondeel-inbegrepen', 'schoonhouden-en-maaltijden', 'welzijnsactiviteiten', 'adl-en-somatische-zorg', 'netwerk-betrekken'),
    },
    voldoet: [
      { naam: "wakende hbo'er 's nachts", wijziging: { bezetting: { nacht: [{ niveau: 'hbo', wijze: 'wakend' }] } } },
      { naam: '3 contactmomenten voldoet met een signaal', wijziging: { begeleiding: { contactmomentenPerWeek: 3 } }, signalen: [id(code, 'contactmomenten-band')] },
    ],
    voldoetNiet: [
      { naam: "'s nachts alleen mbo-3", wijziging: { bezetting: { nacht: [{ niveau: 'mbo3', wijze: 'wakend' }] } }, faalt: [id(code, 'mbo4-nacht')] },
      { naam: "'s nachts niemand op de locatie", wijziging: { bezetting: { nacht: [] } }, faalt: [id(code, 'mbo4-nacht')] },
      { naam: "'s avonds alleen mbo-3", wijziging: { bezetting: { avond: [{ niveau: 'mbo3' }] } }, faalt: [id(code, 'mbo4-avond')] },
      { naam: 'geen SPV inzetbaar', wijziging: { team: { spv: false } }, faalt: [id(code, 'spv')] },
      { naam: 'bewijs SPV ontbreekt', wijziging: { bijlagen: null }, faalt: [id(code, 'spv-bewijs')] },
      { naam: 'team ontbreekt', wijziging: { team: null }, faalt: [id(code, 'vast-team'), id(code, 'spv')] },
      { naam: 'regievoerder niet opgegeven', wijziging: { regie: null }, faalt: [id(code, 'regie-hbo')] },
      { naam: '2 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 2 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'uitsluitingscriteria niet uitgesloten', wijziging: { verklaringen: { 'geen-uitsluitingscriteria': false } }, faalt: [verklaring(code, 'geen-uitsluitingscriteria')] },
    ],
  };
}

function groepswonen(code: string): ProductCases {
  return {
    basis: {
      regie: { niveau: 'hbo' },
      bezetting: { dag: [{ niveau: 'mbo4' }] },
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: 30,
      begeleiding: { contactmomentenPerWeek: 7, fysiekContactPerWeek: 1, individueelUrenPerWeek: 4, groepUrenPerWeek: 2 },
      verklaringen: alleVerklaard('scheiden-wonen-zorg', 'netwerk-betrekken', 'signalerende-functie', 'doorstroom-maximaal-twee-jaar'),
    },
    voldoet: [
      { naam: "nacht apart opgegeven: 30 minuten", wijziging: { beschikbaarheidNachtMinuten: 30 } },
      { naam: 'overdag een mbo-3 en een hbo', wijziging: { bezetting: { dag: [{ niveau: 'mbo3' }, { niveau: 'hbo' }] } } },
    ],
    voldoetNiet: [
      { naam: 'bereikbaar in 6 minuten', wijziging: { bereikbaarheidMinuten: 6 }, faalt: [id(code, 'bereikbaarheid')] },
      { naam: 'beschikbaar in 31 minuten', wijziging: { beschikbaarheidMinuten: 31 }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: "'s nachts 45 minuten", wijziging: { beschikbaarheidNachtMinuten: 45 }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'overdag niemand aanwezig', wijziging: { bezetting: { dag: [] } }, faalt: [id(code, 'aanwezigheid-dag'), id(code, 'mbo4-dag')] },
      { naam: 'overdag alleen mbo-3', wijziging: { bezetting: { dag: [{ niveau: 'mbo3' }] } }, faalt: [id(code, 'mbo4-dag')] },
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'geen face-to-face contact', wijziging: { begeleiding: { fysiekContactPerWeek: 0 } }, faalt: [id(code, 'face-to-face')] },
      { naam: 'geen groepsbegeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 0 } }, faalt: [id(code, 'individueel-en-groep')] },
      { naam: 'groepsuren niet opgegeven', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [id(code, 'individueel-en-groep')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo')] },
      { naam: 'signalerende functie niet verklaard', wijziging: { verklaringen: { 'signalerende-functie': false } }, faalt: [verklaring(code, 'signalerende-functie')] },
    ],
  };
}

function zelfstandigWonen(code: string): ProductCases {
  return {
    basis: {
      regie: { niveau: 'hbo', perClient: true },
      bereikbaarheidMinuten: 5,
      beschikbaarheidWijkMinuten: 30,
      begeleiding: { contactmomentenPerWeek: 7, fysiekContactPerWeek: 1 },
      verklaringen: alleVerklaard(
        'beperkt-aantal-zorgverleners', 'beroepsgeschoolde-medewerker', 'afspraken-buiten-kantoortijden', 'afspraken-signaleringsfunctie',
        'geen-minimum-uren', 'bereikbaar-voor-netwerk', 'signalerende-functie', 'netwerk-betrekken', 'scheiden-wonen-zorg',
      ),
    },
    voldoet: [
      { naam: 'alleen de algemene beschikbaarheid: 30 minuten', wijziging: { beschikbaarheidWijkMinuten: null, beschikbaarheidMinuten: 30 } },
      { naam: "'s nachts apart: 30 minuten", wijziging: { beschikbaarheidNachtMinuten: 30 } },
    ],
    voldoetNiet: [
      { naam: 'in de wijk 31 minuten', wijziging: { beschikbaarheidWijkMinuten: 31 }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: 'geen wijkwaarde en algemeen 45 minuten', wijziging: { beschikbaarheidWijkMinuten: null, beschikbaarheidMinuten: 45 }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: 'geen beschikbaarheid opgegeven (ontbreekt)', wijziging: { beschikbaarheidWijkMinuten: null }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: "aanrijtijd 's nachts 40 minuten", wijziging: { beschikbaarheidNachtMinuten: 40 }, faalt: [id(code, 'aanrijtijd-nacht')] },
      { naam: 'bereikbaar in 10 minuten', wijziging: { bereikbaarheidMinuten: 10 }, faalt: [id(code, 'bereikbaarheid')] },
      { naam: 'één regievoerder voor het team', wijziging: { regie: { perClient: false } }, faalt: [id(code, 'regie-hbo-per-client')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo-per-client')] },
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'alleen telefonisch en digitaal', wijziging: { begeleiding: { fysiekContactPerWeek: 0 } }, faalt: [id(code, 'face-to-face')] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [id(code, 'contactmomenten'), id(code, 'face-to-face')] },
      { naam: 'minimum aantal uren als voorwaarde', wijziging: { verklaringen: { 'geen-minimum-uren': false } }, faalt: [verklaring(code, 'geen-minimum-uren')] },
    ],
  };
}

function bedAndBreak(code: string): ProductCases {
  return {
    basis: {
      setting: { maxAndereClienten: 3 },
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: 30,
      team: { ervaringsdeskundige: true },
      verklaringen: alleVerklaard('reguliere-overnachtingssetting', 'afspraken-setting', 'maximaal-14-dagen', 'geen-kosten-client', 'toegankelijk-zelfstandig-en-groepswonen'),
    },
    voldoet: [{ naam: 'geen andere cliënten in het pension', wijziging: { setting: { maxAndereClienten: 0 } } }],
    voldoetNiet: [
      { naam: '4 andere cliënten', wijziging: { setting: { maxAndereClienten: 4 } }, faalt: [id(code, 'max-andere-clienten')] },
      { naam: 'setting niet opgegeven', wijziging: { setting: null }, faalt: [id(code, 'max-andere-clienten')] },
      { naam: 'bereikbaar in 6 minuten', wijziging: { bereikbaarheidMinuten: 6 }, faalt: [id(code, 'bereikbaarheid')] },
      { naam: 'beschikbaar in 31 minuten', wijziging: { beschikbaarheidMinuten: 31 }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: 'geen ervaringsdeskundige', wijziging: { team: { ervaringsdeskundige: false } }, faalt: [id(code, 'ervaringsdeskundige')] },
      { naam: 'meer dan 14 dagen per jaar', wijziging: { verklaringen: { 'maximaal-14-dagen': false } }, faalt: [verklaring(code, 'maximaal-14-dagen')] },
    ],
  };
}

function logeren(code: string): ProductCases {
  return {
    basis: {
      aanwezigheid: { vanafUur: 0, totUur: 24, plaats: 'locatie' },
      verklaringen: alleVerklaard('ondersteuning-en-toezicht', 'groepsgewijze-daginvulling', 'geen-kosten-client', 'maximaal-28-dagen', 'alleen-clienten-zelfstandig-wonen'),
    },
    voldoet: [],
    voldoetNiet: [
      { naam: 'aanwezig tot 23.00 uur', wijziging: { aanwezigheid: { totUur: 23 } }, faalt: [id(code, 'aanwezigheid-24-uur')] },
      { naam: 'aanwezig vanaf 7.00 uur', wijziging: { aanwezigheid: { vanafUur: 7 } }, faalt: [id(code, 'aanwezigheid-24-uur')] },
      { naam: 'alleen in de nabijheid', wijziging: { aanwezigheid: { plaats: 'nabijheid' } }, faalt: [id(code, 'aanwezigheid-24-uur')] },
      { naam: 'aanwezigheid niet opgegeven', wijziging: { aanwezigheid: null }, faalt: [id(code, 'aanwezigheid-24-uur')] },
      { naam: 'kosten bij de cliënt', wijziging: { verklaringen: { 'geen-kosten-client': false } }, faalt: [verklaring(code, 'geen-kosten-client')] },
    ],
  };
}

function afwezigheidsdag(code: string): ProductCases {
  const ids = ['declareren-in-plaats-van-intramuraal', 'maximaal-zes-weken-opname', 'maximaal-twee-weken-na-overlijden'];
  return {
    basis: { verklaringen: alleVerklaard(...ids) },
    voldoet: [],
    voldoetNiet: [
      { naam: 'niet in plaats van het intramurale product', wijziging: { verklaringen: { 'declareren-in-plaats-van-intramuraal': false } }, faalt: [verklaring(code, 'declareren-in-plaats-van-intramuraal')] },
      { naam: 'geen verklaringen (ontbreekt)', wijziging: { verklaringen: null }, faalt: ids.map((v) => verklaring(code, v)) },
    ],
  };
}

function geclusterd(code: string, hoog: boolean): ProductCases {
  const uren = hoog ? 10 : 7.5;
  return {
    basis: {
      team: { vast: true, opleidingZorgEnWelzijn: true },
      regie: { niveau: 'hbo' },
      bezetting: { dag: [{ niveau: 'mbo4' }] },
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: 30,
      begeleiding: { individueelUrenPerWeek: uren, contactmomentenPerWeek: 7, fysiekContactPerWeek: 1 },
      verklaringen: alleVerklaard(
        'geclusterde-zelfstandige-woningen', 'scheiden-wonen-zorg', 'doorstroom-maximaal-twee-jaar', 'ondersteuningsplan', 'netwerk-betrekken',
        'signalerende-functie', 'opleiding-sluit-aan',
      ),
    },
    voldoet: [
      { naam: "'s nachts apart: 30 minuten", wijziging: { beschikbaarheidNachtMinuten: 30 } },
      hoog
        ? { naam: 'meer dan 10 uur geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: 10.5 } }, signalen: [id(code, 'uren-boven-band')] }
        : { naam: '10 uur (hoog niveau) geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: 10 } }, signalen: [id(code, 'uren-boven-band')] },
      ...(hoog ? [] : [{ naam: '9,5 uur valt binnen midden', wijziging: { begeleiding: { individueelUrenPerWeek: 9.5 } } }]),
    ],
    voldoetNiet: [
      { naam: `${uren - 0.5} uur per week`, wijziging: { begeleiding: { individueelUrenPerWeek: uren - 0.5 } }, faalt: [id(code, 'uren')] },
      { naam: 'overdag alleen mbo-3', wijziging: { bezetting: { dag: [{ niveau: 'mbo3' }] } }, faalt: [id(code, 'mbo4-dag')] },
      { naam: 'geen vast team', wijziging: { team: { vast: false } }, faalt: [id(code, 'vast-team')] },
      { naam: 'opleiding niet richting Zorg en Welzijn', wijziging: { team: { opleidingZorgEnWelzijn: false } }, faalt: [id(code, 'opleiding-zorg-en-welzijn')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo')] },
      { naam: 'bereikbaar in 6 minuten', wijziging: { bereikbaarheidMinuten: 6 }, faalt: [id(code, 'bereikbaarheid')] },
      { naam: 'beschikbaar in 31 minuten', wijziging: { beschikbaarheidMinuten: 31 }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: "'s nachts 31 minuten", wijziging: { beschikbaarheidNachtMinuten: 31 }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'geen face-to-face contact', wijziging: { begeleiding: { fysiekContactPerWeek: 0 } }, faalt: [id(code, 'face-to-face')] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [id(code, 'uren'), id(code, 'contactmomenten'), id(code, 'face-to-face')] },
    ],
  };
}

const regels: RuleCase[] = [
  { naam: 'Logeren zonder intramuraal product', producten: ['15B13'], faalt: ['cg-logeren-intramurale-aanbieder'] },
  { naam: 'Logeren Lvb zonder intramuraal product, met zelfstandig wonen', producten: ['15B14', '15B09'], faalt: ['cg-logeren-intramurale-aanbieder'] },
  { naam: 'Logeren met intramuraal basis', producten: ['15B13', '15B01'], faalt: [] },
  { naam: 'Logeren Lvb met intramuraal intensief Lvb', producten: ['15B14', '15B04'], faalt: [] },
  { naam: 'Afwezigheidsdag zonder intramuraal product', producten: ['15B15'], faalt: ['cg-afwezigheidsdag-combinatie'] },
  { naam: 'Afwezigheidsdag alleen naast het Lvb-product', producten: ['15B15', '15B02'], faalt: ['cg-afwezigheidsdag-combinatie'] },
  { naam: 'Afwezigheidsdag met intramuraal intensief', producten: ['15B15', '15B03'], faalt: [] },
  { naam: 'Afwezigheidsdag Lvb zonder Lvb-intramuraal', producten: ['15B16', '15B01'], faalt: ['cg-afwezigheidsdag-lvb-combinatie'] },
  { naam: 'Afwezigheidsdag Lvb met intramuraal basis Lvb', producten: ['15B16', '15B02'], faalt: [] },
  { naam: 'Lumpsum zonder zelfstandig wonen', producten: ['15B19'], faalt: ['cg-lumpsum-zelfstandig-wonen'] },
  { naam: 'Lumpsum naast alleen het Lvb-product', producten: ['15B19', '15B10'], faalt: ['cg-lumpsum-zelfstandig-wonen'] },
  { naam: 'Lumpsum met zelfstandig wonen', producten: ['15B19', '15B09'], faalt: [] },
  { naam: 'Lumpsum Lvb zonder zelfstandig wonen Lvb', producten: ['15B20', '15B09'], faalt: ['cg-lumpsum-zelfstandig-wonen-lvb'] },
  { naam: 'Lumpsum Lvb met zelfstandig wonen Lvb', producten: ['15B20', '15B10'], faalt: [] },
  { naam: 'Geclusterd wonen alleen midden', producten: ['15B33'], faalt: ['cg-geclusterd-midden-en-hoog'] },
  { naam: 'Geclusterd wonen alleen hoog', producten: ['15B34'], faalt: ['cg-geclusterd-midden-en-hoog'] },
  { naam: 'Geclusterd wonen midden en hoog', producten: ['15B33', '15B34'], faalt: [] },
  { naam: 'Geclusterd wonen Lvb alleen hoog', producten: ['15B36'], faalt: ['cg-geclusterd-lvb-midden-en-hoog'] },
  { naam: 'Geclusterd wonen Lvb alleen midden', producten: ['15B35'], faalt: ['cg-geclusterd-lvb-midden-en-hoog'] },
  { naam: 'Geclusterd wonen Lvb midden en hoog', producten: ['15B35', '15B36'], faalt: [] },
  { naam: 'Midden regulier met hoog Lvb: beide regels', producten: ['15B33', '15B36'], faalt: ['cg-geclusterd-midden-en-hoog', 'cg-geclusterd-lvb-midden-en-hoog'] },
  { naam: 'Bed & Break, groepswonen en zelfstandig wonen los: geen regel', producten: ['15B11', '15B05', '15B10'], faalt: [] },
];

describeCatalog(
  REGIO,
  {
    '15B01': intramuraalBasis('15B01'),
    '15B02': intramuraalBasis('15B02'),
    '15B03': intramuraalIntensief('15B03'),
    '15B04': intramuraalIntensief('15B04'),
    '15B05': groepswonen('15B05'),
    '15B06': groepswonen('15B06'),
    '15B09': zelfstandigWonen('15B09'),
    '15B10': zelfstandigWonen('15B10'),
    '15B19': zelfstandigWonen('15B19'),
    '15B20': zelfstandigWonen('15B20'),
    '15B11': bedAndBreak('15B11'),
    '15B12': bedAndBreak('15B12'),
    '15B13': logeren('15B13'),
    '15B14': logeren('15B14'),
    '15B15': afwezigheidsdag('15B15'),
    '15B16': afwezigheidsdag('15B16'),
    '15B33': geclusterd('15B33', false),
    '15B34': geclusterd('15B34', true),
    '15B35': geclusterd('15B35', false),
    '15B36': geclusterd('15B36', true),
  },
  regels,
);

describe(`voorbeelden ${REGIO}`, () => {
  const dir = path.join(projectRoot, 'samples', REGIO);
  const catalog = regionCatalog(REGIO);
  const bestanden = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

  it('elk product heeft een voorbeeld dat voldoet en een dat niet voldoet, en er is een bod', () => {
    for (const code of catalog.regios.get(REGIO)!.producten.keys()) {
      expect(bestanden).toContain(`${code}-voldoet.json`);
      expect(bestanden.some((f) => f.startsWith(`${code}-voldoet-niet-`))).toBe(true);
    }
    expect(bestanden.some((f) => f.startsWith('bod-'))).toBe(true);
  });

  for (const bestand of bestanden) {
    const verwacht = bestand.includes('-voldoet-niet-') ? 'voldoet-niet' : 'voldoet';
    it(`${bestand}: geldig volgens het contract en ${verwacht}`, () => {
      const invoer: unknown = JSON.parse(readFileSync(path.join(dir, bestand), 'utf8'));
      const validatie = validateZelfevaluatie(invoer, catalog);
      expect(validatie.ok ? [] : validatie.errors).toEqual([]);
      if (!validatie.ok) return;
      expect(toets(validatie.value, catalog).uitslag).toBe(verwacht);
    });
  }
});
