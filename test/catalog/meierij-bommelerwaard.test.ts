import { describeCatalog, type ProductCases } from '../helpers/catalog-cases.js';
import type { Medewerker, Niveau } from '../../server/types/contract.js';

// Verklaringen, per groep producten: één sleutel per tekst, zoals de catalogus ze noemt.
const pakket = { 'bereikbaarheidsdienst-in-tarief': true };
const intramuraal = {
  ...pakket,
  '24-uurs-bereikbaarheid': true,
  hotelfuncties: true,
  'geen-uitsluitingscriteria': true,
  'adl-en-medicatie': true,
  netwerk: true,
  'perspectief-zelfstandig-wonen': true,
  'schoonhouden-woning': true,
  'welzijn-en-uitstapjes': true,
};
const verslavingszorg = {
  ...intramuraal,
  'alle-clienten-chronisch-verslaafd': true,
  'beheerplannen-leefbaarheid': true,
  'verdeling-wmo-wlz': true,
  'gezamenlijke-wachtlijst': true,
  'behandeling-geen-voorwaarde': true,
  'uitzetting-voorkomen': true,
  netwerkoverleg: true,
  'time-out': true,
};
const kleinschalig = {
  ...pakket,
  'ondersteuning-minimaal-mbo4': true,
  netwerk: true,
  'vaste-momenten': true,
  'bereikbaar-voor-netwerk': true,
  'signalerende-rol': true,
  'toeleiding-dagbesteding': true,
  'perspectief-zelfstandig-wonen': true,
  'blijven-wonen': true,
};
const zelfstandig = {
  ...pakket,
  'ondersteuning-minimaal-mbo4': true,
  netwerk: true,
  'beperkt-aantal-zorgverleners': true,
  'bereikbaar-voor-netwerk': true,
  'signalerende-rol': true,
  'inspanning-afschaling': true,
  'perspectief-uitstroom': true,
  'blijven-wonen': true,
  'signaleringsfunctie-ondersteuningsplan': true,
  'afspraken-start-zorg': true,
};
const dagbesteding = {
  'groepsverband-ingerichte-locatie': true,
  'beperkt-aantal-zorgverleners': true,
  'toeleiding-voorliggend-veld': true,
  'adl-tijdens-dagbesteding': true,
  'gewogen-samenstelling': true,
  'vrijwilligers-getraind': true,
  feestdagen: true,
  vakantieperiodes: true,
  'bereikbaar-kantoortijden': true,
};

const verklaringIds = (code: string, v: Record<string, boolean>) => Object.keys(v).map((id) => `mb-${code}-verklaring-${id}`);

const mbo4 = { niveau: 'mbo4' } as const;
const wakend = (niveau: Niveau, extra: Partial<Medewerker> = {}): Medewerker => ({ niveau, wijze: 'wakend', ...extra });
const slapend = (niveau: Niveau): Medewerker => ({ niveau, wijze: 'slapend' });
const aanwezig24 = { vanafUur: 0, totUur: 24, plaats: 'locatie' } as const;

