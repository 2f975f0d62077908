import { describe, expect, it } from 'vitest';
import { toets } from '../../server/engine/evaluate.js';
import type { AanbodItem } from '../../server/types/contract.js';
import {
  ALLE_DAGEN,
  WEEKEND,
  WERKDAGEN,
  apply,
  bid,
  describeCatalog,
  dienst as dienstV2,
  heleWeek,
  mens as mensV2,
  regionCatalog,
  venster as vensterV2,
  type ProductCases,
  type Wijziging,
  describeSamples,
} from '../helpers/catalog-cases.js';

const REGIO = 'gelderland-zuid';

// De bouwstenen van de helpers, als losse objecten: een case mag ook een onvolledige medewerker of dienst opgeven.
type Obj = Record<string, unknown>;
const mens = (niveau: string, extra: Obj = {}): Obj => ({ ...mensV2(niveau, extra) });
const dienst = (...args: Parameters<typeof dienstV2>): Obj => ({ ...dienstV2(...args) });
const venster = (...args: Parameters<typeof vensterV2>): Obj => ({ ...vensterV2(...args) });
const basis = (item: Obj) => item as ProductCases['basis'];

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

// Medewerkers die geen professional zijn.
const beveiliger = { functie: 'beveiliger', niveau: 'overig', wijze: 'wakend' };
const huishoudelijk = { functie: 'overig', niveau: 'overig', wijze: 'wakend' };
const MA_T_M_ZA = ['ma', 'di', 'wo', 'do', 'vr', 'za'];

const tijdvakken = (...vensters: Obj[]): Wijziging => ({ beschikbaarheid: { vensters } });

/**
 * De termijnen die de hele week gelden (telefonisch 5 minuten, fysiek `max` minuten): Beschermd Thuis en Wachtzorg
 * (90 minuten bij de inwoner thuis), Beschermd Wonen licht en Trainingshuis (45 minuten op de locatie, "bij afwezigheid").
 */
function termijnenHeleWeek(code: string, max: number): Pick<ProductCases, 'voldoet' | 'voldoetNiet'> {
  const tel = `gz-${code}-bereikbaarheid`;
  const fys = `gz-${code}-beschikbaarheid`;
  return {
    voldoet: [
      { naam: 'twee tijdvakken over middernacht, precies op de normen', wijziging: tijdvakken(venster('07:00', '23:00', { telefonisch: 2, fysiek: 20 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: max })) },
      { naam: 'nacht gesplitst op middernacht', wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 10 }), venster('22:00', '24:00', { telefonisch: 5, fysiek: max }), venster('00:00', '07:00', { telefonisch: 5, fysiek: max })) },
      { naam: 'weekend apart opgegeven', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: 30, dagen: WERKDAGEN }), venster('00:00', '24:00', { telefonisch: 1, fysiek: max, dagen: WEEKEND })) },
      { naam: 'een tijdvak op afroep met een termijn', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: max, opAfroep: true })) },
      { naam: 'een rooster mag, maar is niet nodig', wijziging: { rooster: { diensten: [dienst('09:00', '17:00', [mens('mbo4')], { dagen: WERKDAGEN })] } } },
    ],
    voldoetNiet: [
      { naam: 'telefonisch 6 minuten', wijziging: { beschikbaarheid: heleWeek(6, max) }, faalt: [tel] },
      { naam: "'s nachts telefonisch 10 minuten (aparte nachtwaarde)", wijziging: tijdvakken(venster('07:00', '23:00', { telefonisch: 5, fysiek: max }), venster('23:00', '07:00', { telefonisch: 10, fysiek: max })), faalt: [tel] },
      { naam: `fysiek ${max + 1} minuten`, wijziging: { beschikbaarheid: heleWeek(5, max + 1) }, faalt: [fys] },
      { naam: `overdag snel, 's nachts ${max + 30} minuten`, wijziging: tijdvakken(venster('07:00', '23:00', { telefonisch: 5, fysiek: 10 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: max + 30 })), faalt: [fys] },
      { naam: `in het weekend ${max + 30} minuten`, wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: 30, dagen: WERKDAGEN }), venster('00:00', '24:00', { telefonisch: 5, fysiek: max + 30, dagen: WEEKEND })), faalt: [fys] },
      {
        naam: `nacht van zondag op maandag ${max + 30} minuten`,
        wijziging: tijdvakken(
          venster('07:00', '23:00', { telefonisch: 5, fysiek: 10 }),
          venster('23:00', '07:00', { telefonisch: 5, fysiek: max, dagen: MA_T_M_ZA }),
          venster('23:00', '07:00', { telefonisch: 5, fysiek: max + 30, dagen: ['zo'] }),
        ),
        faalt: [fys],
      },
      { naam: 'gat van één minuut tussen de tijdvakken (ontbreekt)', wijziging: tijdvakken(venster('00:00', '12:00', { telefonisch: 5, fysiek: max }), venster('12:01', '24:00', { telefonisch: 5, fysiek: max })), faalt: [tel, fys] },
      { naam: 'alleen overdag opgegeven (ontbreekt)', wijziging: tijdvakken(venster('07:00', '23:00', { telefonisch: 5, fysiek: max })), faalt: [tel, fys] },
      { naam: 'weekend niet opgegeven (ontbreekt)', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: max, dagen: WERKDAGEN })), faalt: [tel, fys] },
      { naam: 'alleen op afroep, zonder fysieke termijn (ontbreekt)', wijziging: tijdvakken(venster('00:00', '24:00', { telefonisch: 5, opAfroep: true })), faalt: [fys] },
      { naam: 'geen tijdvakken (ontbreekt)', wijziging: tijdvakken(), faalt: [tel, fys] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: [tel, fys] },
      { naam: 'een rooster vervangt de opgave van de termijnen niet', wijziging: { beschikbaarheid: null, rooster: { diensten: [dienst('00:00', '24:00', [mens('mbo4')])] } }, faalt: [tel, fys] },
    ],
  };
}

