import { describe, expect, it } from 'vitest';
import { toets } from '../../server/engine/evaluate.js';
import type { AanbodItem, Dienst, Medewerker, Venster } from '../../server/types/contract.js';
import {
  WEEKEND,
  WERKDAGEN,
  apply,
  bid,
  describeCatalog,
  dienst,
  heleWeek,
  mens,
  regionCatalog,
  venster,
  type ProductCases,
  type Wijziging,
  describeSamples,
} from '../helpers/catalog-cases.js';

const REGIO = 'meierij-bommelerwaard';

// Verklaringen, per groep producten: één sleutel per tekst, zoals de catalogus ze noemt.
const pakket = { 'bereikbaarheidsdienst-in-tarief': true, 'snelle-interventie': true };
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

// Medewerkers. mens() is een wakende begeleider met een opleiding Zorg en Welzijn.
const m4 = () => mens('mbo4');
const slapend = (niveau: string, extra: Record<string, unknown> = {}) => mens(niveau, { wijze: 'slapend', ...extra });
const beveiliger: Medewerker = { functie: 'beveiliger', niveau: 'overig', wijze: 'wakend' };
const huishoudelijk: Medewerker = { functie: 'overig', niveau: 'overig', wijze: 'wakend' };
/** De wakende wacht van de voetnoot bij Verslavingszorg: niet mbo-4, wel aanvullend geschoold. */
const voetnootWacht = (niveau = 'mbo3') => mens(niveau, { aanvullendGeschoold: true });

// Het rooster van een intramurale locatie: dag 07:00-15:00, avond 15:00-23:00, nacht 23:00-07:00.
type Mensen = Medewerker[];
type Opties = { dagen?: string[]; plaats?: string };
const ploeg = (naam: string, van: string, tot: string, mensen: Mensen, opts: Opties = {}) => dienst(van, tot, mensen as unknown as Record<string, unknown>[], { naam, ...opts });
const dag = (mensen: Mensen = [m4(), m4()], van = '07:00', tot = '15:00', opts: Opties = {}) => ploeg('dag', van, tot, mensen, opts);
const avond = (mensen: Mensen = [m4(), m4()], van = '15:00', tot = '23:00', opts: Opties = {}) => ploeg('avond', van, tot, mensen, opts);
const nacht = (mensen: Mensen, van = '23:00', tot = '07:00', opts: Opties = {}) => ploeg('nacht', van, tot, mensen, opts);
const zonderPlaats = ({ plaats: _plaats, ...rest }: Dienst): Dienst => rest;
const rooster = (...diensten: Dienst[]) => ({ rooster: { diensten } });
const tijdvakken = (...vensters: Venster[]) => ({ beschikbaarheid: { vensters } });
const MA_T_M_ZA = ['ma', 'di', 'wo', 'do', 'vr', 'za'];