/** Intramuraal intensief (15B11): twee mbo-4'ers 24/7, 's nachts een wakende mbo-4'er. */
function intramuraalIntensief(): ProductCases {
  const code = '15B11';
  return {
    basis: {
      aanwezigheid: aanwezig24,
      bezetting: { dag: [mbo4, mbo4], avond: [mbo4, mbo4], nacht: [wakend('mbo4'), slapend('mbo4')] },
      regie: { niveau: 'hbo' },
      team: { vast: true },
      begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 4, contactmomentenPerWeek: 7 },
      verklaringen: intramuraal,
    },
    voldoet: [
      { naam: 'precies 12 uur, alles individueel', wijziging: { begeleiding: { individueelUrenPerWeek: 12, groepUrenPerWeek: 0 } } },
      { naam: 'regievoerder mbo met EVC op hbo-niveau', wijziging: { regie: { niveau: 'mbo-evc' } } },
      { naam: 'hbo telt als mbo-4, ook voor de wakende wacht', wijziging: { bezetting: { dag: [mbo4, { niveau: 'hbo' }], nacht: [wakend('hbo'), slapend('mbo4')] } } },
      { naam: 'een beveiliger erbij in de nacht', wijziging: { bezetting: { nacht: [wakend('mbo4'), slapend('mbo4'), { niveau: 'overig', functie: 'beveiliger' }] } } },
    ],
    voldoetNiet: [
      { naam: "'s avonds één mbo-4'er", wijziging: { bezetting: { avond: [mbo4] } }, faalt: [`mb-${code}-bezetting-avond`] },
      { naam: 'overdag een mbo-3 in plaats van een mbo-4', wijziging: { bezetting: { dag: [mbo4, { niveau: 'mbo3' }] } }, faalt: [`mb-${code}-bezetting-dag`, `mb-${code}-niveau-begeleiders`] },
      { naam: 'overdag een mbo-3 naast twee mbo-4\'ers', wijziging: { bezetting: { dag: [mbo4, mbo4, { niveau: 'mbo3' }] } }, faalt: [`mb-${code}-niveau-begeleiders`] },
      { naam: "'s nachts beide slapend", wijziging: { bezetting: { nacht: [slapend('mbo4'), slapend('mbo4')] } }, faalt: [`mb-${code}-wakende-wacht`] },
      { naam: "'s nachts wakend mbo-3 (geen uitzondering in dit pakket)", wijziging: { bezetting: { nacht: [wakend('mbo3', { aanvullendGeschoold: true }), slapend('mbo4')] } }, faalt: [`mb-${code}-bezetting-nacht`, `mb-${code}-wakende-wacht`] },
      { naam: "'s nachts maar één medewerker", wijziging: { bezetting: { nacht: [wakend('mbo4')] } }, faalt: [`mb-${code}-bezetting-nacht`] },
      { naam: 'aanwezig tot 23.00 uur', wijziging: { aanwezigheid: { totUur: 23 } }, faalt: [`mb-${code}-aanwezigheid`] },
      { naam: 'aanwezig in de nabijheid', wijziging: { aanwezigheid: { plaats: 'nabijheid' } }, faalt: [`mb-${code}-aanwezigheid`] },
      { naam: 'geen regievoerder', wijziging: { regie: { niveau: 'geen' } }, faalt: [`mb-${code}-regie`] },
      { naam: 'geen vast team', wijziging: { team: { vast: false } }, faalt: [`mb-${code}-vast-team`] },
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6 } }, faalt: [`mb-${code}-contactmoment`] },
      { naam: '11,5 uur begeleiding', wijziging: { begeleiding: { individueelUrenPerWeek: 7.5 } }, faalt: [`mb-${code}-ureninzet`] },
      { naam: 'groepsuren ontbreken', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [`mb-${code}-ureninzet`] },
      {
        naam: 'bezetting ontbreekt',
        wijziging: { bezetting: null },
        faalt: [`mb-${code}-bezetting-dag`, `mb-${code}-bezetting-avond`, `mb-${code}-bezetting-nacht`, `mb-${code}-wakende-wacht`, `mb-${code}-niveau-begeleiders`],
      },
      { naam: 'hotelfuncties niet verklaard', wijziging: { verklaringen: { hotelfuncties: false } }, faalt: [`mb-${code}-verklaring-hotelfuncties`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: verklaringIds(code, intramuraal) },
    ],
  };
}