/** Beschermd Thuis (en Wachtzorg, in de vorm van BT licht): 5 minuten, 90 minuten bij de inwoner thuis, ondergrens individuele uren. */
function beschermdThuis(code: string, [lo, hi]: [number, number], verklaringen: Record<string, boolean>, verklaard: string): ProductCases {
  const t = termijnenHeleWeek(code, 90);
  return {
    basis: basis({ beschikbaarheid: heleWeek(5, 90), begeleiding: { individueelUrenPerWeek: lo }, verklaringen }),
    voldoet: [
      ...t.voldoet,
      { naam: 'wijk apart opgegeven, precies 90 minuten', wijziging: { beschikbaarheidWijkMinuten: 90 } },
      { naam: `precies ${hi} uur: bovenkant van de bandbreedte, geen signaal`, wijziging: { begeleiding: { individueelUrenPerWeek: hi } } },
      { naam: 'groepsuren naast de ondergrens', wijziging: { begeleiding: { groepUrenPerWeek: 6 } } },
      { naam: 'boven de bandbreedte geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: hi + 0.5 } }, signalen: [`gz-${code}-individuele-begeleiding-boven-band`] },
    ],
    voldoetNiet: [
      ...t.voldoetNiet,
      { naam: 'in de wijk 100 minuten', wijziging: { beschikbaarheidWijkMinuten: 100 }, faalt: [`gz-${code}-beschikbaarheid`] },
      { naam: 'alleen een wijkwaarde, geen tijdvakken (ontbreekt)', wijziging: { beschikbaarheid: null, beschikbaarheidWijkMinuten: 30 }, faalt: [`gz-${code}-bereikbaarheid`, `gz-${code}-beschikbaarheid`] },
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
  const ind = `gz-${code}-individuele-begeleiding`;
  const groep = `gz-${code}-groepsbegeleiding`;
  return {
    voldoet: [
      { naam: `precies ${hi} uur: bovenkant van de bandbreedte, geen signaal`, wijziging: { begeleiding: { individueelUrenPerWeek: hi } } },
      { naam: `${hi} individuele uren zonder groepsuren: de opgegeven termen halen de som al`, wijziging: { begeleiding: { individueelUrenPerWeek: hi, groepUrenPerWeek: null } } },
      { naam: 'boven de bandbreedte geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: hi + 1 } }, signalen: [`gz-${code}-individuele-begeleiding-boven-band`] },
      { naam: 'minder groepsuren, precies gecompenseerd met individuele uren (1 op 6)', wijziging: { begeleiding: { individueelUrenPerWeek: lo + 1, groepUrenPerWeek: 1 } } },
    ],
    voldoetNiet: [
      { naam: `${lo - 0.5} uur individueel, ook niet te compenseren met groepsuren`, wijziging: { begeleiding: { individueelUrenPerWeek: lo - 0.5, groepUrenPerWeek: 10 } }, faalt: [ind] },
      { naam: '6 groepsuren: 1 groepsuur te weinig', wijziging: { begeleiding: { groepUrenPerWeek: 6 } }, faalt: [groep] },
      { naam: 'gecompenseerd, maar 1 groepsuur te weinig', wijziging: { begeleiding: { individueelUrenPerWeek: lo + 1, groepUrenPerWeek: 0 } }, faalt: [groep] },
      { naam: 'groepsuren ontbreken bij de ondergrens (ontbreekt)', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [groep] },
      { naam: 'alleen groepsuren: de som is gehaald, de individuele ondergrens ontbreekt', wijziging: { begeleiding: { individueelUrenPerWeek: null, groepUrenPerWeek: 6 * hi + 7 } }, faalt: [ind] },
      { naam: 'alleen een paar groepsuren (beide ontbreken)', wijziging: { begeleiding: { individueelUrenPerWeek: null, groepUrenPerWeek: 5 } }, faalt: [ind, groep] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [ind, groep] },
    ],
  };
}

/** Beschermd Wonen licht: geen vaste aanwezigheid, de hele week 5 en 45 minuten. */
function beschermdWonenLicht(): ProductCases {
  const code = '15N11';
  const t = termijnenHeleWeek(code, 45);
  const b = begeleiding(code, [4, 6]);
  return {
    basis: basis({ beschikbaarheid: heleWeek(5, 45), begeleiding: { individueelUrenPerWeek: 4, groepUrenPerWeek: 7 }, verklaringen: bw }),
    voldoet: [
      ...t.voldoet,
      { naam: 'aanwezig overdag (0 minuten), daarbuiten 45 minuten', wijziging: tijdvakken(venster('09:00', '17:00', { telefonisch: 0, fysiek: 0, dagen: WERKDAGEN }), venster('09:00', '17:00', { telefonisch: 5, fysiek: 45, dagen: WEEKEND }), venster('17:00', '09:00', { telefonisch: 5, fysiek: 45 })) },
      ...b.voldoet,
    ],
    voldoetNiet: [
      ...t.voldoetNiet,
      ...b.voldoetNiet,
      { naam: 'welzijnsactiviteiten niet verklaard', wijziging: { verklaringen: { welzijnsactiviteiten: false } }, faalt: [`gz-${code}-verklaring-welzijnsactiviteiten`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, bw) },
    ],
  };
}

/** Trainingshuis licht en middel: als Beschermd Wonen licht, plus een doelgroep onder de 27 jaar. */
function trainingshuis(code: string, band: [number, number]): ProductCases {
  const t = termijnenHeleWeek(code, 45);
  const b = begeleiding(code, band);
  return {
    basis: basis({
      beschikbaarheid: heleWeek(5, 45),
      begeleiding: { individueelUrenPerWeek: band[0], groepUrenPerWeek: 7 },
      doelgroep: { minimumLeeftijd: 18, maximumLeeftijd: 26 },
      verklaringen: th,
    }),
    voldoet: [
      ...t.voldoet,
      { naam: 'doelgroep 18 tot en met 23 jaar', wijziging: { doelgroep: { maximumLeeftijd: 23 } } },
      { naam: 'doelgroep zonder minimumleeftijd', wijziging: { doelgroep: { minimumLeeftijd: null } } },
      ...b.voldoet,
    ],
    voldoetNiet: [
      ...t.voldoetNiet,
      { naam: 'doelgroep tot en met 27 jaar', wijziging: { doelgroep: { maximumLeeftijd: 27 } }, faalt: [`gz-${code}-doelgroep-leeftijd`] },
      { naam: 'maximumleeftijd ontbreekt', wijziging: { doelgroep: { maximumLeeftijd: null } }, faalt: [`gz-${code}-doelgroep-leeftijd`] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: [`gz-${code}-doelgroep-leeftijd`] },
      ...b.voldoetNiet,
      { naam: 'vervolghuisvesting niet verklaard', wijziging: { verklaringen: { vervolghuisvesting: false } }, faalt: [`gz-${code}-verklaring-vervolghuisvesting`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, th) },
    ],
  };
}

// Het rooster van Beschermd Wonen middel en zwaar: een vroege en een late dienst dekken 07:00-22:00 precies.
const vroeg = (van = '07:00', tot = '15:00', medewerkers = [mens('hbo'), mens('mbo4')], dagen = ALLE_DAGEN) => dienst(van, tot, medewerkers, { naam: 'vroeg', dagen });
const laat = (van = '15:00', tot = '22:00', medewerkers = [mens('mbo4')], opts: { dagen?: string[]; plaats?: string } = {}) => dienst(van, tot, medewerkers, { naam: 'laat', ...opts });
const nachtwacht = (medewerkers = [mens('mbo4', { wijze: 'slapend' })], opts: { van?: string; tot?: string; dagen?: string[]; plaats?: string } = {}) =>
  dienst(opts.van ?? '22:00', opts.tot ?? '07:00', medewerkers, { naam: 'nacht', dagen: opts.dagen, plaats: opts.plaats });

/** Beschermd Wonen middel en zwaar: 07:00-22:00 een professional op de locatie, 22:00-07:00 fysiek binnen 45 of 15 minuten. */
function beschermdWonenNacht(code: string, band: [number, number], nacht: number, wacht: boolean): ProductCases {
  const b = begeleiding(code, band);
  const id = (eis: string) => `gz-${code}-${eis}`;
  // Met een wacht (15N13) hoort de nachtdienst bij elk rooster, tenzij de case over de nacht gaat.
  const rooster = (...diensten: Obj[]): Wijziging => ({ rooster: { diensten: wacht ? [...diensten, nachtwacht()] : diensten } });
  const aanw = [id('aanwezigheid')];
  const nachtEis = [id('beschikbaarheid-nacht')];
  return {
    basis: basis({
      ...rooster(vroeg(), laat()),
      beschikbaarheid: { vensters: [venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht })] },
      begeleiding: { individueelUrenPerWeek: band[0], groepUrenPerWeek: 7 },
      verklaringen: bw,
    }),
    voldoet: [
      { naam: 'een beveiliger en huishoudelijke hulp naast de ene professional', wijziging: rooster(vroeg(), laat('15:00', '22:00', [mens('mbo4'), beveiliger, huishoudelijk])) },
      { naam: 'mbo-3 telt als professional', wijziging: rooster(vroeg(), laat('15:00', '22:00', [mens('mbo3')])) },
      { naam: 'professional zonder opleiding Zorg en Welzijn', wijziging: rooster(vroeg(), laat('15:00', '22:00', [mens('mbo4', { opleidingZorgEnWelzijn: false })])) },
      { naam: 'diensten van 06:00 tot 23:00', wijziging: rooster(vroeg('06:00'), laat('15:00', '23:00')) },
      { naam: 'overlappende diensten', wijziging: rooster(vroeg('07:00', '16:00'), laat('14:00', '22:00')) },
      {
        naam: 'weekend met een eigen dienst',
        wijziging: rooster(vroeg('07:00', '15:00', [mens('hbo')], WERKDAGEN), laat('15:00', '22:00', [mens('mbo4')], { dagen: WERKDAGEN }), dienst('07:00', '22:00', [mens('mbo4')], { naam: 'weekend', dagen: WEEKEND })),
      },
      { naam: 'nacht gesplitst op middernacht', wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '24:00', { telefonisch: 5, fysiek: nacht }), venster('00:00', '07:00', { telefonisch: 5, fysiek: nacht })) },
      { naam: "'s nachts sneller dan de norm, één tijdvak voor de hele week", wijziging: { beschikbaarheid: heleWeek(1, nacht - 5) } },
      { naam: 'overdag geen fysieke termijn nodig (dan is er iemand aanwezig)', wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5 }), venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht })) },
      ...b.voldoet,
    ],
    voldoetNiet: [
      // Aanwezigheid van een professional tussen 07:00 en 22:00.
      { naam: 'late dienst eindigt om 21:59', wijziging: rooster(vroeg(), laat('15:00', '21:59')), faalt: aanw },
      { naam: 'vroege dienst begint om 07:01', wijziging: rooster(vroeg('07:01'), laat()), faalt: aanw },
      { naam: 'gat van één minuut tussen de diensten', wijziging: rooster(vroeg(), laat('15:01', '22:00')), faalt: aanw },
      { naam: 'alleen een beveiliger in de late dienst', wijziging: rooster(vroeg(), laat('15:00', '22:00', [beveiliger])), faalt: aanw },
      { naam: 'een beveiliger met mbo-4 is geen professional', wijziging: rooster(vroeg(), laat('15:00', '22:00', [{ functie: 'beveiliger', niveau: 'mbo4', wijze: 'wakend' }])), faalt: aanw },
      { naam: 'ongeschoolde begeleider (niveau overig)', wijziging: rooster(vroeg(), laat('15:00', '22:00', [mens('overig')])), faalt: aanw },
      { naam: 'niveau in de late dienst onbekend (ontbreekt)', wijziging: rooster(vroeg(), laat('15:00', '22:00', [{ functie: 'begeleider', wijze: 'wakend' }])), faalt: aanw },
      { naam: 'functie in de late dienst onbekend (ontbreekt)', wijziging: rooster(vroeg(), laat('15:00', '22:00', [{ niveau: 'mbo4', wijze: 'wakend' }])), faalt: aanw },
      { naam: 'late dienst in de nabijheid in plaats van op de locatie', wijziging: rooster(vroeg(), laat('15:00', '22:00', [mens('mbo4')], { plaats: 'nabijheid' })), faalt: aanw },
      { naam: 'in het weekend geen late dienst', wijziging: rooster(vroeg(), laat('15:00', '22:00', [mens('mbo4')], { dagen: WERKDAGEN })), faalt: aanw },
      { naam: 'late dienst zonder medewerkers', wijziging: rooster(vroeg(), laat('15:00', '22:00', [])), faalt: aanw },
      // Fysiek op de locatie tussen 22:00 en 07:00.
      { naam: `'s nachts ${nacht + 1} minuten`, wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht + 1 })), faalt: nachtEis },
      { naam: '22:00-23:00 hoort bij de nacht: tijdvak tot 23:00 met 60 minuten', wijziging: tijdvakken(venster('07:00', '23:00', { telefonisch: 5, fysiek: 60 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: nacht })), faalt: nachtEis },
      { naam: 'één tijdvak voor de hele week met 60 minuten', wijziging: { beschikbaarheid: heleWeek(5, 60) }, faalt: nachtEis },
      {
        naam: 'nacht van zondag op maandag trager',
        wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht, dagen: MA_T_M_ZA }), venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht + 30, dagen: ['zo'] })),
        faalt: nachtEis,
      },
      { naam: 'nachttijdvak eindigt om 06:59 (ontbreekt)', wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '06:59', { telefonisch: 5, fysiek: nacht })), faalt: [id('bereikbaarheid'), ...nachtEis] },
      { naam: 'geen fysieke termijn in de nacht (ontbreekt)', wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '07:00', { telefonisch: 5, opAfroep: true })), faalt: nachtEis },
      { naam: 'alleen de nacht opgegeven: de telefonische bereikbaarheid overdag ontbreekt', wijziging: tijdvakken(venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht })), faalt: [id('bereikbaarheid')] },
      { naam: 'een goede nachtwaarde zet de algemene niet uit: overdag telefonisch 10 minuten', wijziging: tijdvakken(venster('07:00', '22:00', { telefonisch: 10, fysiek: 0 }), venster('22:00', '07:00', { telefonisch: 5, fysiek: nacht })), faalt: [id('bereikbaarheid')] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: [id('bereikbaarheid'), ...nachtEis] },
      // Zonder rooster geen aanwezigheid (en bij 15N13 geen wacht).
      { naam: 'geen rooster (ontbreekt)', wijziging: { rooster: null }, faalt: wacht ? [...aanw, id('slapende-wacht')] : aanw },
      { naam: 'rooster zonder diensten', wijziging: { rooster: { diensten: [] } }, faalt: wacht ? [...aanw, id('slapende-wacht')] : aanw },
      ...b.voldoetNiet,
      { naam: 'schoonhouden niet verklaard', wijziging: { verklaringen: { 'schoonhouden-woning': false } }, faalt: [`gz-${code}-verklaring-schoonhouden-woning`] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids(code, bw) },
    ],
  };
}

