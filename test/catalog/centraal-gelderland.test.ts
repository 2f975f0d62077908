import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import {
  ALLE_DAGEN, WEEKEND, WERKDAGEN, describeCatalog, dienst, heleWeek, mens, regionCatalog, venster, type ProductCases, type RuleCase,
  describeSamples,
} from '../helpers/catalog-cases.js';
import type { Dienst } from '../../server/types/contract.js';

const REGIO = 'centraal-gelderland';
const id = (code: string, eis: string) => `cg-${code}-${eis}`;
const verklaring = (code: string, v: string) => `cg-${code}-verklaring-${v}`;
const alleVerklaard = (...ids: string[]) => Object.fromEntries(ids.map((v) => [v, true]));
const spvBewijs = { soort: 'spv-bewijs', bestandsnaam: 'overeenkomst-spv.pdf', sha256: 'a'.repeat(64), grootte: 48211 };
const beveiliger = { niveau: 'overig', functie: 'beveiliger', wijze: 'wakend' };
const MA_TM_ZA = ['ma', 'di', 'wo', 'do', 'vr', 'za'];
const MA_TM_DO = ['ma', 'di', 'wo', 'do'];

/** One dienst of the rooster; the people are whatever the case needs (also an incomplete person). */
type Persoon = Parameters<typeof dienst>[2][number];
const d = (van: string, tot: string, mensen: unknown[], opts: { dagen?: string[]; plaats?: string; naam?: string } = {}): Dienst => dienst(van, tot, mensen as Persoon[], opts);