/** Intramuraal basis (15A11): overdag twee mbo-4'ers, 's nachts een slaapwacht of beveiliger. */
function intramuraalBasis(): ProductCases {
  const code = '15A11';
  return {
    basis: {
      aanwezigheid: aanwezig24,
      bezetting: { dag: [mbo4, mbo4], avond: [mbo4, mbo4], nacht: [{ niveau: 'overig', functie: 'beveiliger' }] },
      regie: { niveau: 'hbo' },
      team: { vast: true },
      begeleiding: { individueelUrenPerWeek: 5, groepUrenPerWeek: 3, contactmomentenPerWeek: 7 },
      verklaringen: intramuraal,
    },
    voldoet: [
      { naam: "'s nachts een slaapwacht (mbo-3)", wijziging: { bezetting: { nacht: [slapend('mbo3')] } } },
      { naam: "'s nachts een wakende medewerker", wijziging: { bezetting: { nacht: [wakend('overig')] } } },
      { naam: 'precies 8 uur', wijziging: { begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 0 } } },
    ],
    voldoetNiet: [
      { naam: "'s nachts niemand", wijziging: { bezetting: { nacht: [] } }, faalt: [`mb-${code}-nachtwacht`] },
      { naam: "'s nachts een begeleider zonder dienst of beveiligersfunctie", wijziging: { bezetting: { nacht: [{ niveau: 'mbo4', functie: 'begeleider' }] } }, faalt: [`mb-${code}-nachtwacht`] },
      { naam: "'s avonds één mbo-4'er", wijziging: { bezetting: { avond: [mbo4] } }, faalt: [`mb-${code}-bezetting-avond`] },
      { naam: "'s avonds een beveiliger naast één mbo-4'er", wijziging: { bezetting: { avond: [mbo4, { niveau: 'overig', functie: 'beveiliger' }] } }, faalt: [`mb-${code}-bezetting-avond`, `mb-${code}-niveau-begeleiders`] },
      { naam: '7,5 uur begeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 2.5 } }, faalt: [`mb-${code}-ureninzet`] },
      { naam: 'aanwezigheid ontbreekt', wijziging: { aanwezigheid: null }, faalt: [`mb-${code}-aanwezigheid`] },
      { naam: 'netwerk niet verklaard', wijziging: { verklaringen: { netwerk: false } }, faalt: [`mb-${code}-verklaring-netwerk`] },
    ],
  };
}

/** Verslavingszorg (15A01, 15A02): twee mbo-4'ers 24/7, wakende begeleider met de RIOZ-voetnoot. */
function verslavingszorgPakket(code: '15A01' | '15A02', uren: number): ProductCases {
  const groep = 3;
  return {
    basis: {
      aanwezigheid: aanwezig24,
      bezetting: { dag: [mbo4, mbo4], avond: [mbo4, mbo4], nacht: [wakend('mbo4'), slapend('mbo4')] },
      regie: { niveau: 'hbo' },
      team: { vast: true },
      begeleiding: { individueelUrenPerWeek: uren - groep, groepUrenPerWeek: groep, contactmomentenPerWeek: 7 },
      verklaringen: verslavingszorg,
    },
    voldoet: [
      { naam: 'voetnoot: wakende wacht mbo-3, aanvullend geschoold, naast een mbo-4\'er', wijziging: { bezetting: { nacht: [wakend('mbo3', { aanvullendGeschoold: true }), slapend('mbo4')] } } },
      { naam: 'voetnoot: wakende wacht zonder mbo-opleiding, aanvullend geschoold, naast een hbo\'er', wijziging: { bezetting: { nacht: [wakend('overig', { aanvullendGeschoold: true }), slapend('hbo')] } } },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } } },
    ],
    voldoetNiet: [
      { naam: 'wakende wacht mbo-3 zonder aanvullende scholing', wijziging: { bezetting: { nacht: [wakend('mbo3'), slapend('mbo4')] } }, faalt: [`mb-${code}-bezetting-nacht`, `mb-${code}-wakende-begeleider`] },
      { naam: 'wakende wacht volgens de voetnoot, maar geen mbo-4\'er ernaast', wijziging: { bezetting: { nacht: [wakend('mbo3', { aanvullendGeschoold: true }), slapend('mbo3')] } }, faalt: [`mb-${code}-bezetting-nacht`] },
      { naam: "'s nachts beide slapend", wijziging: { bezetting: { nacht: [slapend('mbo4'), slapend('mbo4')] } }, faalt: [`mb-${code}-wakende-begeleider`] },
      { naam: "'s nachts maar één wakende mbo-4'er", wijziging: { bezetting: { nacht: [wakend('mbo4')] } }, faalt: [`mb-${code}-bezetting-nacht`] },
      { naam: "overdag één mbo-4'er", wijziging: { bezetting: { dag: [mbo4] } }, faalt: [`mb-${code}-bezetting-dag`] },
      { naam: '\'s avonds een aanvullend geschoolde mbo-3 (de voetnoot geldt alleen \'s nachts)', wijziging: { bezetting: { avond: [mbo4, { niveau: 'mbo3', aanvullendGeschoold: true }] } }, faalt: [`mb-${code}-bezetting-avond`, `mb-${code}-niveau-begeleiders`] },
      { naam: 'net onder de ureninzet', wijziging: { begeleiding: { individueelUrenPerWeek: uren - groep - 0.25 } }, faalt: [`mb-${code}-ureninzet`] },
      { naam: 'contactmomenten ontbreken', wijziging: { begeleiding: { contactmomentenPerWeek: null } }, faalt: [`mb-${code}-contactmoment`] },
      { naam: 'netwerkoverleg niet verklaard', wijziging: { verklaringen: { netwerkoverleg: false } }, faalt: [`mb-${code}-verklaring-netwerkoverleg`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: verklaringIds(code, verslavingszorg) },
    ],
  };
}

