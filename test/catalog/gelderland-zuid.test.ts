import { describeCatalog, type ProductCases } from '../helpers/catalog-cases.js';

// Verklaringen per soort product: dezelfde tekst heeft in elk product dezelfde id.
const voorwaarden = {
  'afstemming-tbw-netwerk': true,
  'integraal-herstelplan': true,
  'passende-overgangsfase': true,
  'zorginhoud-leidend': true,
};
const bt = { ...voorwaarden, 'ib-er-hersteldoelen': true, daginvulling: true };
const bw = { ...bt, 'schoonhouden-woning': true, welzijnsactiviteiten: true };
const th = { ...bt, 'uitstroom-zelfstandig-wonen': true, vervolghuisvesting: true };

const ids = (code: string, verklaringen: Record<string, boolean>) => Object.keys(verklaringen).map((v) => `gz-${code}-verklaring-${v}`);

/** Beschermd Thuis (en Wachtzorg, in de vorm van BT licht): 5 minuten, 90 minuten, ondergrens individuele uren. */
function beschermdThuis(code: string, [lo, hi]: [number, number], verklaringen: Record<string, boolean>, verklaard: string): ProductCases {
  return {
    basis: { bereikbaarheidMinuten: 5, beschikbaarheidMinuten: 90, begeleiding: { individueelUrenPerWeek: lo }, verklaringen },
    voldoet: [
      { naam: 'nacht en wijk apart opgegeven, precies 90 minuten', wijziging: { beschikbaarheidNachtMinuten: 90, beschikbaarheidWijkMinuten: 90 } },
      { naam: 'sneller dan de normtijden', wijziging: { bereikbaarheidMinuten: 1, beschikbaarheidMinuten: 30 } },
      { naam: `precies ${hi} uur: bovenkant van de bandbreedte, geen signaal`, wijziging: { begeleiding: { individueelUrenPerWeek: hi } } },
      { naam: 'groepsuren naast de ondergrens', wijziging: { begeleiding: { groepUrenPerWeek: 6 } } },
      { naam: 'boven de bandbreedte geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: hi + 0.5 } }, signalen: [`gz-${code}-individuele-begeleiding-boven-band`] },
    ],
    voldoetNiet: [
      { naam: 'bereikbaar binnen 6 minuten', wijziging: { bereikbaarheidMinuten: 6 }, faalt: [`gz-${code}-bereikbaarheid`] },
      { naam: 'bereikbaarheid ontbreekt', wijziging: { bereikbaarheidMinuten: null }, faalt: [`gz-${code}-bereikbaarheid`] },
      { naam: 'beschikbaar binnen 91 minuten', wijziging: { beschikbaarheidMinuten: 91 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: "'s nachts 120 minuten", wijziging: { beschikbaarheidNachtMinuten: 120 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: 'in de wijk 100 minuten', wijziging: { beschikbaarheidWijkMinuten: 100 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: 'beschikbaarheid ontbreekt (alleen een nachtwaarde)', wijziging: { beschikbaarheidMinuten: null, beschikbaarheidNachtMinuten: 30 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: `${lo - 0.5} uur individuele begeleiding`, wijziging: { begeleiding: { individueelUrenPerWeek: lo - 0.5 } }, faalt: [`gz-${code}-individuele-begeleiding`] },
      { naam: 'groepsuren tellen niet voor de ondergrens', wijziging: { begeleiding: { individueelUrenPerWeek: lo - 1, groepUrenPerWeek: 12 } }, faalt: [`gz-${code}-individuele-begeleiding`] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [`gz-${code}-individuele-begeleiding`] },
      { naam: `${verklaard} niet verklaard`, wijziging: { verklaringen: { [verklaard]: false } }, faalt: [`gz-${code}-verklaring-${verklaard}`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, verklaringen) },
    ],
  };
}

/** Begeleiding in Beschermd Wonen en Trainingshuis: ondergrens individueel, 7 groepsuren, uitwisselbaar 1 op 6. */
function begeleiding(code: string, [lo, hi]: [number, number]): Pick<ProductCases, 'voldoet' | 'voldoetNiet'> {
  return {
    voldoet: [
      { naam: `precies ${hi} uur: bovenkant van de bandbreedte, geen signaal`, wijziging: { begeleiding: { individueelUrenPerWeek: hi } } },
      { naam: 'boven de bandbreedte geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: hi + 1 } }, signalen: [`gz-${code}-individuele-begeleiding-boven-band`] },
      { naam: 'minder groepsuren, precies gecompenseerd met individuele uren (1 op 6)', wijziging: { begeleiding: { individueelUrenPerWeek: lo + 1, groepUrenPerWeek: 1 } } },
    ],
    voldoetNiet: [
      { naam: `${lo - 0.5} uur individueel, ook niet te compenseren met groepsuren`, wijziging: { begeleiding: { individueelUrenPerWeek: lo - 0.5, groepUrenPerWeek: 10 } }, faalt: [`gz-${code}-individuele-begeleiding`] },
      { naam: '6 groepsuren: 1 groepsuur te weinig', wijziging: { begeleiding: { groepUrenPerWeek: 6 } }, faalt: [`gz-${code}-groepsbegeleiding`] },
      { naam: 'groepsuren ontbreken', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [`gz-${code}-groepsbegeleiding`] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [`gz-${code}-individuele-begeleiding`, `gz-${code}-groepsbegeleiding`] },
    ],
  };
}

function beschermdWonenLicht(): ProductCases {
  const code = '15N11';
  const b = begeleiding(code, [4, 6]);
  return {
    basis: { bereikbaarheidMinuten: 5, beschikbaarheidMinuten: 45, begeleiding: { individueelUrenPerWeek: 4, groepUrenPerWeek: 7 }, verklaringen: bw },
    voldoet: [
      { naam: "nacht apart opgegeven, precies 45 minuten", wijziging: { beschikbaarheidNachtMinuten: 45 } },
      { naam: 'aanwezigheid is niet vereist, maar mag', wijziging: { aanwezigheid: { vanafUur: 9, totUur: 17, plaats: 'nabijheid' } } },
      ...b.voldoet,
    ],
    voldoetNiet: [
      { naam: 'bereikbaar binnen 10 minuten', wijziging: { bereikbaarheidMinuten: 10 }, faalt: [`gz-${code}-bereikbaarheid`] },
      { naam: 'beschikbaar binnen 46 minuten', wijziging: { beschikbaarheidMinuten: 46 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: "'s nachts 60 minuten", wijziging: { beschikbaarheidNachtMinuten: 60 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheidMinuten: null }, faalt: [`gz-${code}-beschikbaarheid`] },
      ...b.voldoetNiet,
      { naam: 'welzijnsactiviteiten niet verklaard', wijziging: { verklaringen: { welzijnsactiviteiten: false } }, faalt: [`gz-${code}-verklaring-welzijnsactiviteiten`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, bw) },
    ],
  };
}

/** Beschermd Wonen middel en zwaar: aanwezig 7.00-22.00 uur op de locatie, 's nachts binnen 45 of 15 minuten. */
function beschermdWonenNacht(code: string, band: [number, number], nacht: number, extra: Partial<ProductCases> = {}): ProductCases {
  const b = begeleiding(code, band);
  return {
    basis: {
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: nacht,
      aanwezigheid: { vanafUur: 7, totUur: 22, plaats: 'locatie' },
      begeleiding: { individueelUrenPerWeek: band[0], groepUrenPerWeek: 7 },
      verklaringen: bw,
      ...extra.basis,
    },
    voldoet: [
      { naam: `nacht apart opgegeven, precies ${nacht} minuten (algemeen trager)`, wijziging: { beschikbaarheidMinuten: 60, beschikbaarheidNachtMinuten: nacht } },
      { naam: 'aanwezig van 6.00 tot 23.00 uur', wijziging: { aanwezigheid: { vanafUur: 6, totUur: 23 } } },
      ...b.voldoet,
      ...(extra.voldoet ?? []),
    ],
    voldoetNiet: [
      { naam: 'bereikbaarheid ontbreekt', wijziging: { bereikbaarheidMinuten: null }, faalt: [`gz-${code}-bereikbaarheid`] },
      { naam: `nacht ${nacht + 1} minuten`, wijziging: { beschikbaarheidNachtMinuten: nacht + 1 }, faalt: [`gz-${code}-beschikbaarheid-nacht`] },
      { naam: `geen nachtwaarde en algemeen ${nacht + 15} minuten`, wijziging: { beschikbaarheidMinuten: nacht + 15 }, faalt: [`gz-${code}-beschikbaarheid-nacht`] },
      { naam: 'geen enkele beschikbaarheid opgegeven', wijziging: { beschikbaarheidMinuten: null }, faalt: [`gz-${code}-beschikbaarheid-nacht`] },
      { naam: 'aanwezig vanaf 8.00 uur', wijziging: { aanwezigheid: { vanafUur: 8 } }, faalt: [`gz-${code}-aanwezigheid`] },
      { naam: 'aanwezig tot 21.00 uur', wijziging: { aanwezigheid: { totUur: 21 } }, faalt: [`gz-${code}-aanwezigheid`] },
      { naam: 'aanwezig in de nabijheid in plaats van op de locatie', wijziging: { aanwezigheid: { plaats: 'nabijheid' } }, faalt: [`gz-${code}-aanwezigheid`] },
      { naam: 'plaats van aanwezigheid ontbreekt', wijziging: { aanwezigheid: { plaats: null } }, faalt: [`gz-${code}-aanwezigheid`] },
      { naam: 'aanwezigheid ontbreekt', wijziging: { aanwezigheid: null }, faalt: [`gz-${code}-aanwezigheid`] },
      ...b.voldoetNiet,
      { naam: 'schoonhouden niet verklaard', wijziging: { verklaringen: { 'schoonhouden-woning': false } }, faalt: [`gz-${code}-verklaring-schoonhouden-woning`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, bw) },
      ...(extra.voldoetNiet ?? []),
    ],
  };
}

/** Trainingshuis: 5 en 45 minuten, begeleiding als Beschermd Wonen, doelgroep onder de 27 jaar. */
function trainingshuis(code: string, band: [number, number]): ProductCases {
  const b = begeleiding(code, band);
  return {
    basis: {
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: 45,
      begeleiding: { individueelUrenPerWeek: band[0], groepUrenPerWeek: 7 },
      doelgroep: { minimumLeeftijd: 18, maximumLeeftijd: 26 },
      verklaringen: th,
    },
    voldoet: [
      { naam: "nacht apart opgegeven, precies 45 minuten", wijziging: { beschikbaarheidNachtMinuten: 45 } },
      { naam: 'doelgroep 18 tot en met 23 jaar', wijziging: { doelgroep: { maximumLeeftijd: 23 } } },
      { naam: 'doelgroep zonder minimumleeftijd', wijziging: { doelgroep: { minimumLeeftijd: null } } },
      ...b.voldoet,
    ],
    voldoetNiet: [
      { naam: 'bereikbaar binnen 6 minuten', wijziging: { bereikbaarheidMinuten: 6 }, faalt: [`gz-${code}-bereikbaarheid`] },
      { naam: 'beschikbaar binnen 46 minuten', wijziging: { beschikbaarheidMinuten: 46 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: "'s nachts 60 minuten", wijziging: { beschikbaarheidNachtMinuten: 60 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheidMinuten: null }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: 'doelgroep tot en met 27 jaar', wijziging: { doelgroep: { maximumLeeftijd: 27 } }, faalt: [`gz-${code}-doelgroep-leeftijd`] },
      { naam: 'maximumleeftijd ontbreekt', wijziging: { doelgroep: { maximumLeeftijd: null } }, faalt: [`gz-${code}-doelgroep-leeftijd`] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: [`gz-${code}-doelgroep-leeftijd`] },
      ...b.voldoetNiet,
      { naam: 'vervolghuisvesting niet verklaard', wijziging: { verklaringen: { vervolghuisvesting: false } }, faalt: [`gz-${code}-verklaring-vervolghuisvesting`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, th) },
    ],
  };
}

const wachtzorg = {
  'wachtzorg-start-binnen-maand': true,
  'warme-overdracht': true,
  'overdracht-geen-passend-aanbod': true,
  'overleg-wachtzorg-langer-dan-jaar': true,
};
const meerzorg = { 'toegekend-product-volledig-benut': true, 'aanvraag-via-tbw': true, 'looptijd-gelijk-aan-wachtzorg': true };
const afwezigheidsdag = {
  'plek-blijft-beschikbaar': true,
  'afwezigheidsdag-declareren': true,
  'afwezigheidsdag-in-plaats-van-bw': true,
  'afwezigheid-maximaal-60-dagen': true,
};
const toeslag = { 'toeslag-alleen-bij-bw-middel-zwaar': true };
const dagbesteding = {
  'verantwoordelijk-voor-dagbesteding': true,
  'aanvullend-op-welzijnsactiviteiten': true,
  'dagbesteding-buiten-woonvorm': true,
  'dagbesteding-in-herstelplan': true,
};
const vervoer = {
  'chauffeur-ehbo-certificaat': true,
  'chauffeur-kennis-client': true,
  'chauffeur-omgaan-met-beperkingen': true,
  'chauffeur-servicegericht': true,
  'chauffeur-vaste-route': true,
};

describeCatalog(
  'gelderland-zuid',
  {
    '15N02': beschermdThuis('15N02', [2, 3], bt, 'integraal-herstelplan'),
    '15N03': beschermdThuis('15N03', [4, 6], bt, 'passende-overgangsfase'),
    '15N04': beschermdThuis('15N04', [6, 9], bt, 'ib-er-hersteldoelen'),
    '15N11': beschermdWonenLicht(),
    '15N12': beschermdWonenNacht('15N12', [7, 9], 45),
    '15N13': beschermdWonenNacht('15N13', [10, 14], 15, {
      basis: { bezetting: { nacht: [{ niveau: 'mbo4', wijze: 'slapend' }] } },
      voldoet: [{ naam: "'s nachts een wakende wacht in plaats van een slapende", wijziging: { bezetting: { nacht: [{ niveau: 'mbo3', wijze: 'wakend' }] } } }],
      voldoetNiet: [
        { naam: 'geen nachtdienst op de locatie', wijziging: { bezetting: { nacht: [] } }, faalt: ['gz-15N13-slapende-wacht'] },
        { naam: 'nachtmedewerker zonder wijze van nachtdienst', wijziging: { bezetting: { nacht: [{ niveau: 'mbo4' }] } }, faalt: ['gz-15N13-slapende-wacht'] },
        { naam: 'bezetting ontbreekt', wijziging: { bezetting: null }, faalt: ['gz-15N13-slapende-wacht'] },
      ],
    }),
    '15N14': trainingshuis('15N14', [2.5, 4.5]),
    '15N15': trainingshuis('15N15', [5, 7]),
    '15N17': beschermdThuis('15N17', [2, 3], wachtzorg, 'wachtzorg-start-binnen-maand'),
    '15N31': {
      basis: { verklaringen: meerzorg },
      voldoet: [],
      voldoetNiet: [
        { naam: 'niet verklaard dat het toegekende product volledig benut is', wijziging: { verklaringen: { 'toegekend-product-volledig-benut': false } }, faalt: ['gz-15N31-verklaring-toegekend-product-volledig-benut'] },
        { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids('15N31', meerzorg) },
      ],
    },
    '15N41': {
      basis: { verklaringen: afwezigheidsdag },
      voldoet: [],
      voldoetNiet: [
        { naam: 'maximum van 60 dagen niet verklaard', wijziging: { verklaringen: { 'afwezigheid-maximaal-60-dagen': false } }, faalt: ['gz-15N41-verklaring-afwezigheid-maximaal-60-dagen'] },
        { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids('15N41', afwezigheidsdag) },
      ],
    },
    '15N16': {
      basis: { bezetting: { nacht: [{ niveau: 'mbo4', wijze: 'wakend' }] }, verklaringen: toeslag },
      voldoet: [
        { naam: 'een wakende en een slapende wacht', wijziging: { bezetting: { nacht: [{ niveau: 'mbo3', wijze: 'slapend' }, { niveau: 'overig', wijze: 'wakend' }] } } },
      ],
      voldoetNiet: [
        { naam: 'alleen een slapende wacht', wijziging: { bezetting: { nacht: [{ niveau: 'mbo4', wijze: 'slapend' }] } }, faalt: ['gz-15N16-wakende-wacht'] },
        { naam: 'geen nachtbezetting', wijziging: { bezetting: { nacht: [] } }, faalt: ['gz-15N16-wakende-wacht'] },
        { naam: 'bezetting ontbreekt', wijziging: { bezetting: null }, faalt: ['gz-15N16-wakende-wacht'] },
        { naam: 'combinatie niet verklaard', wijziging: { verklaringen: null }, faalt: ['gz-15N16-verklaring-toeslag-alleen-bij-bw-middel-zwaar'] },
      ],
    },
    '15N21': {
      basis: { dagbesteding: { dagdelenPerWeek: 5 }, verklaringen: dagbesteding },
      voldoet: [{ naam: '3 dagdelen per week', wijziging: { dagbesteding: { dagdelenPerWeek: 3, gemiddeldeGroepsgrootte: 8 } } }],
      voldoetNiet: [
        { naam: '6 dagdelen per week', wijziging: { dagbesteding: { dagdelenPerWeek: 6 } }, faalt: ['gz-15N21-dagdelen'] },
        { naam: 'aantal dagdelen ontbreekt', wijziging: { dagbesteding: { dagdelenPerWeek: null, vervoerInbegrepen: false } }, faalt: ['gz-15N21-dagdelen'] },
        { naam: 'dagbesteding ontbreekt', wijziging: { dagbesteding: null }, faalt: ['gz-15N21-dagdelen'] },
        { naam: 'dagbesteding binnen de woonvorm', wijziging: { verklaringen: { 'dagbesteding-buiten-woonvorm': false } }, faalt: ['gz-15N21-verklaring-dagbesteding-buiten-woonvorm'] },
        { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids('15N21', dagbesteding) },
      ],
    },
    '15N51': {
      basis: { verklaringen: vervoer },
      voldoet: [],
      voldoetNiet: [
        { naam: 'chauffeur zonder EHBO-certificaat', wijziging: { verklaringen: { 'chauffeur-ehbo-certificaat': false } }, faalt: ['gz-15N51-verklaring-chauffeur-ehbo-certificaat'] },
        { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids('15N51', vervoer) },
      ],
    },
  },
  [
    { naam: 'Meerzorg zonder passend product', producten: ['15N31'], faalt: ['gz-meerzorg-combinatie'] },
    { naam: 'Meerzorg naast Beschermd Wonen middel', producten: ['15N31', '15N12'], faalt: ['gz-meerzorg-combinatie'] },
    { naam: 'Meerzorg naast Beschermd Wonen zwaar', producten: ['15N31', '15N13'], faalt: [] },
    { naam: 'Meerzorg naast Beschermd Thuis zwaar', producten: ['15N31', '15N04'], faalt: [] },
    { naam: 'Meerzorg naast Trainingshuis middel', producten: ['15N31', '15N15'], faalt: [] },
    { naam: 'Meerzorg naast Wachtzorg (zonder traject: signaal)', producten: ['15N31', '15N17'], faalt: [], signalen: ['gz-wachtzorg-traject'] },
    { naam: 'Toeslag wakende wacht zonder Beschermd Wonen', producten: ['15N16'], faalt: ['gz-toeslag-wakende-wacht-combinatie'] },
    { naam: 'Toeslag wakende wacht naast Beschermd Wonen licht', producten: ['15N16', '15N11'], faalt: ['gz-toeslag-wakende-wacht-combinatie'] },
    { naam: 'Toeslag wakende wacht naast Beschermd Wonen middel', producten: ['15N16', '15N12'], faalt: [] },
    { naam: 'Toeslag wakende wacht naast Beschermd Wonen zwaar', producten: ['15N16', '15N13'], faalt: [] },
    { naam: 'Afwezigheidsdag zonder Beschermd Wonen', producten: ['15N41'], faalt: ['gz-afwezigheidsdag-combinatie'] },
    { naam: 'Afwezigheidsdag naast Trainingshuis', producten: ['15N41', '15N14'], faalt: ['gz-afwezigheidsdag-combinatie'] },
    { naam: 'Afwezigheidsdag naast Beschermd Wonen licht', producten: ['15N41', '15N11'], faalt: [] },
    { naam: 'Vervoer zonder Dagbesteding', producten: ['15N51'], faalt: ['gz-vervoer-combinatie'] },
    { naam: 'Vervoer naast Dagbesteding en Beschermd Wonen', producten: ['15N51', '15N21', '15N11'], faalt: [] },
    { naam: 'Vervoer en Dagbesteding zonder woonproduct (signaal)', producten: ['15N51', '15N21'], faalt: [], signalen: ['gz-dagbesteding-clienten-bw-bt'] },
    { naam: 'Wachtzorg zonder Beschermd Wonen of Trainingshuis (signaal)', producten: ['15N17'], faalt: [], signalen: ['gz-wachtzorg-traject'] },
    { naam: 'Wachtzorg naast alleen Beschermd Thuis (signaal)', producten: ['15N17', '15N02'], faalt: [], signalen: ['gz-wachtzorg-traject'] },
    { naam: 'Wachtzorg naast Trainingshuis licht', producten: ['15N17', '15N14'], faalt: [] },
    { naam: 'Wachtzorg naast Beschermd Wonen zwaar', producten: ['15N17', '15N13'], faalt: [] },
    { naam: 'Dagbesteding zonder woonproduct (signaal)', producten: ['15N21'], faalt: [], signalen: ['gz-dagbesteding-clienten-bw-bt'] },
    { naam: 'Dagbesteding naast Beschermd Thuis middel', producten: ['15N21', '15N03'], faalt: [] },
    { naam: 'Dagbesteding naast Trainingshuis middel', producten: ['15N21', '15N15'], faalt: [] },
    { naam: 'alleen Beschermd Wonen licht: geen regel van toepassing', producten: ['15N11'], faalt: [] },
    {
      naam: 'alle 14 producten samen',
      producten: ['15N02', '15N03', '15N04', '15N11', '15N12', '15N13', '15N14', '15N15', '15N31', '15N17', '15N41', '15N16', '15N21', '15N51'],
      faalt: [],
    },
  ],
);