/** Intramuraal intensief (15B11): twee mbo-4'ers 24/7, 's nachts een wakende mbo-4'er. */
function intramuraalIntensief(): ProductCases {
  const code = '15B11';
  const id = (eis: string) => `mb-${code}-${eis}`;
  const nachtBasis = () => nacht([m4(), slapend('mbo4')]);
  const aanw = id('aanwezigheid');
  const twee = id('twee-mbo4-24-7');
  const wakend = id('wakende-wacht');
  return {
    basis: {
      ...rooster(dag(), avond(), nachtBasis()),
      regie: { niveau: 'hbo' },
      team: { vast: true },
      begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 4, contactmomentenPerWeek: 7 },
      doelgroep: { minimumLeeftijd: 18 },
      verklaringen: intramuraal,
    },
    voldoet: [
      // Een ondergrens: wie er extra is, laat hem niet zakken.
      { naam: "een beveiliger naast de twee mbo-4'ers in de avond", wijziging: rooster(dag(), avond([m4(), m4(), beveiliger]), nachtBasis()) },
      { naam: "een mbo-3 naast de twee mbo-4'ers in de avond", wijziging: rooster(dag(), avond([m4(), m4(), mens('mbo3')]), nachtBasis()) },
      { naam: "overdag drie begeleiders: hbo, mbo-4 en mbo-3", wijziging: rooster(dag([mens('hbo'), m4(), mens('mbo3')]), avond(), nachtBasis()) },
      { naam: 'een beveiliger en huishoudelijke hulp erbij in de nacht', wijziging: rooster(dag(), avond(), nacht([m4(), slapend('mbo4'), beveiliger, huishoudelijk])) },
      { naam: 'hbo telt als mbo-4, ook voor de wakende wacht', wijziging: rooster(dag([m4(), mens('hbo')]), avond(), nacht([mens('hbo'), slapend('mbo4')])) },
      { naam: 'twee wakende mbo-4\'ers in de nacht', wijziging: rooster(dag(), avond(), nacht([m4(), m4()])) },
      { naam: 'een mbo-4\'er zonder opleiding Zorg en Welzijn telt mee (de tekst vraagt die niet)', wijziging: rooster(dag([m4(), mens('mbo4', { opleidingZorgEnWelzijn: false })]), avond(), nachtBasis()) },
      // Tijdvakken: de nacht is 22:00-07:00.
      { naam: 'avond tot 22:00 en nacht vanaf 22:00', wijziging: rooster(dag(), avond(undefined, '15:00', '22:00'), nacht([m4(), slapend('mbo4')], '22:00')) },
      { naam: 'overlappende diensten (dag tot 15:30, avond vanaf 14:30)', wijziging: rooster(dag(undefined, '07:00', '15:30'), avond(undefined, '14:30'), nachtBasis()) },
      { naam: 'nacht gesplitst op middernacht', wijziging: rooster(dag(), avond(), nacht([m4(), slapend('mbo4')], '23:00', '24:00'), nacht([m4(), slapend('mbo4')], '00:00', '07:00')) },
      {
        naam: 'weekend met eigen diensten van 12 uur',
        wijziging: rooster(
          dag(undefined, '07:00', '15:00', { dagen: WERKDAGEN }),
          avond(undefined, '15:00', '23:00', { dagen: WERKDAGEN }),
          ploeg('weekend dag', '07:00', '19:00', [m4(), m4()], { dagen: WEEKEND }),
          ploeg('weekend avond', '19:00', '23:00', [m4(), m4()], { dagen: WEEKEND }),
          nachtBasis(),
        ),
      },
      // Ureninzet: "gaan we uit van" is een signaal.
      { naam: 'precies 12 uur, alles individueel', wijziging: { begeleiding: { individueelUrenPerWeek: 12, groepUrenPerWeek: 0 } } },
      { naam: '11,5 uur begeleiding: signaal, geen afwijzing', wijziging: { begeleiding: { individueelUrenPerWeek: 7.5 } }, signalen: [id('ureninzet')] },
      { naam: 'groepsuren ontbreken: geen signaal op een onzekere som', wijziging: { begeleiding: { groepUrenPerWeek: null } } },
      { naam: 'regievoerder mbo met EVC op hbo-niveau', wijziging: { regie: { niveau: 'mbo-evc' } } },
      { naam: 'doelgroep vanaf 23 jaar', wijziging: { doelgroep: { minimumLeeftijd: 23 } } },
    ],
    voldoetNiet: [
      { naam: "'s avonds één mbo-4'er naast een beveiliger", wijziging: rooster(dag(), avond([m4(), beveiliger]), nachtBasis()), faalt: [twee] },
      { naam: "'s avonds één mbo-4'er naast een mbo-3", wijziging: rooster(dag(), avond([m4(), mens('mbo3')]), nachtBasis()), faalt: [twee] },
      { naam: 'een beveiliger met mbo-4 telt niet als een van de twee', wijziging: rooster(dag(), avond([m4(), { ...beveiliger, niveau: 'mbo4' }]), nachtBasis()), faalt: [twee] },
      { naam: 'overdag een ongeschoolde begeleider naast één mbo-4\'er', wijziging: rooster(dag([m4(), mens('overig')]), avond(), nachtBasis()), faalt: [twee] },
      { naam: "'s nachts maar één medewerker", wijziging: rooster(dag(), avond(), nacht([m4()])), faalt: [twee] },
      { naam: "'s nachts beide slapend", wijziging: rooster(dag(), avond(), nacht([slapend('mbo4'), slapend('mbo4')])), faalt: [wakend] },
      {
        naam: "'s nachts wakend mbo-3, ook aanvullend geschoold (geen voetnoot in dit pakket)",
        wijziging: rooster(dag(), avond(), nacht([voetnootWacht(), slapend('mbo4')])),
        faalt: [twee, wakend],
      },
      { naam: "'s nachts een wakende mbo-3 naast twee slapende mbo-4'ers", wijziging: rooster(dag(), avond(), nacht([mens('mbo3'), slapend('mbo4'), slapend('mbo4')])), faalt: [wakend] },
      { naam: "'s nachts alleen beveiligers", wijziging: rooster(dag(), avond(), nacht([beveiliger, beveiliger])), faalt: [aanw, twee, wakend] },
      // Eén minuut naast de rand van een tijdvak.
      { naam: 'avond eindigt om 22:59: niemand van 22:59 tot 23:00', wijziging: rooster(dag(), avond(undefined, '15:00', '22:59'), nachtBasis()), faalt: [aanw, twee, wakend] },
      { naam: 'dag begint om 07:01: niemand van 07:00 tot 07:01', wijziging: rooster(dag(undefined, '07:01'), avond(), nachtBasis()), faalt: [aanw, twee] },
      { naam: 'nacht eindigt om 06:59', wijziging: rooster(dag(), avond(), nacht([m4(), slapend('mbo4')], '23:00', '06:59')), faalt: [aanw, twee, wakend] },
      { naam: 'gat van één minuut tussen dag en avond', wijziging: rooster(dag(), avond(undefined, '15:01'), nachtBasis()), faalt: [aanw, twee] },
      // Dagen en middernacht.
      { naam: 'de nacht van zondag op maandag niet bezet', wijziging: rooster(dag(), avond(), nacht([m4(), slapend('mbo4')], '23:00', '07:00', { dagen: MA_T_M_ZA })), faalt: [aanw, twee, wakend] },
      { naam: 'in het weekend geen avonddienst (ook 22:00-23:00 niemand wakend)', wijziging: rooster(dag(), avond(undefined, '15:00', '23:00', { dagen: WERKDAGEN }), nachtBasis()), faalt: [aanw, twee, wakend] },
      { naam: 'nachtdienst in de nabijheid in plaats van op de locatie', wijziging: rooster(dag(), avond(), nacht([m4(), slapend('mbo4')], '23:00', '07:00', { plaats: 'nabijheid' })), faalt: [aanw, twee, wakend] },
      // Wat ontbreekt, ontbreekt.
      { naam: 'niveau van een avondmedewerker onbekend (ontbreekt)', wijziging: rooster(dag(), avond([m4(), { functie: 'begeleider', wijze: 'wakend' }]), nachtBasis()), faalt: [twee] },
      { naam: 'wijze van de nachtmedewerkers onbekend (ontbreekt)', wijziging: rooster(dag(), avond(), nacht([{ functie: 'begeleider', niveau: 'mbo4' }, { functie: 'begeleider', niveau: 'mbo4' }])), faalt: [wakend] },
      { naam: 'geen rooster (ontbreekt)', wijziging: { rooster: null }, faalt: [aanw, twee, wakend] },
      { naam: 'rooster zonder diensten', wijziging: rooster(), faalt: [aanw, twee, wakend] },
      { naam: 'geen regievoerder', wijziging: { regie: { niveau: 'geen' } }, faalt: [id('regie')] },
      { naam: 'geen vast team', wijziging: { team: { vast: false } }, faalt: [id('vast-team')] },
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6 } }, faalt: [id('contactmoment')] },
      { naam: 'doelgroep vanaf 17 jaar', wijziging: { doelgroep: { minimumLeeftijd: 17 } }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'hotelfuncties niet verklaard', wijziging: { verklaringen: { hotelfuncties: false } }, faalt: [id('verklaring-hotelfuncties')] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: verklaringIds(code, intramuraal) },
    ],
  };
}