/** Kleinschalig Thuis (15B09, 15A09): 5 minuten bereikbaar, 2 uur beschikbaar. */
function kleinschaligThuis(code: '15B09' | '15A09', uren: number): ProductCases {
  return {
    basis: {
      regie: { niveau: 'hbo' },
      bereikbaarheidMinuten: 5,
      beschikbaarheidMinuten: 120,
      begeleiding: { individueelUrenPerWeek: uren - 2, groepUrenPerWeek: 2, contactmomentenPerWeek: 7, fysiekContactPerWeek: 4 },
      verklaringen: kleinschalig,
    },
    voldoet: [
      { naam: 'in de wijk precies 2 uur, algemeen langer', wijziging: { beschikbaarheidMinuten: 180, beschikbaarheidWijkMinuten: 120 } },
      { naam: "'s nachts precies 2 uur", wijziging: { beschikbaarheidNachtMinuten: 120 } },
      { naam: '10 contactmomenten, 6 face-to-face', wijziging: { begeleiding: { contactmomentenPerWeek: 10, fysiekContactPerWeek: 6 } } },
      { naam: 'alle uren individueel', wijziging: { begeleiding: { individueelUrenPerWeek: uren, groepUrenPerWeek: 0 } } },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } } },
    ],
    voldoetNiet: [
      { naam: 'bereikbaar binnen 6 minuten', wijziging: { bereikbaarheidMinuten: 6 }, faalt: [`mb-${code}-bereikbaarheid`] },
      { naam: 'beschikbaar binnen 121 minuten', wijziging: { beschikbaarheidMinuten: 121 }, faalt: [`mb-${code}-beschikbaarheid`] },
      { naam: 'in de wijk 150 minuten', wijziging: { beschikbaarheidMinuten: 60, beschikbaarheidWijkMinuten: 150 }, faalt: [`mb-${code}-beschikbaarheid`] },
      { naam: "'s nachts 3 uur", wijziging: { beschikbaarheidNachtMinuten: 180 }, faalt: [`mb-${code}-beschikbaarheid-nacht`] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheidMinuten: null }, faalt: [`mb-${code}-beschikbaarheid`] },
      { naam: '3 van de 7 contacten face-to-face', wijziging: { begeleiding: { fysiekContactPerWeek: 3 } }, faalt: [`mb-${code}-fysiek-contact`] },
      { naam: '5 van de 10 contacten face-to-face (geen merendeel)', wijziging: { begeleiding: { contactmomentenPerWeek: 10, fysiekContactPerWeek: 5 } }, faalt: [`mb-${code}-fysiek-contact`] },
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6 } }, faalt: [`mb-${code}-contactmoment`] },
      { naam: 'face-to-face contact ontbreekt', wijziging: { begeleiding: { fysiekContactPerWeek: null } }, faalt: [`mb-${code}-fysiek-contact`] },
      { naam: 'een kwartier te weinig begeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 1.75 } }, faalt: [`mb-${code}-ureninzet`] },
      { naam: 'geen regievoerder opgegeven', wijziging: { regie: null }, faalt: [`mb-${code}-regie`] },
      { naam: 'vaste momenten niet verklaard', wijziging: { verklaringen: { 'vaste-momenten': false } }, faalt: [`mb-${code}-verklaring-vaste-momenten`] },
    ],
  };
}