/** Beschermd Wonen zwaar: daarnaast 's nachts een slapende (of wakende) wacht van het team op de locatie. */
function beschermdWonenZwaar(): ProductCases {
  const base = beschermdWonenNacht('15N13', [10, 14], 15, true);
  const wacht = ['gz-15N13-slapende-wacht'];
  const metNacht = (n: Obj[]): Wijziging => ({ rooster: { diensten: [vroeg(), laat(), ...n] } });
  return {
    ...base,
    voldoet: [
      ...base.voldoet,
      { naam: 'een wakende wacht in plaats van een slapende', wijziging: metNacht([nachtwacht([mens('mbo3')])]) },
      { naam: 'wacht zonder opgegeven wijze telt (slapend of wakend)', wijziging: metNacht([nachtwacht([{ functie: 'begeleider', niveau: 'mbo4' }])]) },
      { naam: 'wacht zonder opgegeven niveau telt (de tekst stelt geen niveau)', wijziging: metNacht([nachtwacht([{ functie: 'begeleider', wijze: 'slapend' }])]) },
      { naam: 'een beveiliger naast de slapende wacht', wijziging: metNacht([nachtwacht([mens('mbo4', { wijze: 'slapend' }), beveiliger])]) },
      { naam: 'nachtdienst gesplitst op middernacht', wijziging: metNacht([nachtwacht(undefined, { tot: '24:00' }), nachtwacht(undefined, { van: '00:00' })]) },
      { naam: 'één wakende dienst van 15:00 tot 07:00 dekt avond en nacht', wijziging: { rooster: { diensten: [vroeg(), dienst('15:00', '07:00', [mens('mbo4')], { naam: 'laat en nacht' })] } } },
    ],
    voldoetNiet: [
      ...base.voldoetNiet,
      { naam: "'s nachts alleen een beveiliger", wijziging: metNacht([nachtwacht([beveiliger])]), faalt: wacht },
      { naam: 'nachtdienst begint om 23:00', wijziging: metNacht([nachtwacht(undefined, { van: '23:00' })]), faalt: wacht },
      { naam: 'nachtdienst eindigt om 06:59', wijziging: metNacht([nachtwacht(undefined, { tot: '06:59' })]), faalt: wacht },
      { naam: 'wacht in de nabijheid in plaats van op de locatie', wijziging: metNacht([nachtwacht(undefined, { plaats: 'nabijheid' })]), faalt: wacht },
      { naam: 'functie van de wacht onbekend (ontbreekt)', wijziging: metNacht([nachtwacht([{ niveau: 'mbo4', wijze: 'slapend' }])]), faalt: wacht },
      { naam: 'geen wacht in het weekend', wijziging: metNacht([nachtwacht(undefined, { dagen: WERKDAGEN })]), faalt: wacht },
      { naam: 'geen wacht in de nacht van zondag op maandag', wijziging: metNacht([nachtwacht(undefined, { dagen: MA_T_M_ZA })]), faalt: wacht },
      { naam: 'geen nachtdienst', wijziging: metNacht([]), faalt: wacht },
    ],
  };
}