/** 15B01/15B02: dag en avond 07:00-22:00 mbo-4 op de locatie, nacht 22:00-07:00 zorgteam in de wijk en binnen 10 minuten. */
function intramuraalBasis(code: string): ProductCases {
  const dag = (medewerkers: unknown[] = [mens('mbo4')]) => d('07:00', '15:00', medewerkers, { naam: 'vroeg' });
  const laat = (medewerkers: unknown[] = [mens('mbo4')], tot = '22:00') => d('15:00', tot, medewerkers, { naam: 'laat' });
  const nacht = (medewerkers: unknown[] = [mens('mbo3')], opts: { plaats?: string; dagen?: string[]; van?: string; tot?: string } = {}) =>
    d(opts.van ?? '22:00', opts.tot ?? '07:00', medewerkers, { naam: 'nacht', plaats: opts.plaats ?? 'wijk', dagen: opts.dagen });
  const rooster = (...diensten: Dienst[]) => ({ rooster: { diensten } });
  const vensters = (nachtFysiek: number | undefined, nachtVan = '22:00') => ({
    beschikbaarheid: { vensters: [venster('07:00', nachtVan, { telefonisch: 5, fysiek: 0 }), venster(nachtVan, '07:00', { telefonisch: 5, fysiek: nachtFysiek })] },
  });
  return {
    basis: {
      ...rooster(dag(), laat(), nacht()),
      ...vensters(10),
      team: { vast: true },
      regie: { niveau: 'hbo' },
      begeleiding: { contactmomentenPerWeek: 3 },
      verklaringen: alleVerklaard('gecontracteerd-2017', 'woondeel-inbegrepen', 'schoonhouden-en-maaltijden', 'welzijnsactiviteiten', 'terugkeer-zelfstandig-wonen', 'behoud-vaardigheden-participatie'),
    },
    voldoet: [
      { naam: 'precies 07:00-22:00 in één dienst', wijziging: rooster(d('07:00', '22:00', [mens('mbo4')]), nacht()) },
      { naam: 'hbo telt als minimaal mbo-4', wijziging: rooster(dag([mens('hbo')]), laat([mens('hbo')]), nacht()) },
      { naam: 'een mbo-3 en een beveiliger naast de mbo-4 laten de vloer niet zakken', wijziging: rooster(dag([mens('mbo4'), mens('mbo3'), beveiliger]), laat([mens('mbo3'), mens('mbo4'), beveiliger]), nacht([mens('mbo3'), beveiliger])) },
      { naam: "'s nachts een slapende medewerker op de locatie (0 minuten)", wijziging: { ...rooster(dag(), laat(), nacht([mens('mbo3', { wijze: 'slapend' })], { plaats: 'locatie' })), ...vensters(0) } },
      { naam: "'s nachts in de directe nabijheid", wijziging: rooster(dag(), laat(), nacht([mens('mbo4')], { plaats: 'nabijheid' })) },
      { naam: 'nacht over middernacht in twee diensten (22:00-24:00 en 00:00-07:00)', wijziging: rooster(dag(), laat(), nacht([mens('mbo3')], { tot: '24:00' }), nacht([mens('mbo3')], { van: '00:00' })) },
      { naam: 'avonddienst tot 23:00 en de nacht in de wijk vanaf 23:00', wijziging: rooster(dag(), laat([mens('mbo4')], '23:00'), nacht([mens('mbo3')], { van: '23:00' })) },
      { naam: 'één tijdvak voor de hele week: fysiek binnen 10 minuten', wijziging: { beschikbaarheid: heleWeek(5, 10) } },
    ],
    voldoetNiet: [
      { naam: 'avonddienst eindigt om 21:59', wijziging: rooster(dag(), laat([mens('mbo4')], '21:59'), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: 'een gat van één minuut tussen vroeg en laat (15:00-15:01)', wijziging: rooster(dag(), d('15:01', '22:00', [mens('mbo4')]), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: 'vroege dienst begint om 07:01', wijziging: rooster(d('07:01', '15:00', [mens('mbo4')]), laat(), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: 'dag en avond alleen op werkdagen', wijziging: rooster(d('07:00', '22:00', [mens('mbo4')], { dagen: WERKDAGEN }), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: 'overdag alleen mbo-3', wijziging: rooster(dag([mens('mbo3')]), laat(), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: "'s avonds alleen een beveiliger (ook met mbo-4)", wijziging: rooster(dag(), laat([{ ...beveiliger, niveau: 'mbo4' }]), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: "'s avonds een begeleider zonder niveau (ontbreekt)", wijziging: rooster(dag(), laat([{ functie: 'begeleider', wijze: 'wakend' }]), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: "'s avonds een mbo-4 zonder functie (ontbreekt)", wijziging: rooster(dag(), laat([{ niveau: 'mbo4', wijze: 'wakend' }]), nacht()), faalt: [id(code, 'mbo4-dag-en-avond')] },
      { naam: "'s nachts alleen een beveiliger in de wijk", wijziging: rooster(dag(), laat(), nacht([beveiliger])), faalt: [id(code, 'nacht-in-de-wijk')] },
      { naam: "'s nachts geen dienst, alleen een termijn van 10 minuten", wijziging: rooster(dag(), laat()), faalt: [id(code, 'nacht-in-de-wijk')] },
      { naam: 'nachtdienst eindigt om 06:59', wijziging: rooster(dag(), laat(), nacht([mens('mbo3')], { tot: '06:59' })), faalt: [id(code, 'nacht-in-de-wijk')] },
      { naam: 'nachtdienst niet in de nacht van zondag op maandag', wijziging: rooster(dag(), laat(), nacht([mens('mbo3')], { dagen: MA_TM_ZA })), faalt: [id(code, 'nacht-in-de-wijk')] },
      { naam: 'nachtdienst zonder plaats (ontbreekt)', wijziging: rooster(dag(), laat(), { ...nacht(), plaats: undefined }), faalt: [id(code, 'nacht-in-de-wijk')] },
      { naam: "'s nachts 11 minuten", wijziging: vensters(11), faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: "'s nachts geen fysieke termijn opgegeven (ontbreekt)", wijziging: vensters(undefined), faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'nachttijdvak begint om 22:01: 22:00-22:01 zonder opgave', wijziging: { beschikbaarheid: { vensters: [venster('07:00', '22:00', { telefonisch: 5, fysiek: 0 }), venster('22:01', '07:00', { telefonisch: 5, fysiek: 10 })] } }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: [id(code, 'beschikbaarheid-nacht')] },
      { naam: 'rooster ontbreekt', wijziging: { rooster: null }, faalt: [id(code, 'mbo4-dag-en-avond'), id(code, 'nacht-in-de-wijk')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo')] },
      { naam: 'geen vast team', wijziging: { team: { vast: false } }, faalt: [id(code, 'vast-team')] },
      { naam: '2 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 2 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'niet in 2017 gecontracteerd', wijziging: { verklaringen: { 'gecontracteerd-2017': false } }, faalt: [verklaring(code, 'gecontracteerd-2017')] },
    ],
  };
}

/** 15B03/15B04: 24/7 een mbo-4 met relevante opleiding van het zorgteam op de locatie. */
function intramuraalIntensief(code: string): ProductCases {
  const drie = (nacht: unknown[] = [mens('mbo4', { wijze: 'slapend' })], avondTot = '23:00', nachtPlaats = 'locatie') => ({
    rooster: { diensten: [d('07:00', '15:00', [mens('mbo4')]), d('15:00', avondTot, [mens('mbo4')]), d('23:00', '07:00', nacht, { plaats: nachtPlaats })] },
  });
  return {
    basis: {
      ...drie(),
      team: { vast: true, spv: true },
      regie: { niveau: 'hbo' },
      begeleiding: { contactmomentenPerWeek: 4 },
      bijlagen: [spvBewijs],
      verklaringen: alleVerklaard('gecontracteerd-2017', 'geen-uitsluitingscriteria', 'woondeel-inbegrepen', 'schoonhouden-en-maaltijden', 'welzijnsactiviteiten', 'adl-en-somatische-zorg', 'netwerk-betrekken'),
    },
    voldoet: [
      { naam: 'één dienst van 24 uur (07:00-07:00)', wijziging: { rooster: { diensten: [d('07:00', '07:00', [mens('mbo4')])] } } },
      { naam: "wakende hbo'er 's nachts", wijziging: drie([mens('hbo')]) },
      { naam: 'een mbo-3 en een beveiliger ernaast laten de vloer niet zakken', wijziging: drie([mens('mbo3'), beveiliger, mens('mbo4', { wijze: 'slapend' })]) },
      { naam: '3 contactmomenten voldoet met een signaal', wijziging: { begeleiding: { contactmomentenPerWeek: 3 } }, signalen: [id(code, 'contactmomenten-band')] },
    ],
    voldoetNiet: [
      { naam: "'s nachts alleen mbo-3", wijziging: drie([mens('mbo3')]), faalt: [id(code, 'mbo4-24-uur')] },
      { naam: "'s nachts alleen een beveiliger", wijziging: drie([beveiliger]), faalt: [id(code, 'mbo4-24-uur')] },
      { naam: "'s nachts een mbo-4 zonder opleiding Zorg en Welzijn", wijziging: drie([mens('mbo4', { opleidingZorgEnWelzijn: false })]), faalt: [id(code, 'mbo4-24-uur')] },
      { naam: "'s nachts een mbo-4 van wie de opleiding niet is opgegeven (ontbreekt)", wijziging: drie([{ niveau: 'mbo4', functie: 'begeleider', wijze: 'slapend' }]), faalt: [id(code, 'mbo4-24-uur')] },
      { naam: "'s nachts in de wijk in plaats van op de locatie", wijziging: drie(undefined, '23:00', 'wijk'), faalt: [id(code, 'mbo4-24-uur')] },
      { naam: 'avonddienst eindigt om 22:59', wijziging: drie(undefined, '22:59'), faalt: [id(code, 'mbo4-24-uur')] },
      { naam: 'alleen in het weekend bezet', wijziging: { rooster: { diensten: [d('00:00', '24:00', [mens('mbo4')], { dagen: WEEKEND })] } }, faalt: [id(code, 'mbo4-24-uur')] },
      { naam: 'rooster ontbreekt', wijziging: { rooster: null }, faalt: [id(code, 'mbo4-24-uur')] },
      { naam: 'geen SPV inzetbaar', wijziging: { team: { spv: false } }, faalt: [id(code, 'spv')] },
      { naam: 'bewijs SPV ontbreekt', wijziging: { bijlagen: null }, faalt: [id(code, 'spv-bewijs')] },
      { naam: 'team ontbreekt', wijziging: { team: null }, faalt: [id(code, 'vast-team'), id(code, 'spv')] },
      { naam: 'regievoerder niet opgegeven', wijziging: { regie: null }, faalt: [id(code, 'regie-hbo')] },
      { naam: '2 contactmomenten per week', wijziging: { begeleiding: { contactmomentenPerWeek: 2 } }, faalt: [id(code, 'contactmomenten')] },
      { naam: 'uitsluitingscriteria niet uitgesloten', wijziging: { verklaringen: { 'geen-uitsluitingscriteria': false } }, faalt: [verklaring(code, 'geen-uitsluitingscriteria')] },
    ],
  };
}

/** Bereikbaarheid en beschikbaarheid de hele week: the cases shared by groepswonen, zelfstandig wonen and Bed & Break. */
function heleWeekBeschikbaarheid(code: string) {
  const beide = [id(code, 'bereikbaarheid'), id(code, 'beschikbaarheid')];
  return {
    voldoet: [
      { naam: 'dag en nacht apart, precies op de grens (5 en 30 minuten)', wijziging: { beschikbaarheid: { vensters: [venster('07:00', '23:00', { telefonisch: 2, fysiek: 15 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: 30 })] } } },
      { naam: 'nacht over middernacht in twee tijdvakken', wijziging: { beschikbaarheid: { vensters: [venster('07:00', '23:00', { telefonisch: 5, fysiek: 30 }), venster('23:00', '24:00', { telefonisch: 5, fysiek: 30 }), venster('00:00', '07:00', { telefonisch: 5, fysiek: 30 })] } } },
    ],
    voldoetNiet: [
      { naam: 'telefonisch in 6 minuten', wijziging: { beschikbaarheid: heleWeek(6, 30) }, faalt: [id(code, 'bereikbaarheid')] },
      { naam: 'fysiek in 31 minuten', wijziging: { beschikbaarheid: heleWeek(5, 31) }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: "'s nachts fysiek in 31 minuten", wijziging: { beschikbaarheid: { vensters: [venster('07:00', '23:00', { telefonisch: 5, fysiek: 30 }), venster('23:00', '07:00', { telefonisch: 5, fysiek: 31 })] } }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: 'geen fysieke termijn opgegeven (ontbreekt)', wijziging: { beschikbaarheid: { vensters: [venster('00:00', '24:00', { telefonisch: 5, opAfroep: true })] } }, faalt: [id(code, 'beschikbaarheid')] },
      { naam: 'alleen op werkdagen opgegeven (weekend ontbreekt)', wijziging: { beschikbaarheid: { vensters: [venster('00:00', '24:00', { telefonisch: 5, fysiek: 30, dagen: WERKDAGEN })] } }, faalt: beide },
      { naam: 'een gat van één minuut (12:00-12:01)', wijziging: { beschikbaarheid: { vensters: [venster('00:00', '12:00', { telefonisch: 5, fysiek: 30 }), venster('12:01', '24:00', { telefonisch: 5, fysiek: 30 })] } }, faalt: beide },
      { naam: 'beschikbaarheid ontbreekt', wijziging: { beschikbaarheid: null }, faalt: beide },
    ],
  };
}

/** 15B05/15B06 */
function groepswonen(code: string): ProductCases {
  const week = heleWeekBeschikbaarheid(code);
  return {
    basis: {
      rooster: { diensten: [d('09:00', '12:00', [mens('mbo4')], { naam: 'ochtend', dagen: WERKDAGEN }), d('17:00', '19:00', [mens('mbo4')], { naam: 'avondmoment', dagen: WERKDAGEN })] },
      beschikbaarheid: heleWeek(5, 30),
      regie: { niveau: 'hbo' },
      begeleiding: { contactmomentenPerWeek: 7, individueelUrenPerWeek: 4, groepUrenPerWeek: 2 },
      verklaringen: alleVerklaard('doorstroom-maximaal-twee-jaar', 'scheiden-wonen-zorg', 'netwerk-betrekken', 'vaste-momenten-aanwezig', 'beroepsgeschoolde-medewerker-mbo4', 'signalerende-functie'),
    },
    voldoet: [
      ...week.voldoet,
      { naam: 'zonder rooster: de vaste momenten zijn verklaard', wijziging: { rooster: null } },
      { naam: 'in principe dagelijks: 5 contactmomenten geeft een signaal', wijziging: { begeleiding: { contactmomentenPerWeek: 5 } }, signalen: [id(code, 'contactmomenten')] },
      { naam: 'contactmomenten niet opgegeven: geen eis, geen signaal', wijziging: { begeleiding: { contactmomentenPerWeek: null } } },
    ],
    voldoetNiet: [
      ...week.voldoetNiet,
      { naam: 'geen groepsbegeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 0 } }, faalt: [id(code, 'individueel-en-groep')] },
      { naam: 'groepsuren niet opgegeven', wijziging: { begeleiding: { groepUrenPerWeek: null } }, faalt: [id(code, 'individueel-en-groep')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo')] },
      { naam: 'vaste momenten niet verklaard', wijziging: { verklaringen: { 'vaste-momenten-aanwezig': false } }, faalt: [verklaring(code, 'vaste-momenten-aanwezig')] },
      { naam: 'mbo-4 niet verklaard', wijziging: { verklaringen: { 'beroepsgeschoolde-medewerker-mbo4': false } }, faalt: [verklaring(code, 'beroepsgeschoolde-medewerker-mbo4')] },
    ],
  };
}

/** 15B09/15B10 and the lumpsum codes 15B19/15B20 */
function zelfstandigWonen(code: string): ProductCases {
  const week = heleWeekBeschikbaarheid(code);
  return {
    basis: {
      beschikbaarheid: { vensters: [venster('08:30', '17:00', { telefonisch: 2, fysiek: 20, dagen: WERKDAGEN }), venster('17:00', '08:30', { telefonisch: 5, fysiek: 30, dagen: ['ma', 'di', 'wo', 'do'] }), venster('17:00', '08:30', { telefonisch: 5, fysiek: 30, dagen: ['vr'] }), venster('08:30', '08:30', { telefonisch: 5, fysiek: 30, dagen: ['za'] }), venster('08:30', '08:30', { telefonisch: 5, fysiek: 30, dagen: ['zo'] })] },
      regie: { niveau: 'hbo', perClient: true },
      begeleiding: { contactmomentenPerWeek: 7 },
      verklaringen: alleVerklaard(
        'scheiden-wonen-zorg', 'netwerk-betrekken', 'signalerende-functie', 'beperkt-aantal-zorgverleners', 'bereikbaar-voor-netwerk',
        'beroepsgeschoolde-medewerker', 'afspraken-buiten-kantoortijden', 'afspraken-signaleringsfunctie', 'geen-minimum-uren',
      ),
    },
    voldoet: [
      ...week.voldoet,
      { naam: 'in principe dagelijks: 3 contactmomenten geeft een signaal', wijziging: { begeleiding: { contactmomentenPerWeek: 3 } }, signalen: [id(code, 'contactmomenten')] },
      { naam: 'begeleiding niet opgegeven: geen eis, geen signaal', wijziging: { begeleiding: null } },
    ],
    voldoetNiet: [
      ...week.voldoetNiet,
      { naam: 'weekend: zaterdag 08:30 tot zondag 08:29', wijziging: { beschikbaarheid: { vensters: [venster('08:30', '08:30', { telefonisch: 5, fysiek: 30, dagen: ['ma', 'di', 'wo', 'do', 'vr', 'zo'] }), venster('08:30', '08:29', { telefonisch: 5, fysiek: 30, dagen: ['za'] })] } }, faalt: [id(code, 'bereikbaarheid'), id(code, 'beschikbaarheid')] },
      { naam: 'alleen de losse wijkwaarde zonder tijdvakken (ontbreekt)', wijziging: { beschikbaarheid: null, beschikbaarheidWijkMinuten: 30 }, faalt: [id(code, 'bereikbaarheid'), id(code, 'beschikbaarheid')] },
      { naam: 'één regievoerder voor het team', wijziging: { regie: { perClient: false } }, faalt: [id(code, 'regie-hbo-per-client')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo-per-client')] },
      { naam: 'minimum aantal uren als voorwaarde', wijziging: { verklaringen: { 'geen-minimum-uren': false } }, faalt: [verklaring(code, 'geen-minimum-uren')] },
    ],
  };
}

/** 15B11/15B12 */
function bedAndBreak(code: string): ProductCases {
  const week = heleWeekBeschikbaarheid(code);
  return {
    basis: {
      setting: { maxAndereClienten: 3 },
      beschikbaarheid: heleWeek(5, 30),
      team: { ervaringsdeskundige: true },
      verklaringen: alleVerklaard('reguliere-overnachtingssetting', 'afspraken-setting', 'maximaal-14-dagen', 'geen-kosten-client', 'toegankelijk-zelfstandig-en-groepswonen'),
    },
    voldoet: [...week.voldoet, { naam: 'geen andere cliënten in het pension', wijziging: { setting: { maxAndereClienten: 0 } } }],
    voldoetNiet: [
      ...week.voldoetNiet,
      { naam: '4 andere cliënten', wijziging: { setting: { maxAndereClienten: 4 } }, faalt: [id(code, 'max-andere-clienten')] },
      { naam: 'setting niet opgegeven', wijziging: { setting: null }, faalt: [id(code, 'max-andere-clienten')] },
      { naam: 'geen ervaringsdeskundige', wijziging: { team: { ervaringsdeskundige: false } }, faalt: [id(code, 'ervaringsdeskundige')] },
      { naam: 'meer dan 14 dagen per jaar', wijziging: { verklaringen: { 'maximaal-14-dagen': false } }, faalt: [verklaring(code, 'maximaal-14-dagen')] },
    ],
  };
}

/** 15B13/15B14: 24 uur aanwezig, een begeleider in de verblijfssetting. */
function logeren(code: string): ProductCases {
  const begeleider = (extra: Record<string, unknown> = {}) => ({ functie: 'begeleider', wijze: 'wakend', ...extra });
  const diensten = (nacht: unknown[] = [begeleider({ niveau: 'mbo3', wijze: 'slapend' })], opts: { avondTot?: string; nachtPlaats?: string; dagen?: string[] } = {}) => ({
    rooster: {
      diensten: [
        d('07:00', '15:00', [begeleider({ niveau: 'mbo4' })], { naam: 'dag', dagen: opts.dagen }),
        d('15:00', opts.avondTot ?? '23:00', [begeleider({ niveau: 'mbo4' })], { naam: 'avond', dagen: opts.dagen }),
        d('23:00', '07:00', nacht, { naam: 'nacht', plaats: opts.nachtPlaats, dagen: opts.dagen }),
      ],
    },
  });
  const faalt = [id(code, 'aanwezigheid-24-uur')];
  return {
    basis: {
      ...diensten(),
      verklaringen: alleVerklaard('groepsgewijze-daginvulling', 'geen-kosten-client', 'maximaal-28-dagen', 'ondersteuning-en-toezicht', 'alleen-clienten-zelfstandig-wonen'),
    },
    voldoet: [
      { naam: 'een begeleider zonder opgegeven niveau telt (de tekst noemt geen niveau)', wijziging: diensten([begeleider()]) },
      { naam: "een beveiliger naast de begeleider 's nachts", wijziging: diensten([beveiliger, begeleider({ wijze: 'slapend' })]) },
      { naam: 'één dienst van 24 uur (00:00-24:00)', wijziging: { rooster: { diensten: [d('00:00', '24:00', [begeleider()])] } } },
      { naam: 'nacht over middernacht in twee diensten', wijziging: { rooster: { diensten: [d('07:00', '23:00', [begeleider()]), d('23:00', '24:00', [begeleider()]), d('00:00', '07:00', [begeleider()])] } } },
    ],
    voldoetNiet: [
      { naam: "'s nachts alleen een beveiliger", wijziging: diensten([beveiliger]), faalt },
      { naam: 'avonddienst eindigt om 22:59', wijziging: diensten(undefined, { avondTot: '22:59' }), faalt },
      { naam: "'s nachts in de nabijheid in plaats van in de verblijfssetting", wijziging: diensten(undefined, { nachtPlaats: 'nabijheid' }), faalt },
      { naam: 'alleen op werkdagen bezet', wijziging: diensten(undefined, { dagen: WERKDAGEN }), faalt },
      { naam: "'s nachts iemand zonder functie (ontbreekt)", wijziging: diensten([{ niveau: 'mbo4', wijze: 'slapend' }]), faalt },
      { naam: 'rooster ontbreekt', wijziging: { rooster: null }, faalt },
      { naam: 'kosten bij de cliënt', wijziging: { verklaringen: { 'geen-kosten-client': false } }, faalt: [verklaring(code, 'geen-kosten-client')] },
    ],
  };
}

/** 15B15/15B16 */
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

/** 15B33-15B36: op werkdagen 09:00-17:00 een professional (mbo-4/hbo, Zorg en Welzijn) bij de woningen. */
function geclusterd(code: string, hoog: boolean): ProductCases {
  const uren = hoog ? 10 : 7.5;
  const week = heleWeekBeschikbaarheid(code);
  const dag = (medewerkers: unknown[] = [mens('mbo4')], opts: { van?: string; tot?: string; dagen?: string[]; plaats?: string } = {}) => ({
    rooster: { diensten: [d(opts.van ?? '08:30', opts.tot ?? '17:30', medewerkers, { naam: 'dag', dagen: opts.dagen ?? WERKDAGEN, plaats: opts.plaats })] },
  });
  const mbo4Dag = [id(code, 'mbo4-dag')];
  return {
    basis: {
      ...dag(),
      beschikbaarheid: heleWeek(5, 30),
      team: { vast: true, opleidingZorgEnWelzijn: true },
      regie: { niveau: 'hbo' },
      begeleiding: { individueelUrenPerWeek: uren, contactmomentenPerWeek: 7 },
      verklaringen: alleVerklaard(
        'geclusterde-zelfstandige-woningen', 'doorstroom-maximaal-twee-jaar', 'scheiden-wonen-zorg', 'netwerk-betrekken', 'ondersteuningsplan',
        'opleiding-sluit-aan', 'signalerende-functie',
      ),
    },
    voldoet: [
      ...week.voldoet,
      { naam: 'precies 09:00-17:00 op werkdagen', wijziging: dag(undefined, { van: '09:00', tot: '17:00' }) },
      { naam: 'in de directe nabijheid van de woningen', wijziging: dag(undefined, { plaats: 'nabijheid' }) },
      { naam: 'een hbo-professional, met een mbo-3 en een beveiliger ernaast', wijziging: dag([mens('mbo3'), beveiliger, mens('hbo')]) },
      { naam: 'ook in het weekend aanwezig', wijziging: dag(undefined, { dagen: ALLE_DAGEN }) },
      { naam: 'in principe dagelijks: 3 contactmomenten geeft een signaal', wijziging: { begeleiding: { contactmomentenPerWeek: 3 } }, signalen: [id(code, 'contactmomenten')] },
      hoog
        ? { naam: 'meer dan 10 uur geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: 10.5 } }, signalen: [id(code, 'uren-boven-band')] }
        : { naam: '10 uur (hoog niveau) geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: 10 } }, signalen: [id(code, 'uren-boven-band')] },
      ...(hoog ? [] : [{ naam: '9,5 uur valt binnen midden', wijziging: { begeleiding: { individueelUrenPerWeek: 9.5 } } }]),
    ],
    voldoetNiet: [
      ...week.voldoetNiet,
      { naam: 'dagdienst eindigt om 16:59', wijziging: dag(undefined, { van: '09:00', tot: '16:59' }), faalt: mbo4Dag },
      { naam: 'dagdienst begint om 09:01', wijziging: dag(undefined, { van: '09:01', tot: '17:00' }), faalt: mbo4Dag },
      { naam: 'op vrijdag niemand', wijziging: dag(undefined, { dagen: MA_TM_DO }), faalt: mbo4Dag },
      { naam: 'alleen in het weekend aanwezig', wijziging: dag(undefined, { dagen: WEEKEND }), faalt: mbo4Dag },
      { naam: 'in de wijk in plaats van bij de woningen', wijziging: dag(undefined, { plaats: 'wijk' }), faalt: mbo4Dag },
      { naam: 'overdag alleen mbo-3', wijziging: dag([mens('mbo3')]), faalt: mbo4Dag },
      { naam: 'overdag alleen een beveiliger', wijziging: dag([beveiliger]), faalt: mbo4Dag },
      { naam: 'mbo-4 zonder opleiding Zorg en Welzijn', wijziging: dag([mens('mbo4', { opleidingZorgEnWelzijn: false })]), faalt: mbo4Dag },
      { naam: 'niveau niet opgegeven (ontbreekt)', wijziging: dag([{ functie: 'begeleider', wijze: 'wakend', opleidingZorgEnWelzijn: true }]), faalt: mbo4Dag },
      { naam: 'rooster ontbreekt', wijziging: { rooster: null }, faalt: mbo4Dag },
      { naam: `${uren - 0.5} uur per week`, wijziging: { begeleiding: { individueelUrenPerWeek: uren - 0.5 } }, faalt: [id(code, 'uren')] },
      { naam: 'begeleiding ontbreekt', wijziging: { begeleiding: null }, faalt: [id(code, 'uren')] },
      { naam: 'geen vast team', wijziging: { team: { vast: false } }, faalt: [id(code, 'vast-team')] },
      { naam: 'opleiding niet richting Zorg en Welzijn', wijziging: { team: { opleidingZorgEnWelzijn: false } }, faalt: [id(code, 'opleiding-zorg-en-welzijn')] },
      { naam: 'regievoerder mbo met EVC', wijziging: { regie: { niveau: 'mbo-evc' } }, faalt: [id(code, 'regie-hbo')] },
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
  { naam: 'Lumpsumcode los: geen regel (het document stelt geen combinatie)', producten: ['15B19'], faalt: [] },
  { naam: 'Lumpsumcode Lvb los: geen regel', producten: ['15B20'], faalt: [] },
  { naam: 'Geclusterd wonen alleen midden', producten: ['15B33'], faalt: ['cg-geclusterd-midden-en-hoog'] },
  { naam: 'Geclusterd wonen alleen hoog', producten: ['15B34'], faalt: ['cg-geclusterd-midden-en-hoog'] },
  { naam: 'Geclusterd wonen midden en hoog', producten: ['15B33', '15B34'], faalt: [] },
  { naam: 'Geclusterd wonen Lvb alleen hoog', producten: ['15B36'], faalt: ['cg-geclusterd-lvb-midden-en-hoog'] },
  { naam: 'Geclusterd wonen Lvb alleen midden', producten: ['15B35'], faalt: ['cg-geclusterd-lvb-midden-en-hoog'] },
  { naam: 'Geclusterd wonen Lvb midden en hoog', producten: ['15B35', '15B36'], faalt: [] },
  { naam: 'Midden regulier met hoog Lvb: beide regels', producten: ['15B33', '15B36'], faalt: ['cg-geclusterd-midden-en-hoog', 'cg-geclusterd-lvb-midden-en-hoog'] },
  { naam: 'Bed & Break, groepswonen en zelfstandig wonen los: geen regel', producten: ['15B11', '15B05', '15B10'], faalt: [] },
  {
    naam: 'alle 20 producten samen',
    producten: ['15B01', '15B02', '15B03', '15B04', '15B05', '15B06', '15B09', '15B10', '15B19', '15B20', '15B11', '15B12', '15B13', '15B14', '15B15', '15B16', '15B33', '15B34', '15B35', '15B36'],
    faalt: [],
  },
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

describe(`catalogus ${REGIO}: lezingen`, () => {
  const region = regionCatalog(REGIO).regios.get(REGIO)!;
  const eisIds = [...region.producten.values()].flatMap((p) => p.eisen.map((e) => e.id));

  it('geen eis over face-to-face contact: de tekst noemt geen aantal', () => {
    expect(eisIds.filter((e) => e.includes('face-to-face'))).toEqual([]);
  });

  it('"in principe dagelijks" is overal een signaal', () => {
    const contact = [...region.producten.values()].flatMap((p) => p.eisen).filter((e) => /In principe dagelijks/.test(e.titel));
    expect(contact.length).toBe(10);
    expect(contact.every((e) => e.ernst === 'signaal')).toBe(true);
  });

  it('geen regel over de lumpsumcodes: het document stelt geen combinatie', () => {
    expect(region.regels.map((r) => r.id).filter((r) => r.includes('lumpsum'))).toEqual([]);
  });
});

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
});

// De voorbeeldbestanden: versie 2, geldig volgens het contract, en precies de reden die hun naam noemt.
describeSamples(REGIO, {
  '15B01-voldoet-niet-nacht-binnen-15-minuten.json': ['cg-15B01-beschikbaarheid-nacht'],
  '15B01-voldoet-niet-nacht-niemand-in-de-wijk.json': ['cg-15B01-nacht-in-de-wijk'],
  '15B02-voldoet-niet-avond-alleen-mbo3.json': ['cg-15B02-mbo4-dag-en-avond'],
  '15B03-voldoet-niet-nacht-mbo4-zonder-relevante-opleiding.json': ['cg-15B03-mbo4-24-uur'],
  '15B03-voldoet-niet-zonder-spv-bewijs.json': ['cg-15B03-spv-bewijs'],
  '15B04-voldoet-niet-nacht-alleen-beveiliger.json': ['cg-15B04-mbo4-24-uur'],
  '15B05-voldoet-niet-geen-groepsbegeleiding.json': ['cg-15B05-individueel-en-groep'],
  '15B06-voldoet-niet-beschikbaar-binnen-45-minuten.json': ['cg-15B06-beschikbaarheid'],
  '15B09-voldoet-niet-een-regievoerder-per-team.json': ['cg-15B09-regie-hbo-per-client'],
  '15B10-voldoet-niet-aanrijtijd-nacht-40-minuten.json': ['cg-15B10-beschikbaarheid'],
  '15B11-voldoet-niet-vijf-andere-clienten.json': ['cg-15B11-max-andere-clienten'],
  '15B12-voldoet-niet-geen-ervaringsdeskundige.json': ['cg-15B12-ervaringsdeskundige'],
  '15B13-voldoet-niet-nacht-alleen-beveiliger.json': ['cg-15B13-aanwezigheid-24-uur'],
  '15B13-voldoet-niet-zonder-intramuraal-product.json': ['cg-logeren-intramurale-aanbieder'],
  '15B14-voldoet-niet-aanwezig-tot-23-uur.json': ['cg-15B14-aanwezigheid-24-uur'],
  '15B15-voldoet-niet-zonder-intramuraal-product.json': ['cg-afwezigheidsdag-combinatie'],
  '15B16-voldoet-niet-naast-intramuraal-zonder-lvb.json': ['cg-afwezigheidsdag-lvb-combinatie'],
  '15B19-voldoet-niet-weekend-beschikbaarheid-ontbreekt.json': ['cg-15B19-bereikbaarheid', 'cg-15B19-beschikbaarheid'],
  '15B20-voldoet-niet-alleen-telefonisch-bereikbaar.json': ['cg-15B20-beschikbaarheid'],
  '15B33-voldoet-niet-alleen-midden.json': ['cg-geclusterd-midden-en-hoog'],
  '15B33-voldoet-niet-vrijdag-niemand-aanwezig.json': ['cg-15B33-mbo4-dag'],
  '15B34-voldoet-niet-negen-uur-ondersteuning.json': ['cg-15B34-uren'],
  '15B35-voldoet-niet-geen-vast-team.json': ['cg-15B35-vast-team'],
  '15B36-voldoet-niet-regie-mbo-met-evc.json': ['cg-15B36-regie-hbo'],
});
