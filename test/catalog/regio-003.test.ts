import { describe, expect, it } from 'vitest';
import { toets } from '../../server/engine/evaluate.js';
import type { AanbodItem } from '../../server/types/contract.js';
import {
  apply,
  bid,
  describeCatalog,
  dienst,
  mens as contractMens,
  regionCatalog,
  venster,
  WEEKEND,
  WERKDAGEN,
  type ProductCases,
  type Wijziging,
  describeSamples,
} from '../helpers/catalog-cases.js';

type Basis = ProductCases['basis'];

const verklaard = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]));

const algemeen = ['diagnostisch-onderzoek', 'herstelgerichte-ondersteuning', 'inzet-naar-zelfstandigheid'];
const dagbestedingVoorwaarden = [
  'toeleiding-dagbesteding',
  'dagbesteding-vast-onderdeel',
  'dagbesteding-aansluiting',
  'dagbesteding-passend-aanbod',
  'dagbesteding-buiten-woonaccommodatie',
  'dagbesteding-geen-therapie',
  'dagbesteding-professionele-ondersteuning',
  'dagbesteding-geen-verdringing',
];
const woonvormBegeleiding = ['waken-voor-symptomen', 'overname-levensgebieden', 'dagstructuur'];
const dagbestedingEisen = (code: string) =>
  ['groepsgrootte', 'niveau', 'vervoer', 'eigen-bijdrage'].map((e) => `rd-${code}-dagbesteding-${e}`);

/** Dagbesteding at every bound: 20 cliënten per ruimte, mbo-3, 4 dagdelen. */
const dagbesteding: Basis['dagbesteding'] = { dagdelenPerWeek: 4, maxClientenPerRuimte: 20, minimumNiveau: 'mbo3', vervoerInbegrepen: true, eigenBijdrage: false };

type Opts = { dagen?: string[]; plaats?: string };
type Mens = Record<string, unknown>;
type Dienst = ReturnType<typeof dienst>;
type Venster = ReturnType<typeof venster>;

/** The helper's begeleider as a plain record, so that a case can also leave out what it is about (niveau, functie). */
const mens = (niveau: string, extra: Mens = {}): Mens => ({ ...contractMens(niveau, extra) });

const beveiliger = mens('overig', { functie: 'beveiliger' });
const slaapwacht = mens('mbo3', { wijze: 'slapend', aanvullendGeschoold: true, opleidingZorgEnWelzijn: false });

// ---------------------------------------------------------------------------------------------------------------
// BW Intramuraal (15A06) en Jongvolwassenen (15A03): op elk moment een gekwalificeerde begeleider in de voorziening
// of de directe nabijheid (slaapwacht telt), 10 minuten, 12,5 uur, een hbo-begeleider in het rooster.

const dag = (medewerkers: Mens[] = [mens('mbo4'), mens('hbo')], opts: Opts = {}) => dienst('07:00', '15:00', medewerkers, { naam: 'dag', ...opts });
const avond = (medewerkers: Mens[] = [mens('mbo4')], opts: Opts = {}) => dienst('15:00', '23:00', medewerkers, { naam: 'avond', ...opts });
const nacht = (medewerkers: Mens[] = [slaapwacht], opts: Opts = {}) => dienst('23:00', '07:00', medewerkers, { naam: 'nacht', ...opts });
const rooster = (...diensten: Dienst[]) => ({ rooster: { diensten } });
const vensters = (...v: Venster[]) => ({ beschikbaarheid: { vensters: v } });

const intramuraal: Basis = {
  locatie: 'De Linde',
  ...rooster(dag(), avond(), nacht()),
  ...vensters(venster('00:00', '24:00', { telefonisch: 5, fysiek: 10 })),
  team: { hboConsultatie247: true },
  begeleiding: { individueelUrenPerWeek: 10, groepUrenPerWeek: 2.5 },
  dagbesteding,
  verklaringen: verklaard(...algemeen, ...woonvormBegeleiding, 'hotelmatige-voorziening', ...dagbestedingVoorwaarden),
};

