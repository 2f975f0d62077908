import { describeCatalog, type ProductCases } from '../helpers/catalog-cases.js';

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

/** Dagbesteding at every bound: 20 cliënten per ruimte, mbo-3, 4 dagdelen. */
const dagbesteding: Basis['dagbesteding'] = { dagdelenPerWeek: 4, maxClientenPerRuimte: 20, minimumNiveau: 'mbo3', vervoerInbegrepen: true, eigenBijdrage: false };

/** BW Intramuraal (15A06) and, with a doelgroep, Jongvolwassenen (15A03): 10 minutes, 12,5 hours, a trained mbo-3 slaapwacht. */
const intramuraal: Basis = {
  aanwezigheid: { vanafUur: 0, totUur: 24, plaats: 'locatie' },
  bezetting: {
    dag: [{ niveau: 'mbo4' }, { niveau: 'hbo' }],
    avond: [{ niveau: 'mbo4' }],
    nacht: [{ niveau: 'mbo3', wijze: 'slapend', aanvullendGeschoold: true }],
  },
  beschikbaarheidMinuten: 10,
  team: { hboConsultatie247: true },
  regie: { niveau: 'hbo' },
  begeleiding: { individueelUrenPerWeek: 10, groepUrenPerWeek: 2.5 },
  dagbesteding,
  verklaringen: verklaard(...algemeen, ...woonvormBegeleiding, 'hotelmatige-voorziening', ...dagbestedingVoorwaarden),
};

const intramuraalVoldoet = (code: string) => [
  { naam: 'zonder dagbesteding (tarief zonder dagbesteding)', wijziging: { dagbesteding: null } },
  { naam: 'wakende mbo-4 in plaats van een slaapwacht', wijziging: { bezetting: { nacht: [{ niveau: 'mbo4', wijze: 'wakend' }] } } },
  { naam: 'begeleiding in de directe nabijheid', wijziging: { aanwezigheid: { plaats: 'nabijheid' } } },
  { naam: 'precies 12,5 uur, alleen individueel', wijziging: { begeleiding: { individueelUrenPerWeek: 12.5, groepUrenPerWeek: 0 } } },
  { naam: "'s nachts apart opgegeven: 10 minuten", wijziging: { beschikbaarheidNachtMinuten: 10 } },
  { naam: 'dagbesteding 3 dagdelen geeft een signaal', wijziging: { dagbesteding: { dagdelenPerWeek: 3 } }, signalen: [`rd-${code}-dagbesteding-dagdelen`] },
];

