import { describeCatalog } from '../helpers/catalog-cases.js';

const voorwaarden = {
  'afstemming-tbw-netwerk': true,
  'integraal-herstelplan': true,
  'passende-overgangsfase': true,
  'zorginhoud-leidend': true,
  daginvulling: true,
};

describeCatalog(
  'gelderland-zuid',
  {
    '15N13': {
      basis: {
        bereikbaarheidMinuten: 5,
        beschikbaarheidMinuten: 15,
        aanwezigheid: { vanafUur: 7, totUur: 22, plaats: 'locatie' },
        bezetting: { nacht: [{ niveau: 'mbo4', wijze: 'slapend' }] },
        begeleiding: { individueelUrenPerWeek: 10, groepUrenPerWeek: 7 },
        verklaringen: { ...voorwaarden, 'schoonhouden-woning': true },
      },
      voldoet: [
        { naam: 'nacht apart opgegeven binnen 15 minuten', wijziging: { beschikbaarheidMinuten: 45, beschikbaarheidNachtMinuten: 15 } },
        { naam: 'minder groepsuren, gecompenseerd met individuele uren (1 op 6)', wijziging: { begeleiding: { individueelUrenPerWeek: 11, groepUrenPerWeek: 1 } } },
        { naam: 'boven de bandbreedte geeft een signaal', wijziging: { begeleiding: { individueelUrenPerWeek: 15 } }, signalen: ['gz-15N13-individuele-begeleiding-boven-band'] },
      ],
      voldoetNiet: [
        { naam: 'nacht 30 minuten', wijziging: { beschikbaarheidNachtMinuten: 30 }, faalt: ['gz-15N13-beschikbaarheid-nacht'] },
        { naam: 'aanwezig tot 21.00 uur', wijziging: { aanwezigheid: { totUur: 21 } }, faalt: ['gz-15N13-aanwezigheid'] },
        { naam: 'geen nachtdienst op de locatie', wijziging: { bezetting: { nacht: [] } }, faalt: ['gz-15N13-slapende-wacht'] },
        { naam: '9 uur individuele begeleiding', wijziging: { begeleiding: { individueelUrenPerWeek: 9, groepUrenPerWeek: 14 } }, faalt: ['gz-15N13-individuele-begeleiding'] },
        { naam: 'te weinig groepsbegeleiding', wijziging: { begeleiding: { groepUrenPerWeek: 5 } }, faalt: ['gz-15N13-groepsbegeleiding'] },
        { naam: 'bereikbaarheid ontbreekt', wijziging: { bereikbaarheidMinuten: null }, faalt: ['gz-15N13-bereikbaarheid'] },
        { naam: 'herstelplan niet verklaard', wijziging: { verklaringen: { 'integraal-herstelplan': false } }, faalt: ['gz-15N13-verklaring-integraal-herstelplan'] },
      ],
    },
    '15N31': {
      basis: { verklaringen: { 'toegekend-product-volledig-benut': true, 'aanvraag-via-tbw': true, 'looptijd-gelijk-aan-wachtzorg': true } },
      voldoet: [],
      voldoetNiet: [
        { naam: 'niet verklaard dat het toegekende product volledig benut is', wijziging: { verklaringen: { 'toegekend-product-volledig-benut': false } }, faalt: ['gz-15N31-verklaring-toegekend-product-volledig-benut'] },
      ],
    },
  },
  [],
);