const intramuraalVoldoet = (code: string): ProductCases['voldoet'] => [
  { naam: 'precies één begeleider op elk moment, de hbo-er alleen overdag', wijziging: rooster(dag([mens('hbo')]), avond(), nacht()) },
  { naam: 'een beveiliger en een wakende mbo-3 naast de slaapwacht laten de eis niet zakken', wijziging: rooster(dag(), avond(), nacht([slaapwacht, beveiliger, mens('mbo3')])) },
  { naam: 'overdag een mbo-3 en een beveiliger extra', wijziging: rooster(dag([mens('mbo4'), mens('hbo'), mens('mbo3'), beveiliger]), avond(), nacht()) },
  { naam: 'wakende mbo-4 in plaats van een slaapwacht', wijziging: rooster(dag(), avond(), nacht([mens('mbo4')])) },
  { naam: 'slapende mbo-4 als slaapwacht', wijziging: rooster(dag(), avond(), nacht([mens('mbo4', { wijze: 'slapend' })])) },
  { naam: 'slaapwacht in de directe nabijheid', wijziging: rooster(dag(), avond(), nacht(undefined, { plaats: 'nabijheid' })) },
  { naam: 'nachtdienst over middernacht gesplitst in 23:00-24:00 en 00:00-07:00', wijziging: rooster(dag(), avond(), dienst('23:00', '24:00', [slaapwacht]), dienst('00:00', '07:00', [slaapwacht])) },
  { naam: 'één dienst van 24 uur', wijziging: rooster(dienst('00:00', '24:00', [mens('hbo')])) },
  { naam: 'overlappende diensten', wijziging: rooster(dienst('07:00', '16:00', [mens('mbo4'), mens('hbo')]), dienst('14:00', '23:30', [mens('mbo4')]), dienst('23:00', '07:30', [slaapwacht])) },
  {
    naam: 'vensters per dagdeel: 5 minuten overdag, precies 10 minuten in de nacht',
    wijziging: vensters(venster('07:00', '23:00', { telefonisch: 1, fysiek: 5 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: 10 })),
  },
  { naam: 'precies 12,5 uur, alleen individueel', wijziging: { begeleiding: { individueelUrenPerWeek: 12.5, groepUrenPerWeek: 0 } } },
  { naam: 'groepsuren niet opgegeven, individueel haalt de 12,5 al', wijziging: { begeleiding: { individueelUrenPerWeek: 12.5, groepUrenPerWeek: null } } },
  { naam: 'regievoering speelt geen rol: regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc', perClient: false } } },
  { naam: 'dagbesteding 3 dagdelen geeft een signaal', wijziging: { dagbesteding: { dagdelenPerWeek: 3 } }, signalen: [`rd-${code}-dagbesteding-dagdelen`] },
];