/** Toeslag wakende wacht: 's nachts (22:00-07:00) steeds een wakende begeleider op de locatie. */
function toeslagWakendeWacht(): ProductCases {
  const eis = ['gz-15N16-wakende-wacht'];
  const nacht = (medewerkers: Obj[], opts: { van?: string; tot?: string; dagen?: string[]; plaats?: string } = {}) => ({
    rooster: { diensten: [dienst(opts.van ?? '22:00', opts.tot ?? '07:00', medewerkers, { naam: 'wakende nacht', dagen: opts.dagen, plaats: opts.plaats })] },
  });
  return {
    basis: basis({ ...nacht([mens('mbo4')]), verklaringen: toeslag }),
    voldoet: [
      { naam: 'een wakende en een slapende wacht', wijziging: nacht([mens('mbo3', { wijze: 'slapend' }), mens('mbo4')]) },
      { naam: 'een beveiliger naast de wakende wacht', wijziging: nacht([mens('mbo4'), beveiliger]) },
      { naam: 'wakende wacht zonder opgegeven niveau (de tekst stelt geen niveau)', wijziging: nacht([{ functie: 'begeleider', wijze: 'wakend' }]) },
      {
        naam: 'nachtdienst in twee delen',
        wijziging: { rooster: { diensten: [dienst('22:00', '02:00', [mens('mbo4')]), dienst('02:00', '07:00', [mens('hbo')])] } },
      },
    ],
    voldoetNiet: [
      { naam: 'alleen een slapende wacht', wijziging: nacht([mens('mbo4', { wijze: 'slapend' })]), faalt: eis },
      { naam: 'een slapende begeleider en een wakende beveiliger', wijziging: nacht([mens('mbo4', { wijze: 'slapend' }), beveiliger]), faalt: eis },
      { naam: 'wakende wacht vanaf 23:00', wijziging: nacht([mens('mbo4')], { van: '23:00' }), faalt: eis },
      { naam: 'wakende wacht tot 06:59', wijziging: nacht([mens('mbo4')], { tot: '06:59' }), faalt: eis },
      { naam: 'wijze van de wacht onbekend (ontbreekt)', wijziging: nacht([{ functie: 'begeleider', niveau: 'mbo4' }]), faalt: eis },
      { naam: 'wacht in de nabijheid', wijziging: nacht([mens('mbo4')], { plaats: 'nabijheid' }), faalt: eis },
      { naam: 'geen wacht in de nacht van zondag op maandag', wijziging: nacht([mens('mbo4')], { dagen: MA_T_M_ZA }), faalt: eis },
      { naam: 'geen rooster (ontbreekt)', wijziging: { rooster: null }, faalt: eis },
      { naam: 'combinatie niet verklaard', wijziging: { verklaringen: null }, faalt: ['gz-15N16-verklaring-toeslag-alleen-bij-bw-middel-zwaar'] },
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

const PRODUCTEN: Record<string, ProductCases> = {
  '15N02': beschermdThuis('15N02', [2, 3], bt, 'integraal-herstelplan'),
  '15N03': beschermdThuis('15N03', [4, 6], bt, 'passende-overgangsfase'),
  '15N04': beschermdThuis('15N04', [6, 9], bt, 'ib-er-hersteldoelen'),
  '15N11': beschermdWonenLicht(),
  '15N12': beschermdWonenNacht('15N12', [7, 9], 45, false),
  '15N13': beschermdWonenZwaar(),
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
      { naam: 'akkoord bij langere afwezigheid niet verklaard', wijziging: { verklaringen: { 'afwezigheid-maximaal-60-dagen': false } }, faalt: ['gz-15N41-verklaring-afwezigheid-maximaal-60-dagen'] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids('15N41', afwezigheidsdag) },
    ],
  },
  '15N16': toeslagWakendeWacht(),
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
    basis: { doelgroep: { minimumLeeftijd: 18 }, verklaringen: vervoer },
    voldoet: [
      { naam: 'volwassenen van 18 tot en met 67 jaar', wijziging: { doelgroep: { maximumLeeftijd: 67 } } },
      { naam: 'volwassenen vanaf 21 jaar', wijziging: { doelgroep: { minimumLeeftijd: 21 } } },
    ],
    voldoetNiet: [
      { naam: 'ook jongeren vanaf 16 jaar', wijziging: { doelgroep: { minimumLeeftijd: 16 } }, faalt: ['gz-15N51-doelgroep-volwassenen'] },
      { naam: 'minimumleeftijd ontbreekt', wijziging: { doelgroep: { minimumLeeftijd: null, maximumLeeftijd: 65 } }, faalt: ['gz-15N51-doelgroep-volwassenen'] },
      { naam: 'doelgroep ontbreekt', wijziging: { doelgroep: null }, faalt: ['gz-15N51-doelgroep-volwassenen'] },
      { naam: 'chauffeur zonder EHBO-certificaat', wijziging: { verklaringen: { 'chauffeur-ehbo-certificaat': false } }, faalt: ['gz-15N51-verklaring-chauffeur-ehbo-certificaat'] },
      { naam: 'geen enkele verklaring', wijziging: { verklaringen: null }, faalt: ids('15N51', vervoer) },
    ],
  },
};