/** Intramuraal basis (15A11): overdag (07:00-22:00) twee mbo-4'ers, 's nachts een slaapwacht of beveiliger. */
function intramuraalBasis(): ProductCases {
  const code = '15A11';
  const id = (eis: string) => `mb-${code}-${eis}`;
  const aanw = id('aanwezigheid');
  const twee = id('twee-mbo4-overdag');
  const wacht = id('nachtwacht');
  return {
    basis: {
      ...rooster(dag(), avond(), nacht([beveiliger])),
      regie: { niveau: 'hbo' },
      team: { vast: true },
      begeleiding: { individueelUrenPerWeek: 5, groepUrenPerWeek: 3, contactmomentenPerWeek: 7 },
      doelgroep: { minimumLeeftijd: 18 },
      verklaringen: intramuraal,
    },
    voldoet: [
      { naam: "'s nachts een slapende begeleider (mbo-3)", wijziging: rooster(dag(), avond(), nacht([slapend('mbo3')])) },
      { naam: "'s nachts een slaapwacht zonder zorgfunctie", wijziging: rooster(dag(), avond(), nacht([{ functie: 'overig', niveau: 'overig', wijze: 'slapend' }])) },
      { naam: "'s nachts een wakende begeleider", wijziging: rooster(dag(), avond(), nacht([mens('mbo3')])) },
      { naam: "een beveiliger en een mbo-3 naast de twee mbo-4'ers in de avond", wijziging: rooster(dag(), avond([m4(), m4(), beveiliger, mens('mbo3')]), nacht([beveiliger])) },
      { naam: 'avond tot 22:00 en nacht vanaf 22:00 (de rand van overdag)', wijziging: rooster(dag(), avond(undefined, '15:00', '22:00'), nacht([beveiliger], '22:00')) },
      { naam: 'avond tot 22:00, nacht vanaf 23:00: een mbo-4\'er overbrugt het uur', wijziging: rooster(dag(), avond(undefined, '15:00', '22:00'), ploeg('laat', '22:00', '23:00', [m4()]), nacht([beveiliger])) },
      { naam: 'precies 8 uur, alles individueel', wijziging: { begeleiding: { individueelUrenPerWeek: 8, groepUrenPerWeek: 0 } } },
      { naam: '7,5 uur begeleiding: signaal', wijziging: { begeleiding: { groepUrenPerWeek: 2.5 } }, signalen: [id('ureninzet')] },
    ],
    voldoetNiet: [
      { naam: 'avond eindigt om 21:59, nacht vanaf 22:00', wijziging: rooster(dag(), avond(undefined, '15:00', '21:59'), nacht([beveiliger], '22:00')), faalt: [aanw, twee] },
      { naam: 'avond tot 22:00, nacht vanaf 22:01', wijziging: rooster(dag(), avond(undefined, '15:00', '22:00'), nacht([beveiliger], '22:01')), faalt: [aanw, wacht] },
      { naam: 'avond tot 22:00 met één mbo-4\'er in het laatste uur (overdag loopt tot 22:00)', wijziging: rooster(dag(), avond(undefined, '15:00', '21:00'), ploeg('laat', '21:00', '22:00', [m4()]), nacht([beveiliger], '22:00')), faalt: [twee] },
      { naam: "'s avonds één mbo-4'er naast een beveiliger", wijziging: rooster(dag(), avond([m4(), beveiliger]), nacht([beveiliger])), faalt: [twee] },
      { naam: 'in het weekend overdag één mbo-4\'er', wijziging: rooster(dag(undefined, '07:00', '15:00', { dagen: WERKDAGEN }), dag([m4()], '07:00', '15:00', { dagen: WEEKEND }), avond(), nacht([beveiliger])), faalt: [twee] },
      { naam: "'s nachts niemand", wijziging: rooster(dag(), avond()), faalt: [aanw, wacht] },
      { naam: "'s nachts alleen huishoudelijk personeel (wakend)", wijziging: rooster(dag(), avond(), nacht([huishoudelijk])), faalt: [aanw, wacht] },
      { naam: 'de nacht van zondag op maandag niet bezet', wijziging: rooster(dag(), avond(), nacht([beveiliger], '23:00', '07:00', { dagen: MA_T_M_ZA })), faalt: [aanw, wacht] },
      { naam: 'functie en wijze van de nachtmedewerker onbekend (ontbreekt)', wijziging: rooster(dag(), avond(), nacht([{ niveau: 'overig' }])), faalt: [aanw, wacht] },
      { naam: 'geen rooster (ontbreekt)', wijziging: { rooster: null }, faalt: [aanw, twee, wacht] },
      { naam: 'aanwezigheid van een begeleider zonder niveau (omgezet uit versie 1)', wijziging: rooster(ploeg('aanwezigheid', '00:00', '24:00', [{ functie: 'begeleider', wijze: 'wakend' }])), faalt: [twee] },
      { naam: 'doelgroep zonder minimumleeftijd', wijziging: { doelgroep: { minimumLeeftijd: null } }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'netwerk niet verklaard', wijziging: { verklaringen: { netwerk: false } }, faalt: [id('verklaring-netwerk')] },
    ],
  };
}