const intramuraalVoldoetNiet = (code: string) => [
  { naam: 'aanwezig tot 23.00 uur', wijziging: { aanwezigheid: { totUur: 23 } }, faalt: [`rd-${code}-volledig-toezicht`] },
  { naam: 'aanwezigheid ontbreekt', wijziging: { aanwezigheid: null }, faalt: [`rd-${code}-volledig-toezicht`] },
  { naam: "geen nachtdienst", wijziging: { bezetting: { nacht: [] } }, faalt: [`rd-${code}-slaapwacht`] },
  { naam: 'bezetting ontbreekt', wijziging: { bezetting: null }, faalt: [`rd-${code}-slaapwacht`] },
  { naam: 'mbo-3 slaapwacht zonder specifieke scholing', wijziging: { bezetting: { nacht: [{ niveau: 'mbo3', wijze: 'slapend' }] } }, faalt: [`rd-${code}-niveau-toezicht`] },
  { naam: 'wakende mbo-3, ook met scholing', wijziging: { bezetting: { nacht: [{ niveau: 'mbo3', wijze: 'wakend', aanvullendGeschoold: true }] } }, faalt: [`rd-${code}-niveau-toezicht`] },
  { naam: "beveiliger als nachtdienst", wijziging: { bezetting: { nacht: [{ niveau: 'overig', wijze: 'wakend', functie: 'beveiliger' }] } }, faalt: [`rd-${code}-niveau-toezicht`] },
  { naam: 'mbo-3 overdag', wijziging: { bezetting: { dag: [{ niveau: 'mbo3' }, { niveau: 'hbo' }] } }, faalt: [`rd-${code}-niveau-toezicht`] },
  { naam: '11 minuten', wijziging: { beschikbaarheidMinuten: 11 }, faalt: [`rd-${code}-beschikbaarheid`] },
  { naam: "'s nachts 15 minuten", wijziging: { beschikbaarheidNachtMinuten: 15 }, faalt: [`rd-${code}-beschikbaarheid`] },
  { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheidMinuten: null }, faalt: [`rd-${code}-beschikbaarheid`] },
  { naam: 'geen 24/7 hbo-consultatie', wijziging: { team: { hboConsultatie247: false } }, faalt: [`rd-${code}-hbo-consultatie`] },
  { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [`rd-${code}-regie-hbo`] },
  { naam: '12 uur begeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 2 } }, faalt: [`rd-${code}-begeleidingsuren`] },
  { naam: 'groepsuren ontbreken', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [`rd-${code}-begeleidingsuren`] },
  { naam: 'dagbesteding 21 cliënten per ruimte', wijziging: { dagbesteding: { maxClientenPerRuimte: 21 } }, faalt: [`rd-${code}-dagbesteding-groepsgrootte`] },
  { naam: 'dagbesteding zonder opgave cliënten per ruimte', wijziging: { dagbesteding: { maxClientenPerRuimte: null } }, faalt: [`rd-${code}-dagbesteding-groepsgrootte`] },
  { naam: 'dagbesteding begeleid onder mbo-3', wijziging: { dagbesteding: { minimumNiveau: 'overig' } }, faalt: [`rd-${code}-dagbesteding-niveau`] },
  { naam: 'vervoer niet inbegrepen', wijziging: { dagbesteding: { vervoerInbegrepen: false } }, faalt: [`rd-${code}-dagbesteding-vervoer`] },
  { naam: 'eigen bijdrage voor dagbesteding', wijziging: { dagbesteding: { eigenBijdrage: true } }, faalt: [`rd-${code}-dagbesteding-eigen-bijdrage`] },
  { naam: 'hotelmatige voorziening niet verklaard', wijziging: { verklaringen: { 'hotelmatige-voorziening': false } }, faalt: [`rd-${code}-verklaring-hotelmatige-voorziening`] },
  { naam: 'geen verdringing niet verklaard', wijziging: { verklaringen: { 'dagbesteding-geen-verdringing': null } }, faalt: [`rd-${code}-verklaring-dagbesteding-geen-verdringing`] },
];

/** Geclusterd Wonen standaard (15A54) and zwaar (15A57): 8.00-19.00 uur, 30 minutes. */
const geclusterd = (urenPerWeek: number, extra: string[] = []): Basis => ({
  aanwezigheid: { vanafUur: 8, totUur: 19, plaats: 'nabijheid' },
  bezetting: { dag: [{ niveau: 'mbo4' }], avond: [{ niveau: 'hbo' }] },
  beschikbaarheidMinuten: 30,
  team: { hboConsultatie247: true },
  regie: { niveau: 'hbo' },
  begeleiding: { individueelUrenPerWeek: urenPerWeek - 2, groepUrenPerWeek: 2 },
  dagbesteding,
  verklaringen: verklaard(
    ...algemeen, ...woonvormBegeleiding, 'geclusterde-woonvorm', 'vervolghuisvesting', 'telefonisch-op-afroep', ...extra, ...dagbestedingVoorwaarden,
  ),
});

const geclusterdVoldoet = (code: string) => [
  { naam: 'zonder dagbesteding (tarief zonder dagbesteding)', wijziging: { dagbesteding: null } },
  { naam: 'zonder bezetting op de locatie (ondersteuning in de nabijheid)', wijziging: { bezetting: null } },
  { naam: 'op de locatie van 7.00 tot 22.00 uur', wijziging: { aanwezigheid: { vanafUur: 7, totUur: 22, plaats: 'locatie' } } },
  { naam: "'s nachts apart opgegeven: 30 minuten", wijziging: { beschikbaarheidNachtMinuten: 30 } },
  { naam: 'dagbesteding 2 dagdelen geeft een signaal', wijziging: { dagbesteding: { dagdelenPerWeek: 2 } }, signalen: [`rd-${code}-dagbesteding-dagdelen`] },
];