/** Zelfstandig Thuis (15B08, 15A08): 5 minuten bereikbaar, 4 uur beschikbaar, individuele uren. */
function zelfstandigThuis(code: '15B08' | '15A08', uren: number): ProductCases {
  const verklaringen = code === '15B08' ? { ...zelfstandig, 'doorstroom-naar-basis': true } : zelfstandig;
  return {
    basis: {
      regie: { niveau: 'hbo' },
      bereikbaarheidMinuten: 5,
      beschikbaarheidWijkMinuten: 240,
      begeleiding: { individueelUrenPerWeek: uren, contactmomentenPerWeek: 7, fysiekContactPerWeek: 4 },
      verklaringen,
    },
    voldoet: [
      { naam: 'Housing First voor cliënten vanaf 24 jaar', wijziging: { doelgroep: { housingFirst: true, minimumLeeftijd: 24 } } },
      { naam: 'geen Housing First, vanaf 18 jaar', wijziging: { doelgroep: { housingFirst: false, minimumLeeftijd: 18 } } },
      { naam: 'algemene beschikbaarheid precies 4 uur', wijziging: { beschikbaarheidWijkMinuten: null, beschikbaarheidMinuten: 240 } },
      { naam: "'s nachts precies 4 uur", wijziging: { beschikbaarheidNachtMinuten: 240 } },
    ],
    voldoetNiet: [
      { naam: 'Housing First vanaf 23 jaar', wijziging: { doelgroep: { housingFirst: true, minimumLeeftijd: 23 } }, faalt: [`mb-${code}-housing-first-leeftijd`] },
      { naam: 'Housing First zonder minimumleeftijd', wijziging: { doelgroep: { housingFirst: true } }, faalt: [`mb-${code}-housing-first-leeftijd`] },
      { naam: 'in de wijk 241 minuten', wijziging: { beschikbaarheidWijkMinuten: 241 }, faalt: [`mb-${code}-beschikbaarheid`] },
      { naam: "'s nachts 5 uur", wijziging: { beschikbaarheidNachtMinuten: 300 }, faalt: [`mb-${code}-beschikbaarheid-nacht`] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheidWijkMinuten: null }, faalt: [`mb-${code}-beschikbaarheid`] },
      { naam: 'bereikbaarheid ontbreekt', wijziging: { bereikbaarheidMinuten: null }, faalt: [`mb-${code}-bereikbaarheid`] },
      { naam: 'groepsuren tellen niet mee', wijziging: { begeleiding: { individueelUrenPerWeek: uren - 1, groepUrenPerWeek: 2 } }, faalt: [`mb-${code}-ureninzet`] },
      { naam: '3 van de 7 contacten face-to-face', wijziging: { begeleiding: { fysiekContactPerWeek: 3 } }, faalt: [`mb-${code}-fysiek-contact`] },
      { naam: 'regievoerder zonder hbo-niveau', wijziging: { regie: { niveau: 'geen' } }, faalt: [`mb-${code}-regie`] },
      { naam: 'afspraken bij de start niet verklaard', wijziging: { verklaringen: { 'afspraken-start-zorg': false } }, faalt: [`mb-${code}-verklaring-afspraken-start-zorg`] },
    ],
  };
}