/** Verslavingszorg (15A01, 15A02): twee mbo-4'ers 24/7, wakende begeleider met de RIOZ-voetnoot. */
function verslavingszorgPakket(code: '15A01' | '15A02', uren: number): ProductCases {
  const id = (eis: string) => `mb-${code}-${eis}`;
  const aanw = id('aanwezigheid');
  const twee = id('twee-mbo4-24-7');
  const wakend = id('wakende-begeleider');
  const rioz = id('wakende-wacht-rioz');
  const groep = 3;
  const metNacht = (mensen: Mensen) => rooster(dag(), avond(), nacht(mensen));
  return {
    basis: {
      ...metNacht([m4(), slapend('mbo4')]),
      regie: { niveau: 'hbo' },
      team: { vast: true },
      begeleiding: { individueelUrenPerWeek: uren - groep, groepUrenPerWeek: groep, contactmomentenPerWeek: 7 },
      doelgroep: { minimumLeeftijd: 18 },
      verklaringen: verslavingszorg,
    },
    voldoet: [
      // De voetnoot: een wakende wacht onder mbo-4, aanvullend geschoold, naast een mbo-4'er. Signaal: alleen in overleg met RIOZ.
      { naam: "voetnoot: wakende wacht mbo-3, aanvullend geschoold, naast een slapende mbo-4'er", wijziging: metNacht([voetnootWacht(), slapend('mbo4')]), signalen: [rioz] },
      { naam: "voetnoot: wakende wacht zonder mbo-opleiding, aanvullend geschoold, naast een hbo'er", wijziging: metNacht([voetnootWacht('overig'), slapend('hbo')]), signalen: [rioz] },
      { naam: 'twee wakende mbo-4\'ers: geen signaal', wijziging: metNacht([m4(), m4()]) },
      { naam: 'een wakende mbo-3 naast een wakende en een slapende mbo-4\'er: geen signaal', wijziging: metNacht([mens('mbo3'), m4(), slapend('mbo4')]) },
      { naam: 'een beveiliger erbij in de nacht', wijziging: metNacht([m4(), slapend('mbo4'), beveiliger]) },
      { naam: "een beveiliger en een mbo-3 naast de twee mbo-4'ers in de avond", wijziging: rooster(dag(), avond([m4(), m4(), beveiliger, mens('mbo3')]), nacht([m4(), slapend('mbo4')])) },
      { naam: 'avond tot 22:00 en nacht vanaf 22:00', wijziging: rooster(dag(), avond(undefined, '15:00', '22:00'), nacht([m4(), slapend('mbo4')], '22:00')) },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } } },
      { naam: 'net onder de ureninzet: signaal', wijziging: { begeleiding: { individueelUrenPerWeek: uren - groep - 0.25 } }, signalen: [id('ureninzet')] },
    ],
    voldoetNiet: [
      {
        naam: 'wakende wacht mbo-3 zonder aanvullende scholing',
        wijziging: metNacht([mens('mbo3', { aanvullendGeschoold: false }), slapend('mbo4')]),
        faalt: [twee, wakend],
      },
      { naam: 'wakende mbo-3 van wie de scholing niet is opgegeven (ontbreekt)', wijziging: metNacht([mens('mbo3'), slapend('mbo4')]), faalt: [twee, wakend] },
      { naam: "wakende wacht volgens de voetnoot, maar geen mbo-4'er ernaast", wijziging: metNacht([voetnootWacht(), slapend('mbo3')]), faalt: [twee] },
      { naam: "twee wakende wachten volgens de voetnoot, geen mbo-4'er", wijziging: metNacht([voetnootWacht(), voetnootWacht()]), faalt: [twee] },
      { naam: 'de voetnoot geldt niet voor een slapende aanvullend geschoolde mbo-3', wijziging: metNacht([m4(), slapend('mbo3', { aanvullendGeschoold: true })]), faalt: [twee] },
      { naam: 'een beveiliger is geen wakende begeleider', wijziging: metNacht([slapend('mbo4'), slapend('mbo4'), beveiliger]), faalt: [wakend] },
      { naam: "'s nachts beide slapend", wijziging: metNacht([slapend('mbo4'), slapend('mbo4')]), faalt: [wakend] },
      { naam: "'s nachts maar één wakende mbo-4'er", wijziging: metNacht([m4()]), faalt: [twee] },
      { naam: "'s nachts alleen beveiligers", wijziging: metNacht([beveiliger, beveiliger]), faalt: [aanw, twee, wakend] },
      { naam: "overdag één mbo-4'er", wijziging: rooster(dag([m4()]), avond(), nacht([m4(), slapend('mbo4')])), faalt: [twee] },
      {
        naam: "'s avonds een aanvullend geschoolde wakende mbo-3 (de voetnoot geldt alleen 's nachts)",
        wijziging: rooster(dag(), avond([m4(), voetnootWacht()]), nacht([m4(), slapend('mbo4')])),
        faalt: [twee],
      },
      { naam: 'avond eindigt om 21:59, nacht vanaf 22:00', wijziging: rooster(dag(), avond(undefined, '15:00', '21:59'), nacht([m4(), slapend('mbo4')], '22:00')), faalt: [aanw, twee] },
      { naam: 'nacht tot 06:59 en dag vanaf 07:00', wijziging: rooster(dag(), avond(), nacht([m4(), slapend('mbo4')], '23:00', '06:59')), faalt: [aanw, twee, wakend] },
      { naam: 'geen rooster (ontbreekt)', wijziging: { rooster: null }, faalt: [aanw, twee, wakend] },
      { naam: 'contactmomenten ontbreken', wijziging: { begeleiding: { contactmomentenPerWeek: null } }, faalt: [id('contactmoment')] },
      { naam: 'doelgroep vanaf 16 jaar', wijziging: { doelgroep: { minimumLeeftijd: 16 } }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'netwerkoverleg niet verklaard', wijziging: { verklaringen: { netwerkoverleg: false } }, faalt: [id('verklaring-netwerkoverleg')] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: verklaringIds(code, verslavingszorg) },
    ],
  };
}