const intramuraalVoldoetNiet = (code: string): ProductCases['voldoetNiet'] => {
  const toezicht = [`rd-${code}-volledig-toezicht`, `rd-${code}-niveau-toezicht`];
  const niveau = [`rd-${code}-niveau-toezicht`];
  const snel = [`rd-${code}-beschikbaarheid`];
  return [
    { naam: 'avonddienst eindigt om 22:59: één minuut zonder begeleider', wijziging: rooster(dag(), dienst('15:00', '22:59', [mens('mbo4')]), nacht()), faalt: toezicht },
    { naam: 'nachtdienst begint om 23:01', wijziging: rooster(dag(), avond(), dienst('23:01', '07:00', [slaapwacht])), faalt: toezicht },
    { naam: 'gat van één minuut na middernacht', wijziging: rooster(dag(), avond(), dienst('23:00', '24:00', [slaapwacht]), dienst('00:01', '07:00', [slaapwacht])), faalt: toezicht },
    { naam: 'geen nachtdienst van zondag op maandag', wijziging: rooster(dag(), avond(), nacht(undefined, { dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za'] })), faalt: toezicht },
    { naam: 'alleen in het weekend een nachtdienst', wijziging: rooster(dag(), avond(), nacht(undefined, { dagen: WEEKEND })), faalt: toezicht },
    { naam: "'s nachts alleen een beveiliger", wijziging: rooster(dag(), avond(), nacht([beveiliger])), faalt: toezicht },
    { naam: "'s nachts niemand in de voorziening of de nabijheid (slaapwacht in de wijk)", wijziging: rooster(dag(), avond(), nacht(undefined, { plaats: 'wijk' })), faalt: toezicht },
    { naam: 'geen nachtdienst', wijziging: rooster(dag(), avond()), faalt: toezicht },
    { naam: 'mbo-3 slaapwacht zonder specifieke scholing', wijziging: rooster(dag(), avond(), nacht([mens('mbo3', { wijze: 'slapend', aanvullendGeschoold: false })])), faalt: niveau },
    { naam: 'wakende mbo-3, ook met scholing', wijziging: rooster(dag(), avond(), nacht([mens('mbo3', { aanvullendGeschoold: true })])), faalt: niveau },
    { naam: "'s avonds alleen een mbo-3", wijziging: rooster(dag(), avond([mens('mbo3', { aanvullendGeschoold: true })]), nacht()), faalt: niveau },
    { naam: "'s avonds een mbo-4 zonder relevante opleiding", wijziging: rooster(dag(), avond([mens('mbo4', { opleidingZorgEnWelzijn: false })]), nacht()), faalt: niveau },
    { naam: 'niveau van de slaapwacht niet opgegeven: ontbreekt', wijziging: rooster(dag(), avond(), nacht([{ functie: 'begeleider', wijze: 'slapend', aanvullendGeschoold: true }])), faalt: niveau },
    { naam: 'functie van de nachtwacht niet opgegeven: ontbreekt', wijziging: rooster(dag(), avond(), nacht([{ niveau: 'mbo4', wijze: 'wakend', opleidingZorgEnWelzijn: true }])), faalt: toezicht },
    { naam: 'plaats van de nachtdienst niet opgegeven: ontbreekt', wijziging: rooster(dag(), avond(), { ...nacht(), plaats: undefined }), faalt: toezicht },
    { naam: 'rooster ontbreekt', wijziging: { rooster: null }, faalt: [...toezicht, `rd-${code}-hbo-medewerker-per-locatie`] },
    { naam: 'geen hbo-begeleider in het rooster', wijziging: rooster(dag([mens('mbo4')]), avond(), nacht()), faalt: [`rd-${code}-hbo-medewerker-per-locatie`] },
    { naam: 'de hbo-er in het rooster is geen begeleider', wijziging: rooster(dag([mens('mbo4'), mens('hbo', { functie: 'overig' })]), avond(), nacht()), faalt: [`rd-${code}-hbo-medewerker-per-locatie`] },
    { naam: 'niveau van de enige mogelijke hbo-er niet opgegeven', wijziging: rooster(dag([mens('mbo4'), { functie: 'begeleider', wijze: 'wakend', opleidingZorgEnWelzijn: true }]), avond(), nacht()), faalt: [`rd-${code}-hbo-medewerker-per-locatie`] },
    { naam: '11 minuten', wijziging: vensters(venster('00:00', '24:00', { fysiek: 11 })), faalt: snel },
    { naam: "'s nachts 15 minuten", wijziging: vensters(venster('07:00', '23:00', { fysiek: 5 }), venster('23:00', '07:00', { fysiek: 15 })), faalt: snel },
    { naam: "'s nachts geen opgave (gat 23:00-07:00): ontbreekt", wijziging: vensters(venster('07:00', '23:00', { fysiek: 5 })), faalt: snel },
    { naam: 'alleen telefonisch opgegeven: ontbreekt', wijziging: vensters(venster('00:00', '24:00', { telefonisch: 5 })), faalt: snel },
    { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: snel },
    { naam: 'geen 24/7 hbo-consultatie', wijziging: { team: { hboConsultatie247: false } }, faalt: [`rd-${code}-hbo-consultatie`] },
    { naam: 'team ontbreekt', wijziging: { team: null }, faalt: [`rd-${code}-hbo-consultatie`] },
    { naam: '12 uur begeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 2 } }, faalt: [`rd-${code}-begeleidingsuren`] },
    { naam: 'groepsuren ontbreken en individueel haalt de 12,5 niet: ontbreekt', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [`rd-${code}-begeleidingsuren`] },
    { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [`rd-${code}-begeleidingsuren`] },
    { naam: 'dagbesteding niet opgegeven: ontbreekt, ook al is ze onderdeel van het product', wijziging: { dagbesteding: null }, faalt: dagbestedingEisen(code) },
    { naam: 'dagbesteding 21 cliënten per ruimte', wijziging: { dagbesteding: { maxClientenPerRuimte: 21 } }, faalt: [`rd-${code}-dagbesteding-groepsgrootte`] },
    { naam: 'dagbesteding zonder opgave cliënten per ruimte', wijziging: { dagbesteding: { maxClientenPerRuimte: null } }, faalt: [`rd-${code}-dagbesteding-groepsgrootte`] },
    { naam: 'dagbesteding begeleid onder mbo-3', wijziging: { dagbesteding: { minimumNiveau: 'overig' } }, faalt: [`rd-${code}-dagbesteding-niveau`] },
    { naam: 'vervoer niet inbegrepen', wijziging: { dagbesteding: { vervoerInbegrepen: false } }, faalt: [`rd-${code}-dagbesteding-vervoer`] },
    { naam: 'eigen bijdrage voor dagbesteding', wijziging: { dagbesteding: { eigenBijdrage: true } }, faalt: [`rd-${code}-dagbesteding-eigen-bijdrage`] },
    { naam: 'hotelmatige voorziening niet verklaard', wijziging: { verklaringen: { 'hotelmatige-voorziening': false } }, faalt: [`rd-${code}-verklaring-hotelmatige-voorziening`] },
    { naam: 'geen verdringing niet verklaard', wijziging: { verklaringen: { 'dagbesteding-geen-verdringing': null } }, faalt: [`rd-${code}-verklaring-dagbesteding-geen-verdringing`] },
  ];
};

// ---------------------------------------------------------------------------------------------------------------
// Geclusterd Wonen standaard (15A54) en zwaar (15A57): elke dag 08:00-19:00 een mbo-4-begeleider op de locatie of in de
// nabijheid, 19:00-08:00 op afroep en binnen 30 minuten.

const overdag = (medewerkers: Mens[] = [mens('mbo4'), mens('hbo')], opts: Opts = {}) => dienst('08:00', '19:00', medewerkers, { naam: 'dag', plaats: 'nabijheid', ...opts });
/** A hbo-er on office days only, so that a case about the daytime presence does not also lose the hbo-er. */
const hboKantoor = dienst('09:00', '17:00', [mens('hbo')], { naam: 'kantoor', dagen: WERKDAGEN });
const geclusterdVensters = vensters(
  venster('08:00', '19:00', { telefonisch: 5 }),
  venster('19:00', '08:00', { telefonisch: 5, fysiek: 30, opAfroep: true }),
);

const geclusterd = (urenPerWeek: number, extra: string[] = []): Basis => ({
  locatie: 'Hofje Zuid',
  ...rooster(overdag()),
  ...geclusterdVensters,
  team: { hboConsultatie247: true },
  begeleiding: { individueelUrenPerWeek: urenPerWeek - 2, groepUrenPerWeek: 2 },
  doelgroep: { minimumLeeftijd: 18 },
  dagbesteding,
  verklaringen: verklaard(
    ...algemeen, ...woonvormBegeleiding, 'geclusterde-woonvorm', 'vervolghuisvesting', 'telefonisch-op-afroep', ...extra, ...dagbestedingVoorwaarden,
  ),
});

const geclusterdVoldoet = (code: string): ProductCases['voldoet'] => [
  { naam: 'precies 08:00-19:00 één mbo-4, de hbo-er alleen op kantoordagen', wijziging: rooster(overdag([mens('mbo4')]), hboKantoor) },
  { naam: 'ruimere diensten op de locatie, 07:00-22:00', wijziging: rooster(dienst('07:00', '22:00', [mens('mbo4'), mens('hbo')])) },
  { naam: 'twee aansluitende diensten, 08:00-13:30 en 13:30-19:00', wijziging: rooster(dienst('08:00', '13:30', [mens('hbo')]), dienst('13:30', '19:00', [mens('mbo4')])) },
  { naam: 'een beveiliger en een mbo-3 naast de mbo-4 laten de eis niet zakken', wijziging: rooster(overdag([mens('mbo4'), beveiliger, mens('mbo3')]), hboKantoor) },
  { naam: 'alleen een fysieke termijn voor 19:00-08:00 (dat is op afroep)', wijziging: vensters(venster('19:00', '08:00', { fysiek: 30 })) },
  {
    naam: "avond en nacht apart: 19:00-23:00 20 minuten, 23:00-08:00 precies 30",
    wijziging: vensters(venster('19:00', '23:00', { fysiek: 20, opAfroep: true }), venster('23:00', '08:00', { fysiek: 30, opAfroep: true })),
  },
  { naam: 'één venster voor de hele week, 15 minuten', wijziging: vensters(venster('00:00', '24:00', { telefonisch: 2, fysiek: 15 })) },
  { naam: 'groepsuren niet opgegeven, individueel haalt de ondergrens al', wijziging: { begeleiding: { individueelUrenPerWeek: 13, groepUrenPerWeek: null } } },
  { naam: 'doelgroep 18 tot en met 65 jaar', wijziging: { doelgroep: { minimumLeeftijd: 18, maximumLeeftijd: 65 } } },
  { naam: 'regievoering speelt geen rol: geen regievoerder opgegeven', wijziging: { regie: { niveau: 'geen' } } },
  { naam: 'dagbesteding 2 dagdelen geeft een signaal', wijziging: { dagbesteding: { dagdelenPerWeek: 2 } }, signalen: [`rd-${code}-dagbesteding-dagdelen`] },
];

const geclusterdVoldoetNiet = (code: string): ProductCases['voldoetNiet'] => {
  const aanwezig = [`rd-${code}-aanwezigheid`, `rd-${code}-niveau-toezicht`];
  const niveau = [`rd-${code}-niveau-toezicht`];
  const avondNacht = [`rd-${code}-afroep`, `rd-${code}-beschikbaarheid`];
  const snel = [`rd-${code}-beschikbaarheid`];
  return [
    { naam: 'dienst begint om 08:01', wijziging: rooster(dienst('08:01', '19:00', [mens('mbo4'), mens('hbo')])), faalt: aanwezig },
    { naam: 'dienst eindigt om 18:59', wijziging: rooster(dienst('08:00', '18:59', [mens('mbo4'), mens('hbo')])), faalt: aanwezig },
    { naam: 'gat van één minuut tussen twee diensten', wijziging: rooster(dienst('08:00', '13:30', [mens('hbo')]), dienst('13:31', '19:00', [mens('mbo4')])), faalt: aanwezig },
    { naam: 'alleen op werkdagen (dagelijks is ook in het weekend)', wijziging: rooster(overdag(undefined, { dagen: WERKDAGEN })), faalt: aanwezig },
    { naam: 'in het weekend een kortere dienst, 10:00-16:00', wijziging: rooster(overdag(undefined, { dagen: WERKDAGEN }), dienst('10:00', '16:00', [mens('mbo4')], { dagen: WEEKEND })), faalt: aanwezig },
    { naam: 'ondersteuning in de wijk in plaats van op de locatie of in de nabijheid', wijziging: rooster(overdag(undefined, { plaats: 'wijk' })), faalt: aanwezig },
    { naam: 'overdag alleen een beveiliger', wijziging: rooster(overdag([beveiliger]), hboKantoor), faalt: aanwezig },
    { naam: 'overdag een mbo-3 (geen uitzondering zoals bij de slaapwacht)', wijziging: rooster(overdag([mens('mbo3', { aanvullendGeschoold: true })]), hboKantoor), faalt: niveau },
    { naam: 'overdag een mbo-4 zonder relevante opleiding', wijziging: rooster(overdag([mens('mbo4', { opleidingZorgEnWelzijn: false })]), hboKantoor), faalt: niveau },
    { naam: 'niveau van de dagbegeleider niet opgegeven: ontbreekt', wijziging: rooster(overdag([{ functie: 'begeleider', wijze: 'wakend', opleidingZorgEnWelzijn: true }]), hboKantoor), faalt: niveau },
    { naam: 'rooster ontbreekt', wijziging: { rooster: null }, faalt: [...aanwezig, `rd-${code}-hbo-medewerker-per-locatie`] },
    { naam: 'geen hbo-begeleider in het rooster', wijziging: rooster(overdag([mens('mbo4')])), faalt: [`rd-${code}-hbo-medewerker-per-locatie`] },
    { naam: '19:00-08:00 binnen 31 minuten', wijziging: vensters(venster('19:00', '08:00', { fysiek: 31, opAfroep: true })), faalt: snel },
    { naam: 'op afroep zonder termijn: ontbreekt', wijziging: vensters(venster('19:00', '08:00', { telefonisch: 5, opAfroep: true })), faalt: snel },
    {
      naam: 'afroepvenster begint om 19:01',
      wijziging: vensters(venster('08:00', '19:01', { telefonisch: 5 }), venster('19:01', '08:00', { fysiek: 30, opAfroep: true })),
      faalt: avondNacht,
    },
    { naam: 'afroepvenster eindigt om 07:59', wijziging: vensters(venster('19:00', '07:59', { fysiek: 30, opAfroep: true })), faalt: avondNacht },
    { naam: "alleen 's nachts 22:00-07:00 op afroep", wijziging: vensters(venster('22:00', '07:00', { fysiek: 30, opAfroep: true })), faalt: avondNacht },
    {
      naam: "19:00-23:00 niet op afroep",
      wijziging: vensters(venster('19:00', '23:00', { telefonisch: 5, opAfroep: false }), venster('23:00', '08:00', { fysiek: 30, opAfroep: true })),
      faalt: avondNacht,
    },
    { naam: 'alleen doordeweeks op afroep', wijziging: vensters(venster('19:00', '08:00', { fysiek: 30, opAfroep: true, dagen: WERKDAGEN })), faalt: avondNacht },
    { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: avondNacht },
    { naam: 'geen 24/7 hbo-consultatie', wijziging: { team: { hboConsultatie247: null } }, faalt: [`rd-${code}-hbo-consultatie`] },
    { naam: 'doelgroep vanaf 17 jaar', wijziging: { doelgroep: { minimumLeeftijd: 17 } }, faalt: [`rd-${code}-doelgroep-volwassenen`] },
    { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: [`rd-${code}-doelgroep-volwassenen`] },
    { naam: 'dagbesteding niet opgegeven', wijziging: { dagbesteding: null }, faalt: dagbestedingEisen(code) },
    { naam: 'dagbesteding begeleid onder mbo-3', wijziging: { dagbesteding: { minimumNiveau: 'overig' } }, faalt: [`rd-${code}-dagbesteding-niveau`] },
    { naam: 'telefonische bereikbaarheid op afroep niet verklaard', wijziging: { verklaringen: { 'telefonisch-op-afroep': false } }, faalt: [`rd-${code}-verklaring-telefonisch-op-afroep`] },
    { naam: 'vervolghuisvesting niet verklaard', wijziging: { verklaringen: { vervolghuisvesting: null } }, faalt: [`rd-${code}-verklaring-vervolghuisvesting`] },
  ];
};

// ---------------------------------------------------------------------------------------------------------------

const producten: Record<string, ProductCases> = {
  '15A06': {
    basis: { ...intramuraal, doelgroep: { minimumLeeftijd: 24 } },
    voldoet: [
      ...intramuraalVoldoet('15A06'),
      { naam: 'doelgroep vanaf 18 jaar: signaal, jongvolwassenen horen bij 15A03', wijziging: { doelgroep: { minimumLeeftijd: 18 } }, signalen: ['rd-15A06-doelgroep-jongvolwassenen-apart'] },
    ],
    voldoetNiet: [
      ...intramuraalVoldoetNiet('15A06'),
      { naam: 'doelgroep vanaf 16 jaar', wijziging: { doelgroep: { minimumLeeftijd: 16 } }, faalt: ['rd-15A06-doelgroep-volwassenen'] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: ['rd-15A06-doelgroep-volwassenen'] },
    ],
  },
  '15A03': {
    basis: { ...intramuraal, doelgroep: { minimumLeeftijd: 18, maximumLeeftijd: 23 } },
    voldoet: [
      ...intramuraalVoldoet('15A03'),
      { naam: 'doelgroep 19 tot en met 22 jaar', wijziging: { doelgroep: { minimumLeeftijd: 19, maximumLeeftijd: 22 } } },
    ],
    voldoetNiet: [
      ...intramuraalVoldoetNiet('15A03'),
      { naam: 'doelgroep tot en met 24 jaar', wijziging: { doelgroep: { maximumLeeftijd: 24 } }, faalt: ['rd-15A03-doelgroep-jongvolwassenen'] },
      { naam: 'doelgroep vanaf 17 jaar', wijziging: { doelgroep: { minimumLeeftijd: 17 } }, faalt: ['rd-15A03-doelgroep-jongvolwassenen'] },
      { naam: 'doelgroep zonder bovengrens', wijziging: { doelgroep: { maximumLeeftijd: null } }, faalt: ['rd-15A03-doelgroep-jongvolwassenen'] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: ['rd-15A03-doelgroep-jongvolwassenen'] },
    ],
  },
  '15A54': {
    basis: geclusterd(9.5),
    voldoet: [
      ...geclusterdVoldoet('15A54'),
      { naam: 'precies 9,5 uur, alleen individueel', wijziging: { begeleiding: { individueelUrenPerWeek: 9.5, groepUrenPerWeek: 0 } } },
    ],
    voldoetNiet: [
      ...geclusterdVoldoetNiet('15A54'),
      { naam: '9 uur begeleiding', wijziging: { begeleiding: { individueelUrenPerWeek: 7 } }, faalt: ['rd-15A54-begeleidingsuren'] },
      { naam: 'groepsuren ontbreken en individueel haalt de 9,5 niet', wijziging: { begeleiding: { individueelUrenPerWeek: 9, groepUrenPerWeek: null } }, faalt: ['rd-15A54-begeleidingsuren'] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: ['rd-15A54-begeleidingsuren'] },
    ],
  },
  '15A57': {
    basis: geclusterd(12.5, ['afschalen-naar-standaard']),
    voldoet: [
      ...geclusterdVoldoet('15A57'),
      { naam: 'precies 12,5 uur, 6,5 individueel en 6 in groep', wijziging: { begeleiding: { individueelUrenPerWeek: 6.5, groepUrenPerWeek: 6 } } },
    ],
    voldoetNiet: [
      ...geclusterdVoldoetNiet('15A57'),
      { naam: 'uren van Geclusterd Wonen standaard (9,5)', wijziging: { begeleiding: { individueelUrenPerWeek: 7.5 } }, faalt: ['rd-15A57-begeleidingsuren'] },
      { naam: 'afschalen niet verklaard', wijziging: { verklaringen: { 'afschalen-naar-standaard': false } }, faalt: ['rd-15A57-verklaring-afschalen-naar-standaard'] },
    ],
  },
  '10A13': {
    basis: {
      locatie: 'Wijkteam Oost',
      regie: { niveau: 'hbo', perClient: true },
      begeleiding: { individueelUrenPerWeek: 7, fysiekContactPerWeek: 1, contactmomentenPerWeek: 5 },
      doelgroep: { minimumLeeftijd: 18 },
      dagbesteding,
      verklaringen: verklaard(...algemeen, 'zachte-landing', 'persoonlijke-en-woonbegeleiding', 'eigen-woning', 'toezicht-op-afstand', 'team-mbo4-hbo', ...dagbestedingVoorwaarden),
    },
    voldoet: [
      { naam: 'meer fysiek contact en uren', wijziging: { begeleiding: { individueelUrenPerWeek: 9, fysiekContactPerWeek: 3 } } },
      { naam: 'groepsuren naast 7 individuele uren', wijziging: { begeleiding: { groepUrenPerWeek: 2 } } },
      { naam: 'geen rooster en geen vensters nodig (toezicht op afstand is een verklaring)', wijziging: { rooster: null, beschikbaarheid: null } },
      { naam: 'dagbesteding 3 dagdelen geeft een signaal', wijziging: { dagbesteding: { dagdelenPerWeek: 3 } }, signalen: ['rd-10A13-dagbesteding-dagdelen'] },
    ],
    voldoetNiet: [
      { naam: 'regievoerder per team in plaats van per cliënt', wijziging: { regie: { perClient: false } }, faalt: ['rd-10A13-regie-hbo-per-client'] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: ['rd-10A13-regie-hbo-per-client'] },
      { naam: 'regie per cliënt ontbreekt', wijziging: { regie: { perClient: null } }, faalt: ['rd-10A13-regie-hbo-per-client'] },
      { naam: '6,5 uur individuele begeleiding', wijziging: { begeleiding: { individueelUrenPerWeek: 6.5 } }, faalt: ['rd-10A13-begeleidingsuren'] },
      { naam: 'groepsuren tellen niet mee', wijziging: { begeleiding: { individueelUrenPerWeek: 5, groepUrenPerWeek: 4 } }, faalt: ['rd-10A13-begeleidingsuren'] },
      { naam: 'geen wekelijks fysiek contact', wijziging: { begeleiding: { fysiekContactPerWeek: 0 } }, faalt: ['rd-10A13-fysiek-contact'] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: ['rd-10A13-begeleidingsuren', 'rd-10A13-fysiek-contact'] },
      { naam: 'doelgroep vanaf 16 jaar', wijziging: { doelgroep: { minimumLeeftijd: 16 } }, faalt: ['rd-10A13-doelgroep-volwassenen'] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: ['rd-10A13-doelgroep-volwassenen'] },
      { naam: 'dagbesteding niet opgegeven', wijziging: { dagbesteding: null }, faalt: dagbestedingEisen('10A13') },
      { naam: 'eigen bijdrage voor dagbesteding', wijziging: { dagbesteding: { eigenBijdrage: true } }, faalt: ['rd-10A13-dagbesteding-eigen-bijdrage'] },
      { naam: 'toezicht op afstand niet verklaard', wijziging: { verklaringen: { 'toezicht-op-afstand': false } }, faalt: ['rd-10A13-verklaring-toezicht-op-afstand'] },
    ],
  },
};

describeCatalog('regio-003', producten, [
  { naam: 'Geclusterd Wonen zwaar zonder standaard geeft een signaal', producten: ['15A57'], faalt: [], signalen: ['rd-gw-zwaar-afschalen'] },
  { naam: 'Geclusterd Wonen zwaar met standaard', producten: ['15A57', '15A54'], faalt: [] },
  { naam: 'Geclusterd Wonen standaard alleen', producten: ['15A54'], faalt: [] },
  { naam: 'Jongvolwassenen los van BW Intramuraal (apart perceel)', producten: ['15A03'], faalt: [] },
  { naam: 'alle producten samen', producten: ['15A06', '15A03', '15A57', '15A54', '10A13'], faalt: [] },
]);

// ---------------------------------------------------------------------------------------------------------------
// Which failures are "ontbreekt" (something not given) and which "voldoet-niet" (given, and not enough).

describe('regio-003: ontbreekt of voldoet niet', () => {
  const catalog = regionCatalog('regio-003');
  const uitslagen = (code: string, wijziging: Wijziging) => {
    const item = apply({ productcode: code, ...producten[code]!.basis } as AanbodItem, wijziging);
    const result = toets(bid('regio-003', [item]), catalog).producten[0]!;
    return Object.fromEntries(result.eisen.filter((e) => e.uitslag !== 'voldoet').map((e) => [e.id, e.uitslag]));
  };

  it('zonder rooster ontbreken de bezettingen; de hbo-begeleider ook', () => {
    expect(uitslagen('15A06', { rooster: null })).toEqual({
      'rd-15A06-volledig-toezicht': 'ontbreekt',
      'rd-15A06-niveau-toezicht': 'ontbreekt',
      'rd-15A06-hbo-medewerker-per-locatie': 'ontbreekt',
    });
  });

  it('een slaapwacht zonder niveau: het niveau ontbreekt, de aanwezigheid voldoet', () => {
    expect(uitslagen('15A06', rooster(dag(), avond(), nacht([{ functie: 'begeleider', wijze: 'slapend', aanvullendGeschoold: true }])))).toEqual({
      'rd-15A06-niveau-toezicht': 'ontbreekt',
    });
  });

  it('een gat van één minuut voldoet niet (zeker niemand), een wakende mbo-3 evenmin', () => {
    expect(uitslagen('15A06', rooster(dag(), dienst('15:00', '22:59', [mens('mbo4')]), nacht()))).toEqual({
      'rd-15A06-volledig-toezicht': 'voldoet-niet',
      'rd-15A06-niveau-toezicht': 'voldoet-niet',
    });
    expect(uitslagen('15A03', rooster(dag(), avond(), nacht([mens('mbo3', { aanvullendGeschoold: true })])))).toEqual({
      'rd-15A03-niveau-toezicht': 'voldoet-niet',
    });
  });

  it('zonder dagbesteding ontbreken de dagbestedingseisen (geen stille voldoet)', () => {
    expect(uitslagen('15A54', { dagbesteding: null })).toEqual(Object.fromEntries(dagbestedingEisen('15A54').map((id) => [id, 'ontbreekt'])));
  });

  it('19:00-08:00: een gat ontbreekt, op afroep uitgezet voldoet niet, 31 minuten voldoet niet', () => {
    expect(uitslagen('15A57', vensters(venster('19:00', '07:59', { fysiek: 30, opAfroep: true })))).toEqual({
      'rd-15A57-afroep': 'ontbreekt',
      'rd-15A57-beschikbaarheid': 'ontbreekt',
    });
    expect(uitslagen('15A57', vensters(venster('19:00', '08:00', { telefonisch: 5, opAfroep: false })))).toEqual({
      'rd-15A57-afroep': 'voldoet-niet',
      'rd-15A57-beschikbaarheid': 'ontbreekt',
    });
    expect(uitslagen('15A57', vensters(venster('19:00', '08:00', { fysiek: 31 })))).toEqual({ 'rd-15A57-beschikbaarheid': 'voldoet-niet' });
  });

  it('groepsuren niet opgegeven en individueel te weinig: ontbreekt, niet voldoet-niet', () => {
    expect(uitslagen('15A54', { begeleiding: { individueelUrenPerWeek: 9, groepUrenPerWeek: null } })).toEqual({ 'rd-15A54-begeleidingsuren': 'ontbreekt' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The sample files: version 2, valid against the contract, and the verdict their name promises.

describeSamples('regio-003', {
  '10A13-voldoet-niet-regie-per-team.json': ['rd-10A13-regie-hbo-per-client'],
  '10A13-voldoet-niet-zonder-dagbesteding.json': dagbestedingEisen('10A13'),
  '15A03-voldoet-niet-doelgroep-tot-27-jaar.json': ['rd-15A03-doelgroep-jongvolwassenen'],
  '15A06-voldoet-niet-nacht-alleen-beveiliger.json': ['rd-15A06-niveau-toezicht', 'rd-15A06-volledig-toezicht'],
  '15A06-voldoet-niet-slaapwacht-mbo3-zonder-scholing.json': ['rd-15A06-niveau-toezicht'],
  '15A54-voldoet-niet-alleen-doordeweeks-aanwezig.json': ['rd-15A54-aanwezigheid', 'rd-15A54-niveau-toezicht'],
  '15A54-voldoet-niet-beschikbaarheid-45-minuten.json': ['rd-15A54-beschikbaarheid'],
  '15A54-voldoet-niet-geen-hbo-in-team.json': ['rd-15A54-hbo-medewerker-per-locatie'],
  '15A57-voldoet-niet-19-tot-22-uur-niet-op-afroep.json': ['rd-15A57-afroep', 'rd-15A57-beschikbaarheid'],
  '15A57-voldoet-niet-te-weinig-begeleidingsuren.json': ['rd-15A57-begeleidingsuren'],
});