/** Module Dagbesteding (15D02-15D04): dagdelen per module, hbo per cliënt, groep van 7, vervoer. */
function module(code: '15D02' | '15D03' | '15D04', van: number, tot: number): ProductCases {
  return {
    basis: {
      regie: { niveau: 'hbo', perClient: true },
      dagbesteding: { dagdelenPerWeek: tot, gemiddeldeGroepsgrootte: 7, minimumNiveau: 'mbo4', vervoerInbegrepen: true },
      verklaringen: dagbesteding,
    },
    voldoet: [
      { naam: `precies ${van} dagdelen`, wijziging: { dagbesteding: { dagdelenPerWeek: van } } },
      { naam: 'medewerker per cliënt mbo met EVC, begeleiders hbo', wijziging: { regie: { niveau: 'mbo-evc' }, dagbesteding: { minimumNiveau: 'hbo' } } },
    ],
    voldoetNiet: [
      { naam: `${tot + 1} dagdelen`, wijziging: { dagbesteding: { dagdelenPerWeek: tot + 1 } }, faalt: [`mb-${code}-dagdelen`] },
      { naam: `${van - 1} dagdelen`, wijziging: { dagbesteding: { dagdelenPerWeek: van - 1 } }, faalt: [`mb-${code}-dagdelen`] },
      { naam: 'gemiddelde groep van 7,5', wijziging: { dagbesteding: { gemiddeldeGroepsgrootte: 7.5 } }, faalt: [`mb-${code}-groepsgrootte`] },
      { naam: 'begeleiders mbo-3', wijziging: { dagbesteding: { minimumNiveau: 'mbo3' } }, faalt: [`mb-${code}-niveau-begeleiders`] },
      { naam: 'hbo per team in plaats van per cliënt', wijziging: { regie: { perClient: false } }, faalt: [`mb-${code}-regie-per-client`] },
      { naam: 'vervoer niet inbegrepen', wijziging: { dagbesteding: { vervoerInbegrepen: false } }, faalt: [`mb-${code}-vervoer`] },
      {
        naam: 'dagbesteding ontbreekt',
        wijziging: { dagbesteding: null },
        faalt: [`mb-${code}-dagdelen`, `mb-${code}-groepsgrootte`, `mb-${code}-niveau-begeleiders`, `mb-${code}-vervoer`],
      },
      { naam: 'vrijwilligers niet verklaard', wijziging: { verklaringen: { 'vrijwilligers-getraind': false } }, faalt: [`mb-${code}-verklaring-vrijwilligers-getraind`] },
    ],
  };
}

describeCatalog(
  'meierij-bommelerwaard',
  {
    '15B11': intramuraalIntensief(),
    '15A11': intramuraalBasis(),
    '15A01': verslavingszorgPakket('15A01', 12),
    '15A02': verslavingszorgPakket('15A02', 9.75),
    '15B09': kleinschaligThuis('15B09', 10),
    '15A09': kleinschaligThuis('15A09', 6),
    '15B08': zelfstandigThuis('15B08', 8),
    '15A08': zelfstandigThuis('15A08', 4),
    '15D02': module('15D02', 1, 3),
    '15D03': module('15D03', 4, 6),
    '15D04': module('15D04', 7, 9),
  },
  [
    { naam: 'alleen Verslavingszorg intensief', producten: ['15A01'], faalt: ['mb-verslavingszorg-beide-pakketten'] },
    { naam: 'alleen Verslavingszorg basis', producten: ['15A02'], faalt: ['mb-verslavingszorg-beide-pakketten'] },
    { naam: 'beide Verslavingszorg-pakketten', producten: ['15A01', '15A02'], faalt: [] },
    { naam: 'alleen Kleinschalig Thuis intensief', producten: ['15B09'], faalt: ['mb-kleinschalig-thuis-beide-varianten'] },
    { naam: 'alleen Kleinschalig Thuis basis', producten: ['15A09'], faalt: ['mb-kleinschalig-thuis-beide-varianten'] },
    { naam: 'beide varianten Kleinschalig Thuis', producten: ['15B09', '15A09'], faalt: [] },
    { naam: 'alleen Zelfstandig Thuis intensief', producten: ['15B08'], faalt: ['mb-zelfstandig-thuis-beide-varianten'] },
    { naam: 'alleen Zelfstandig Thuis basis', producten: ['15A08'], faalt: ['mb-zelfstandig-thuis-beide-varianten'] },
    { naam: 'beide varianten Zelfstandig Thuis', producten: ['15B08', '15A08'], faalt: [] },
    {
      naam: 'drie halve combinaties tegelijk',
      producten: ['15A02', '15B09', '15A08'],
      faalt: ['mb-verslavingszorg-beide-pakketten', 'mb-kleinschalig-thuis-beide-varianten', 'mb-zelfstandig-thuis-beide-varianten'],
    },
    { naam: 'intramuraal en dagbesteding zonder partnerregel', producten: ['15B11', '15A11', '15D02', '15D03', '15D04'], faalt: [] },
  ],
);