/**
 * Kleinschalig en Zelfstandig Thuis: 7 dagen per week, 24 uur per dag telefonisch binnen 5 minuten en zo nodig
 * binnen `max` minuten fysiek bij de cliënt. Het tijdvak is de hele week, ook de nacht.
 */
function termijnen(code: string, max: number): Pick<ProductCases, 'voldoet' | 'voldoetNiet'> {
  const tel = `mb-${code}-bereikbaarheid`;
  const fys = `mb-${code}-beschikbaarheid`;
  return {
    voldoet: [
      { naam: `precies 5 en ${max} minuten, één tijdvak`, wijziging: { beschikbaarheid: heleWeek(5, max) } },
      { naam: 'dag en nacht apart, de nacht over middernacht', wijziging: tijdvakken(venster('08:00', '22:00', { telefonisch: 1, fysiek: 30 }), venster('22:00', '08:00', { telefonisch: 5, fysiek: max })) },
      { naam: 'nacht gesplitst op middernacht', wijziging: tijdvakken(venster('08:00', '22:00', { telefonisch: 1, fysiek: 30 }), venster('22:00', '24:00', { telefonisch: 5, fysiek: max }), venster('00:00', '08:00', { telefonisch: 5, fysiek: max })) },
      { naam: 'weekend apart opgegeven', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 2, fysiek: 60, dagen: WERKDAGEN }), venster('00:00', '24:00', { telefonisch: 5, fysiek: max, dagen: WEEKEND })) },
      { naam: 'een trage wijkwaarde telt niet: de tekst spreekt niet van de wijk', wijziging: { beschikbaarheidWijkMinuten: max + 60 } },
    ],
    voldoetNiet: [
      { naam: 'telefonisch 6 minuten', wijziging: { beschikbaarheid: heleWeek(6, max) }, faalt: [tel] },
      { naam: `fysiek ${max + 1} minuten`, wijziging: { beschikbaarheid: heleWeek(5, max + 1) }, faalt: [fys] },
      { naam: `overdag snel, 's nachts ${max + 60} minuten`, wijziging: tijdvakken(venster('08:00', '22:00', { telefonisch: 5, fysiek: 30 }), venster('22:00', '08:00', { telefonisch: 5, fysiek: max + 60 })), faalt: [fys] },
      {
        naam: 'de nacht van zondag op maandag trager',
        wijziging: tijdvakken(venster('08:00', '22:00', { telefonisch: 5, fysiek: 30 }), venster('22:00', '08:00', { telefonisch: 5, fysiek: max, dagen: MA_T_M_ZA }), venster('22:00', '08:00', { telefonisch: 5, fysiek: max + 1, dagen: ['zo'] })),
        faalt: [fys],
      },
      { naam: 'in het weekend telefonisch 10 minuten', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: max, dagen: WERKDAGEN }), venster('00:00', '24:00', { telefonisch: 10, fysiek: max, dagen: WEEKEND })), faalt: [tel] },
      { naam: 'gat van één minuut tussen de tijdvakken (ontbreekt)', wijziging: tijdvakken(venster('00:00', '12:00', { telefonisch: 5, fysiek: max }), venster('12:01', '24:00', { telefonisch: 5, fysiek: max })), faalt: [tel, fys] },
      { naam: 'alleen overdag opgegeven (ontbreekt)', wijziging: tijdvakken(venster('08:00', '22:00', { telefonisch: 5, fysiek: max })), faalt: [tel, fys] },
      { naam: 'nachttijdvak eindigt om 07:59 (ontbreekt)', wijziging: tijdvakken(venster('08:00', '22:00', { telefonisch: 5, fysiek: 30 }), venster('22:00', '07:59', { telefonisch: 5, fysiek: max })), faalt: [tel, fys] },
      { naam: 'weekend niet opgegeven (ontbreekt)', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: max, dagen: WERKDAGEN })), faalt: [tel, fys] },
      { naam: 'alleen op afroep, zonder fysieke termijn (ontbreekt)', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, opAfroep: true })), faalt: [fys] },
      { naam: 'geen tijdvakken (ontbreekt)', wijziging: tijdvakken(), faalt: [tel, fys] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: [tel, fys] },
      { naam: 'alleen een wijkwaarde, geen tijdvakken (ontbreekt)', wijziging: { beschikbaarheid: null, beschikbaarheidWijkMinuten: 30 }, faalt: [tel, fys] },
    ],
  };
}