describeCatalog(REGIO, PRODUCTEN, [
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
]);

// Niet alleen dát een eis faalt, maar hoe: ontbreekt (niet opgegeven of onzeker) of voldoet niet (zeker niet gehaald).
describe(`catalogus ${REGIO}: uitslag per eis`, () => {
  const catalog = regionCatalog(REGIO);
  const uitslag = (code: string, wijziging: Wijziging, eisId: string) => {
    const item = apply({ productcode: code, ...PRODUCTEN[code]!.basis } as AanbodItem, wijziging);
    const product = toets(bid(REGIO, [item]), catalog).producten[0]!;
    return product.eisen.find((e) => e.id === eisId)?.uitslag;
  };
  const cases: Array<[string, string, Wijziging, string, string]> = [
    ['professional met onbekend niveau', '15N13', { rooster: { diensten: [vroeg(), laat('15:00', '22:00', [{ functie: 'begeleider', wijze: 'wakend' }]), nachtwacht()] } }, 'gz-15N13-aanwezigheid', 'ontbreekt'],
    ['alleen een beveiliger', '15N13', { rooster: { diensten: [vroeg(), laat('15:00', '22:00', [beveiliger]), nachtwacht()] } }, 'gz-15N13-aanwezigheid', 'voldoet-niet'],
    ['geen rooster', '15N12', { rooster: null }, 'gz-15N12-aanwezigheid', 'ontbreekt'],
    ['late dienst tot 21:59', '15N12', { rooster: { diensten: [vroeg(), laat('15:00', '21:59')] } }, 'gz-15N12-aanwezigheid', 'voldoet-niet'],
    ['22:00-23:00 met 60 minuten', '15N12', tijdvakken(venster('07:00', '23:00', { telefonisch: 5, fysiek: 60 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: 45 })), 'gz-15N12-beschikbaarheid-nacht', 'voldoet-niet'],
    ['nachttijdvak tot 06:59', '15N12', tijdvakken(venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:00', '06:59', { telefonisch: 5, fysiek: 45 })), 'gz-15N12-beschikbaarheid-nacht', 'ontbreekt'],
    ['functie van de wacht onbekend', '15N13', { rooster: { diensten: [vroeg(), laat(), nachtwacht([{ niveau: 'mbo4', wijze: 'slapend' }])] } }, 'gz-15N13-slapende-wacht', 'ontbreekt'],
    ['wijze van de wakende wacht onbekend', '15N16', { rooster: { diensten: [dienst('22:00', '07:00', [{ functie: 'begeleider', niveau: 'mbo4' }])] } }, 'gz-15N16-wakende-wacht', 'ontbreekt'],
    ['alleen een slapende wacht bij de toeslag', '15N16', { rooster: { diensten: [dienst('22:00', '07:00', [mens('mbo4', { wijze: 'slapend' })])] } }, 'gz-15N16-wakende-wacht', 'voldoet-niet'],
    ['6 individuele uren zonder groepsuren: som gehaald', '15N11', { begeleiding: { individueelUrenPerWeek: 6, groepUrenPerWeek: null } }, 'gz-15N11-groepsbegeleiding', 'voldoet'],
    ['4 individuele uren zonder groepsuren: som onzeker', '15N11', { begeleiding: { individueelUrenPerWeek: 4, groepUrenPerWeek: null } }, 'gz-15N11-groepsbegeleiding', 'ontbreekt'],
    ['10 individuele uren zonder groepsuren bij zwaar: som onzeker', '15N13', { begeleiding: { individueelUrenPerWeek: 10, groepUrenPerWeek: null } }, 'gz-15N13-groepsbegeleiding', 'ontbreekt'],
    ['14 individuele uren zonder groepsuren bij zwaar: som gehaald', '15N13', { begeleiding: { individueelUrenPerWeek: 14, groepUrenPerWeek: null } }, 'gz-15N13-groepsbegeleiding', 'voldoet'],
    ['gat van één minuut', '15N02', tijdvakken(venster('00:00', '12:00', { telefonisch: 5, fysiek: 90 }), venster('12:01', '24:00', { telefonisch: 5, fysiek: 90 })), 'gz-15N02-beschikbaarheid', 'ontbreekt'],
    ['91 minuten in het weekend', '15N02', tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: 90, dagen: WERKDAGEN }), venster('00:00', '24:00', { telefonisch: 5, fysiek: 91, dagen: WEEKEND })), 'gz-15N02-beschikbaarheid', 'voldoet-niet'],
    ['weekend niet opgegeven bij Beschermd Wonen licht', '15N11', tijdvakken(venster('00:00', '24:00', { telefonisch: 5, fysiek: 45, dagen: WERKDAGEN })), 'gz-15N11-beschikbaarheid', 'ontbreekt'],
    ['46 minuten met een gat: de opgegeven termijn haalt de norm al niet', '15N14', tijdvakken(venster('07:00', '23:00', { telefonisch: 5, fysiek: 46 })), 'gz-15N14-beschikbaarheid', 'voldoet-niet'],
    ['doelgroep vervoer ontbreekt', '15N51', { doelgroep: null }, 'gz-15N51-doelgroep-volwassenen', 'ontbreekt'],
  ];
  for (const [naam, code, wijziging, eisId, verwacht] of cases) {
    it(`${code} ${naam}: ${eisId} ${verwacht}`, () => {
      expect(uitslag(code, wijziging, eisId)).toBe(verwacht);
    });
  }

  it('een signaal zakt nooit op een onzeker feit: individuele uren onbekend', () => {
    expect(uitslag('15N13', { begeleiding: { individueelUrenPerWeek: null, groepUrenPerWeek: 7 } }, 'gz-15N13-individuele-begeleiding-boven-band')).not.toBe('voldoet-niet');
  });
});