const geclusterdVoldoetNiet = (code: string) => [
  { naam: 'aanwezig vanaf 9.00 uur', wijziging: { aanwezigheid: { vanafUur: 9 } }, faalt: [`rd-${code}-aanwezigheid`] },
  { naam: 'aanwezig tot 18.00 uur', wijziging: { aanwezigheid: { totUur: 18 } }, faalt: [`rd-${code}-aanwezigheid`] },
  { naam: 'plaats van aanwezigheid ontbreekt', wijziging: { aanwezigheid: { plaats: null } }, faalt: [`rd-${code}-aanwezigheid`] },
  { naam: '31 minuten', wijziging: { beschikbaarheidMinuten: 31 }, faalt: [`rd-${code}-beschikbaarheid`] },
  { naam: "'s nachts 45 minuten", wijziging: { beschikbaarheidNachtMinuten: 45 }, faalt: [`rd-${code}-beschikbaarheid`] },
  { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheidMinuten: null }, faalt: [`rd-${code}-beschikbaarheid`] },
  { naam: "mbo-3 's avonds (geen uitzondering zoals bij intramuraal)", wijziging: { bezetting: { avond: [{ niveau: 'mbo3', aanvullendGeschoold: true }] } }, faalt: [`rd-${code}-niveau-toezicht`] },
  { naam: 'geen 24/7 hbo-consultatie', wijziging: { team: { hboConsultatie247: null } }, faalt: [`rd-${code}-hbo-consultatie`] },
  { naam: 'geen regievoerder', wijziging: { regie: { niveau: 'geen' } }, faalt: [`rd-${code}-regie-hbo`] },
  { naam: 'dagbesteding begeleid onder mbo-3', wijziging: { dagbesteding: { minimumNiveau: 'overig' } }, faalt: [`rd-${code}-dagbesteding-niveau`] },
  { naam: 'telefonische bereikbaarheid op afroep niet verklaard', wijziging: { verklaringen: { 'telefonisch-op-afroep': false } }, faalt: [`rd-${code}-verklaring-telefonisch-op-afroep`] },
  { naam: 'vervolghuisvesting niet verklaard', wijziging: { verklaringen: { vervolghuisvesting: null } }, faalt: [`rd-${code}-verklaring-vervolghuisvesting`] },
];

describeCatalog(
  'regio-003',
  {
    '15A06': {
      basis: intramuraal,
      voldoet: intramuraalVoldoet('15A06'),
      voldoetNiet: intramuraalVoldoetNiet('15A06'),
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
        regie: { niveau: 'hbo', perClient: true },
        begeleiding: { individueelUrenPerWeek: 7, fysiekContactPerWeek: 1, contactmomentenPerWeek: 5 },
        dagbesteding,
        verklaringen: verklaard(
          ...algemeen, 'zachte-landing', 'persoonlijke-en-woonbegeleiding', 'toezicht-op-afstand', 'team-mbo4-hbo', ...dagbestedingVoorwaarden,
        ),
      },
      voldoet: [
        { naam: 'zonder dagbesteding (tarief zonder dagbesteding)', wijziging: { dagbesteding: null } },
        { naam: 'meer fysiek contact en uren', wijziging: { begeleiding: { individueelUrenPerWeek: 9, fysiekContactPerWeek: 3 } } },
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
        { naam: 'eigen bijdrage voor dagbesteding', wijziging: { dagbesteding: { eigenBijdrage: true } }, faalt: ['rd-10A13-dagbesteding-eigen-bijdrage'] },
        { naam: 'toezicht op afstand niet verklaard', wijziging: { verklaringen: { 'toezicht-op-afstand': false } }, faalt: ['rd-10A13-verklaring-toezicht-op-afstand'] },
      ],
    },
  },
  [
    { naam: 'Geclusterd Wonen zwaar zonder standaard geeft een signaal', producten: ['15A57'], faalt: [], signalen: ['rd-gw-zwaar-afschalen'] },
    { naam: 'Geclusterd Wonen zwaar met standaard', producten: ['15A57', '15A54'], faalt: [] },
    { naam: 'Geclusterd Wonen standaard alleen', producten: ['15A54'], faalt: [] },
    { naam: 'Jongvolwassenen los van BW Intramuraal (apart perceel)', producten: ['15A03'], faalt: [] },
    { naam: 'alle producten samen', producten: ['15A06', '15A03', '15A57', '15A54', '10A13'], faalt: [] },
  ],
);