/** Kleinschalig Thuis (15B09, 15A09): 5 minuten bereikbaar, 2 uur beschikbaar, uren individueel en groep samen. */
function kleinschaligThuis(code: '15B09' | '15A09', uren: number): ProductCases {
  const id = (eis: string) => `mb-${code}-${eis}`;
  const t = termijnen(code, 120);
  return {
    basis: {
      beschikbaarheid: heleWeek(5, 120),
      regie: { niveau: 'hbo' },
      begeleiding: { individueelUrenPerWeek: uren - 2, groepUrenPerWeek: 2, contactmomentenPerWeek: 7, fysiekContactPerWeek: 4 },
      doelgroep: { minimumLeeftijd: 18 },
      verklaringen: kleinschalig,
    },
    voldoet: [
      ...t.voldoet,
      { naam: '10 contactmomenten, 6 face-to-face', wijziging: { begeleiding: { contactmomentenPerWeek: 10, fysiekContactPerWeek: 6 } } },
      { naam: '3 van de 7 contacten face-to-face: signaal ("we gaan ervan uit")', wijziging: { begeleiding: { fysiekContactPerWeek: 3 } }, signalen: [id('fysiek-contact')] },
      { naam: '5 van de 10 contacten face-to-face (geen merendeel): signaal', wijziging: { begeleiding: { contactmomentenPerWeek: 10, fysiekContactPerWeek: 5 } }, signalen: [id('fysiek-contact')] },
      { naam: 'face-to-face contact niet opgegeven: geen signaal op een onzeker feit', wijziging: { begeleiding: { fysiekContactPerWeek: null } } },
      { naam: 'alle uren individueel', wijziging: { begeleiding: { individueelUrenPerWeek: uren, groepUrenPerWeek: 0 } } },
      { naam: `groepsuren ontbreken, maar ${uren} individuele uren halen het al`, wijziging: { begeleiding: { individueelUrenPerWeek: uren, groepUrenPerWeek: null } } },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } } },
    ],
    voldoetNiet: [
      ...t.voldoetNiet,
      { naam: '6 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 6, fysiekContactPerWeek: 4 } }, faalt: [id('contactmoment')] },
      { naam: 'een kwartier te weinig begeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 1.75 } }, faalt: [id('ureninzet')] },
      { naam: 'groepsuren ontbreken en de individuele uren halen het niet (ontbreekt)', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [id('ureninzet')] },
      { naam: 'geen regievoerder opgegeven', wijziging: { regie: null }, faalt: [id('regie')] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'vaste momenten niet verklaard', wijziging: { verklaringen: { 'vaste-momenten': false } }, faalt: [id('verklaring-vaste-momenten')] },
    ],
  };
}

/** Zelfstandig Thuis (15B08, 15A08): 5 minuten bereikbaar, 4 uur beschikbaar (ook 's nachts), individuele uren. */
function zelfstandigThuis(code: '15B08' | '15A08', uren: number): ProductCases {
  const id = (eis: string) => `mb-${code}-${eis}`;
  const verklaringen = code === '15B08' ? { ...zelfstandig, 'doorstroom-naar-basis': true } : zelfstandig;
  const t = termijnen(code, 240);
  return {
    basis: {
      beschikbaarheid: heleWeek(5, 240),
      regie: { niveau: 'hbo' },
      begeleiding: { individueelUrenPerWeek: uren, contactmomentenPerWeek: 7, fysiekContactPerWeek: 4 },
      doelgroep: { minimumLeeftijd: 18 },
      verklaringen,
    },
    voldoet: [
      ...t.voldoet,
      { naam: 'Housing First voor cliënten vanaf 24 jaar', wijziging: { doelgroep: { housingFirst: true, minimumLeeftijd: 24 } } },
      { naam: 'geen Housing First, vanaf 18 jaar', wijziging: { doelgroep: { housingFirst: false, minimumLeeftijd: 18 } } },
      { naam: 'groepsuren naast de individuele uren', wijziging: { begeleiding: { groepUrenPerWeek: 2 } } },
      { naam: '3 van de 7 contacten face-to-face: signaal', wijziging: { begeleiding: { fysiekContactPerWeek: 3 } }, signalen: [id('fysiek-contact')] },
    ],
    voldoetNiet: [
      ...t.voldoetNiet,
      { naam: 'Housing First vanaf 23 jaar', wijziging: { doelgroep: { housingFirst: true, minimumLeeftijd: 23 } }, faalt: [id('housing-first-leeftijd')] },
      { naam: 'Housing First zonder minimumleeftijd', wijziging: { doelgroep: { housingFirst: true, minimumLeeftijd: null } }, faalt: [id('housing-first-leeftijd'), id('doelgroep-volwassenen')] },
      { naam: 'doelgroep vanaf 17 jaar', wijziging: { doelgroep: { minimumLeeftijd: 17 } }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'groepsuren tellen niet mee', wijziging: { begeleiding: { individueelUrenPerWeek: uren - 1, groepUrenPerWeek: 2 } }, faalt: [id('ureninzet')] },
      { naam: 'individuele uren ontbreken', wijziging: { begeleiding: { individueelUrenPerWeek: null } }, faalt: [id('ureninzet')] },
      { naam: 'regievoerder zonder hbo-niveau', wijziging: { regie: { niveau: 'geen' } }, faalt: [id('regie')] },
      { naam: 'afspraken bij de start niet verklaard', wijziging: { verklaringen: { 'afspraken-start-zorg': false } }, faalt: [id('verklaring-afspraken-start-zorg')] },
    ],
  };
}

/** Module Dagbesteding (15D02-15D04): dagdelen per module, hbo per cliënt, groep van 7, vervoer. */
function module(code: '15D02' | '15D03' | '15D04', van: number, tot: number): ProductCases {
  const id = (eis: string) => `mb-${code}-${eis}`;
  return {
    basis: {
      regie: { niveau: 'hbo', perClient: true },
      dagbesteding: { dagdelenPerWeek: tot, gemiddeldeGroepsgrootte: 7, minimumNiveau: 'mbo4', vervoerInbegrepen: true },
      doelgroep: { minimumLeeftijd: 18 },
      verklaringen: dagbesteding,
    },
    voldoet: [
      { naam: `precies ${van} dagdelen`, wijziging: { dagbesteding: { dagdelenPerWeek: van } } },
      { naam: 'medewerker per cliënt mbo met EVC, begeleiders hbo', wijziging: { regie: { niveau: 'mbo-evc' }, dagbesteding: { minimumNiveau: 'hbo' } } },
      { naam: 'kleinere groepen', wijziging: { dagbesteding: { gemiddeldeGroepsgrootte: 5 } } },
    ],
    voldoetNiet: [
      { naam: `${tot + 1} dagdelen`, wijziging: { dagbesteding: { dagdelenPerWeek: tot + 1 } }, faalt: [id('dagdelen')] },
      { naam: `${van - 1} dagdelen`, wijziging: { dagbesteding: { dagdelenPerWeek: van - 1 } }, faalt: [id('dagdelen')] },
      { naam: 'gemiddelde groep van 7,5', wijziging: { dagbesteding: { gemiddeldeGroepsgrootte: 7.5 } }, faalt: [id('groepsgrootte')] },
      { naam: 'begeleiders mbo-3', wijziging: { dagbesteding: { minimumNiveau: 'mbo3' } }, faalt: [id('niveau-begeleiders')] },
      { naam: 'hbo per team in plaats van per cliënt', wijziging: { regie: { perClient: false } }, faalt: [id('regie-per-client')] },
      { naam: 'vervoer niet inbegrepen', wijziging: { dagbesteding: { vervoerInbegrepen: false } }, faalt: [id('vervoer')] },
      { naam: 'dagbesteding ontbreekt', wijziging: { dagbesteding: null }, faalt: [id('dagdelen'), id('groepsgrootte'), id('niveau-begeleiders'), id('vervoer')] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: [id('doelgroep-volwassenen')] },
      { naam: 'vrijwilligers niet verklaard', wijziging: { verklaringen: { 'vrijwilligers-getraind': false } }, faalt: [id('verklaring-vrijwilligers-getraind')] },
    ],
  };
}