// De voorbeeldbestanden: versie 2, geldig volgens het contract, en de uitslag die hun naam belooft.
describeSamples(REGIO, {
  '15N02-voldoet-niet-beschikbaar-binnen-120-minuten.json': ['gz-15N02-beschikbaarheid'],
  '15N03-voldoet-niet-3-uur-individuele-begeleiding.json': ['gz-15N03-individuele-begeleiding'],
  '15N04-voldoet-niet-bereikbaar-binnen-15-minuten.json': ['gz-15N04-bereikbaarheid'],
  '15N11-voldoet-niet-beschikbaar-binnen-60-minuten.json': ['gz-15N11-beschikbaarheid'],
  '15N12-voldoet-niet-aanwezig-tot-20-uur.json': ['gz-15N12-aanwezigheid'],
  '15N12-voldoet-niet-alleen-beveiliger-in-de-avond.json': ['gz-15N12-aanwezigheid'],
  '15N12-voldoet-niet-22-tot-23-uur-binnen-60-minuten.json': ['gz-15N12-beschikbaarheid-nacht'],
  '15N13-voldoet-niet-nacht-30-minuten.json': ['gz-15N13-beschikbaarheid-nacht'],
  '15N13-voldoet-niet-geen-slapende-wacht.json': ['gz-15N13-slapende-wacht'],
  '15N14-voldoet-niet-doelgroep-tot-30-jaar.json': ['gz-15N14-doelgroep-leeftijd'],
  '15N15-voldoet-niet-te-weinig-groepsbegeleiding.json': ['gz-15N15-groepsbegeleiding'],
  '15N16-voldoet-niet-alleen-slapende-wacht.json': ['gz-15N16-wakende-wacht'],
  '15N17-voldoet-niet-start-niet-binnen-een-maand.json': ['gz-15N17-verklaring-wachtzorg-start-binnen-maand'],
  '15N21-voldoet-niet-6-dagdelen-per-week.json': ['gz-15N21-dagdelen'],
  '15N31-voldoet-niet-alleen-naast-beschermd-wonen-middel.json': ['gz-meerzorg-combinatie'],
  '15N41-voldoet-niet-naast-trainingshuis-zonder-beschermd-wonen.json': ['gz-afwezigheidsdag-combinatie'],
  '15N51-voldoet-niet-zonder-dagbesteding.json': ['gz-vervoer-combinatie'],
});