const PRODUCTEN: Record<string, ProductCases> = {
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
};

describeCatalog(REGIO, PRODUCTEN, [
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
  { naam: 'alle elf producten samen', producten: Object.keys(PRODUCTEN), faalt: [] },
]);

// Niet alleen dát een eis faalt, maar hoe: ontbreekt (niet opgegeven of onzeker) of voldoet niet (zeker niet gehaald).
describe(`catalogus ${REGIO}: uitslag per eis`, () => {
  const catalog = regionCatalog(REGIO);
  const uitslag = (code: string, wijziging: Wijziging, eisId: string) => {
    const item = apply({ productcode: code, ...PRODUCTEN[code]!.basis } as AanbodItem, wijziging);
    const product = toets(bid(REGIO, [item]), catalog).producten[0]!;
    const eis = product.eisen.find((e) => e.id === eisId);
    if (!eis) throw new Error(`eis ${eisId} niet gevonden bij ${code}`);
    return eis.uitslag;
  };
  const cases: Array<[string, string, Wijziging, string, string]> = [
    ['geen rooster', '15B11', { rooster: null }, 'mb-15B11-twee-mbo4-24-7', 'ontbreekt'],
    ['geen rooster', '15B11', { rooster: null }, 'mb-15B11-wakende-wacht', 'ontbreekt'],
    ['rooster zonder diensten', '15B11', rooster(), 'mb-15B11-twee-mbo4-24-7', 'voldoet-niet'],
    ['alleen beveiligers', '15B11', rooster(ploeg('beveiliging', '00:00', '24:00', [beveiliger, beveiliger])), 'mb-15B11-twee-mbo4-24-7', 'voldoet-niet'],
    ['alleen beveiligers', '15B11', rooster(ploeg('beveiliging', '00:00', '24:00', [beveiliger, beveiliger])), 'mb-15B11-aanwezigheid', 'voldoet-niet'],
    ['niveau van een avondmedewerker onbekend', '15B11', rooster(dag(), avond([m4(), { functie: 'begeleider', wijze: 'wakend' }]), nacht([m4(), slapend('mbo4')])), 'mb-15B11-twee-mbo4-24-7', 'ontbreekt'],
    ['niveau onbekend naast twee mbo-4\'ers: de ondergrens is al gehaald', '15B11', rooster(dag(), avond([m4(), m4(), { functie: 'begeleider' }]), nacht([m4(), slapend('mbo4')])), 'mb-15B11-twee-mbo4-24-7', 'voldoet'],
    ['functie onbekend van een mbo-4\'er', '15B11', rooster(dag(), avond([m4(), { niveau: 'mbo4', wijze: 'wakend' }]), nacht([m4(), slapend('mbo4')])), 'mb-15B11-twee-mbo4-24-7', 'ontbreekt'],
    ['plaats van de avonddienst onbekend', '15B11', rooster(dag(), zonderPlaats(avond()), nacht([m4(), slapend('mbo4')])), 'mb-15B11-twee-mbo4-24-7', 'ontbreekt'],
    ['avond tot 22:59', '15B11', rooster(dag(), avond(undefined, '15:00', '22:59'), nacht([m4(), slapend('mbo4')])), 'mb-15B11-twee-mbo4-24-7', 'voldoet-niet'],
    ['geen rooster', '15A11', { rooster: null }, 'mb-15A11-nachtwacht', 'ontbreekt'],
    ['alleen een beveiliger in de nacht', '15A11', rooster(dag(), avond(), nacht([beveiliger])), 'mb-15A11-nachtwacht', 'voldoet'],
    ['alleen een beveiliger overdag', '15A11', rooster(dag([beveiliger]), avond(), nacht([beveiliger])), 'mb-15A11-twee-mbo4-overdag', 'voldoet-niet'],
    ['functie en wijze in de nacht onbekend', '15A11', rooster(dag(), avond(), nacht([{ niveau: 'overig' }])), 'mb-15A11-nachtwacht', 'ontbreekt'],
    ['voetnoot-wacht met onbekende scholing', '15A01', rooster(dag(), avond(), nacht([mens('mbo3'), slapend('mbo4')])), 'mb-15A01-wakende-begeleider', 'ontbreekt'],
    ['voetnoot-wacht met onbekende scholing', '15A01', rooster(dag(), avond(), nacht([mens('mbo3'), slapend('mbo4')])), 'mb-15A01-twee-mbo4-24-7', 'ontbreekt'],
    ['wakende mbo-3 zonder aanvullende scholing', '15A01', rooster(dag(), avond(), nacht([mens('mbo3', { aanvullendGeschoold: false }), slapend('mbo4')])), 'mb-15A01-wakende-begeleider', 'voldoet-niet'],
    ['voetnoot gebruikt', '15A02', rooster(dag(), avond(), nacht([voetnootWacht(), slapend('mbo4')])), 'mb-15A02-wakende-wacht-rioz', 'signaal'],
    ['twee wakende mbo-4\'ers: geen signaal', '15A02', rooster(dag(), avond(), nacht([m4(), m4()])), 'mb-15A02-wakende-wacht-rioz', 'voldoet'],
    ['geen rooster: signaal stil', '15A02', { rooster: null }, 'mb-15A02-wakende-wacht-rioz', 'voldoet'],
    ['geen beschikbaarheid', '15B09', { beschikbaarheid: null }, 'mb-15B09-beschikbaarheid', 'ontbreekt'],
    ['gat van één minuut', '15B09', tijdvakken(venster('00:00', '12:00', { telefonisch: 5, fysiek: 120 }), venster('12:01', '24:00', { telefonisch: 5, fysiek: 120 })), 'mb-15B09-beschikbaarheid', 'ontbreekt'],
    ['121 minuten met een gat: de opgegeven termijn haalt de norm al niet', '15B09', tijdvakken(venster('08:00', '22:00', { telefonisch: 5, fysiek: 121 })), 'mb-15B09-beschikbaarheid', 'voldoet-niet'],
    ['nacht 5 uur', '15A08', tijdvakken(venster('08:00', '22:00', { telefonisch: 5, fysiek: 60 }), venster('22:00', '08:00', { telefonisch: 5, fysiek: 300 })), 'mb-15A08-beschikbaarheid', 'voldoet-niet'],
    ['groepsuren ontbreken, som onzeker', '15A09', { begeleiding: { groepUrenPerWeek: null } }, 'mb-15A09-ureninzet', 'ontbreekt'],
    ['groepsuren ontbreken, som al gehaald', '15A09', { begeleiding: { individueelUrenPerWeek: 6, groepUrenPerWeek: null } }, 'mb-15A09-ureninzet', 'voldoet'],
    ['face-to-face onbekend', '15B08', { begeleiding: { fysiekContactPerWeek: null } }, 'mb-15B08-fysiek-contact', 'voldoet'],
    ['2 van 7 face-to-face', '15B08', { begeleiding: { fysiekContactPerWeek: 2 } }, 'mb-15B08-fysiek-contact', 'signaal'],
    ['minder uren bij intramuraal', '15A11', { begeleiding: { individueelUrenPerWeek: 4 } }, 'mb-15A11-ureninzet', 'signaal'],
    ['doelgroep ontbreekt', '15D02', { doelgroep: null }, 'mb-15D02-doelgroep-volwassenen', 'ontbreekt'],
  ];
  for (const [naam, code, wijziging, eisId, verwacht] of cases) {
    it(`${code} ${naam}: ${eisId} ${verwacht}`, () => {
      expect(uitslag(code, wijziging, eisId)).toBe(verwacht);
    });
  }

  it('een zelfevaluatie in versie 1 (omgezet) zonder niveau bij de aanwezigheid laat de twee mbo-4\'ers niet stil voldoen', () => {
    // Versie 1 noemde bij de aanwezigheid geen niveau: omgezet is dat een begeleider van onbekend niveau.
    const item = apply({ productcode: '15B11', ...PRODUCTEN['15B11']!.basis } as AanbodItem, rooster(ploeg('aanwezigheid', '00:00', '24:00', [{ functie: 'begeleider', wijze: 'wakend' }])));
    const product = toets(bid(REGIO, [item]), catalog).producten[0]!;
    expect(product.eisen.find((e) => e.id === 'mb-15B11-aanwezigheid')?.uitslag).toBe('voldoet');
    expect(product.eisen.find((e) => e.id === 'mb-15B11-twee-mbo4-24-7')?.uitslag).toBe('voldoet-niet');
    expect(product.eisen.find((e) => e.id === 'mb-15B11-wakende-wacht')?.uitslag).toBe('ontbreekt');
  });
});

// De voorbeeldbestanden: versie 2, geldig volgens het contract, en precies de reden die hun naam noemt.
describeSamples(REGIO, {
  '15A01-voldoet-niet-alleen-beveiliger-wakker.json': ['mb-15A01-wakende-begeleider'],
  '15A01-voldoet-niet-voetnoot-zonder-mbo4-ernaast.json': ['mb-15A01-twee-mbo4-24-7'],
  '15A02-voldoet-niet-zonder-intensief-pakket.json': ['mb-verslavingszorg-beide-pakketten'],
  '15A08-voldoet-niet-beschikbaar-na-vier-uur-in-de-nacht.json': ['mb-15A08-beschikbaarheid'],
  '15A09-voldoet-niet-zonder-intensieve-variant.json': ['mb-kleinschalig-thuis-beide-varianten'],
  '15A11-voldoet-niet-avond-een-mbo4.json': ['mb-15A11-twee-mbo4-overdag'],
  '15A11-voldoet-niet-geen-nachtwacht-zondag.json': ['mb-15A11-aanwezigheid', 'mb-15A11-nachtwacht'],
  '15B08-voldoet-niet-housing-first-onder-24-jaar.json': ['mb-15B08-housing-first-leeftijd'],
  '15B09-voldoet-niet-beschikbaar-na-drie-uur.json': ['mb-15B09-beschikbaarheid'],
  '15B11-voldoet-niet-geen-wakende-wacht.json': ['mb-15B11-wakende-wacht'],
  '15B11-voldoet-niet-gat-tussen-nacht-en-vroege-dienst.json': ['mb-15B11-aanwezigheid', 'mb-15B11-twee-mbo4-24-7'],
  '15D02-voldoet-niet-groep-te-groot.json': ['mb-15D02-groepsgrootte'],
  '15D03-voldoet-niet-geen-vervoer.json': ['mb-15D03-vervoer'],
  '15D04-voldoet-niet-tien-dagdelen.json': ['mb-15D04-dagdelen'],
});
