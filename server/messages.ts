/**
 * The Dutch message catalog: every verdict word, unit, value label and sentence that a user sees,
 * in one place. Code elsewhere composes these; it does not write its own Dutch.
 */
export type EisUitslag = 'voldoet' | 'voldoet-niet' | 'ontbreekt' | 'signaal';

export const uitslagLabel: Record<EisUitslag, string> = {
  voldoet: 'Voldoet',
  'voldoet-niet': 'Voldoet niet',
  ontbreekt: 'Ontbreekt',
  signaal: 'Signaal',
};

/** A cue that does not depend on colour (WCAG 1.4.1), used in the CLI, pages and PDF. */
export const uitslagSymbool: Record<EisUitslag, string> = {
  voldoet: '✓',
  'voldoet-niet': '✗',
  ontbreekt: '?',
  signaal: '!',
};

/** Units by the x-eenheid of a field: [singular, plural]. */
export const eenheden: Record<string, readonly [string, string]> = {
  minuten: ['minuut', 'minuten'],
  uur: ['uur', 'uur'],
  keer: ['keer', 'keer'],
  jaar: ['jaar', 'jaar'],
  'cliënten': ['cliënt', 'cliënten'],
  dagdelen: ['dagdeel', 'dagdelen'],
  bytes: ['byte', 'bytes'],
  groepsuren: ['groepsuur', 'groepsuren'],
  medewerkers: ['medewerker', 'medewerkers'],
  producten: ['product', 'producten'],
  bijlagen: ['bijlage', 'bijlagen'],
};

/** Labels of enumerated contract values. */
export const waardeLabel: Record<string, string> = {
  hbo: 'hbo',
  mbo4: 'mbo-4',
  mbo3: 'mbo-3',
  overig: 'overig (bijvoorbeeld beveiliger)',
  'mbo-evc': 'mbo met EVC op hbo-niveau',
  geen: 'geen',
  wakend: 'wakend',
  slapend: 'slapend',
  locatie: 'op de locatie',
  nabijheid: 'in de nabijheid',
  begeleider: 'begeleider',
  beveiliger: 'beveiliger',
};

export const zin = {
  tenMinste: (v: string) => `ten minste ${v}`,
  tenHoogste: (v: string) => `ten hoogste ${v}`,
  meerDan: (v: string) => `meer dan ${v}`,
  minderDan: (v: string) => `minder dan ${v}`,
  klokUiterlijk: (v: string) => `${v} of eerder`,
  klokTenVroegste: (v: string) => `${v} of later`,
  precies: (v: string) => `precies ${v}`,
  nietVeld: (label: string) => `niet ${label}`,
  geenMeervoud: (eenheid: string) => `geen ${eenheid}`.trim(),
  alleen: (eenheid: string, voorwaarde: string) => `alleen ${eenheid} ${voorwaarde}`.replace(/ +/g, ' ').trim(),
  ja: 'ja',
  nee: 'nee',
  opgegeven: 'opgegeven',
  nietOpgegeven: 'niet opgegeven',
  geen: 'geen',
  of: 'of',
  bevat: 'bevat',
  is: 'is',
  en: 'en',
  met: 'met',
  niet: (v: string) => `niet: ${v}`,
  als: (voorwaarde: string, dan: string) => `als ${voorwaarde}, dan ${dan}`,
  anders: (v: string) => `anders ${v}`,
  isOpgegeven: (label: string) => `${label} is opgegeven`,
  verklaard: 'verklaard (aangevinkt)',
  nietVerklaard: 'niet verklaard',
  afgeleid: (waarde: string, berekening: string) => `${waarde} (${berekening})`,
};

export const advies = {
  voldoetNietEnkel: (label: string, verwacht: string) => `Pas ${label} aan: ${verwacht}.`,
  voldoetNiet: (verwacht: string) => `Pas het aanbod aan zodat het voldoet: ${verwacht}.`,
  ontbreekt: (velden: string) => `Vul in: ${velden}.`,
  signaal: (verwacht: string) => `Let op: de tekst gaat uit van ${verwacht}. Ga na of dit bij het product past.`,
  verklaring: 'Vink de verklaring aan als de organisatie hieraan voldoet; zonder verklaring voldoet het product niet.',
};

export const fout = {
  onbekendeRegio: (regio: string, bekend: string) => `Onbekende regio "${regio}". Bekende regio's: ${bekend}.`,
  onbekendeProductcode: (code: string, regio: string) => `Productcode "${code}" bestaat niet in de catalogus van ${regio}.`,
  dubbeleProductcode: (code: string, eerder: string) => `Productcode "${code}" staat al in het aanbod (${eerder}); geef elk product één keer op.`,
  onbekendeVerklaring: (id: string, code: string) => `Verklaring "${id}" hoort niet bij product ${code}.`,
  onbekendeBijlage: (soort: string, code: string, bekend: string) =>
    `Bijlage van soort "${soort}" hoort niet bij product ${code}${bekend ? ` (wel: ${bekend})` : ''}.`,
  veld: (label: string, bericht: string) => `${label}: ${bericht}`,
  extraVeld: (naam: string) => `onbekend veld "${naam}"; controleer de schrijfwijze`,
  teDiep: (max: number) => `De JSON is dieper genest dan ${max} niveaus.`,
};

/** Titles and details of HTTP problem documents (RFC 9457). */
export const probleem = {
  nietGevonden: { titel: 'Niet gevonden', detail: (pad: string) => `Er is niets op ${pad}.` },
  onbekendeRegio: (regio: string) => `Regio "${regio}" bestaat niet in de catalogus.`,
  onbekendProduct: (code: string, regio: string) => `Product "${code}" bestaat niet in regio ${regio}.`,
  ongeldigeJson: { titel: 'Ongeldige JSON', detail: (waar: string) => `De JSON is niet leesbaar${waar}.` },
  positie: (pos: number, regel: number, kolom: number) => ` bij positie ${pos} (regel ${regel}, kolom ${kolom})`,
  teGroot: { titel: 'Verzoek te groot', detail: (max: string) => `Het verzoek is groter dan ${max}.` },
  bestandTeGroot: (max: string) => `Een bijlage is groter dan ${max}.`,
  teVeelBestanden: (max: number) => `Meer dan ${max} bijlagen in één verzoek.`,
  verkeerdType: {
    titel: 'Niet-ondersteund mediatype',
    detail: 'Stuur de zelfevaluatie als application/json, of als multipart/form-data met een deel "zelfevaluatie".',
  },
  nietAanvaardbaar: { titel: 'Niet-ondersteund antwoordformaat', detail: 'Vraag application/json of application/pdf.' },
  ongeldigeInvoer: { titel: 'De zelfevaluatie voldoet niet aan het contract', detail: (n: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'} in de invoer; zie errors.` },
  teDiep: { titel: 'Te diep genest' },
  multipart: {
    titel: 'Ongeldig multipart-verzoek',
    geenZelfevaluatie: 'Het deel "zelfevaluatie" (JSON) ontbreekt.',
    onbekendDeel: (naam: string) => `Onbekend deel "${naam}": verwacht "zelfevaluatie" en bestanden "bijlage[<index>][<soort>]".`,
    onbekendAanbod: (index: number) => `Bijlage voor aanbod-item ${index}, maar dat item bestaat niet.`,
    verkeerdBestand: (naam: string, gevonden: string) => `Bestand "${naam}" is geen PDF, PNG of JPEG (de inhoud is ${gevonden}).`,
    onbekendeInhoud: 'onbekend',
    afgebroken: 'Het verzoek is afgebroken of onvolledig.',
  },
  teVeel: { titel: 'Te veel verzoeken', detail: 'U heeft in korte tijd te veel verzoeken gedaan. Wacht een minuut en probeer het opnieuw.' },
  nietGereed: { titel: 'Niet gereed', detail: 'De dienst is nog niet gereed.' },
  intern: { titel: 'Interne fout', detail: 'Er ging iets mis bij het verwerken van het verzoek. Probeer het opnieuw; meld het als het blijft gebeuren (vermeld het requestId).' },
};

/** Words of the command-line tool. */
export const cli = {
  gebruik: `Gebruik:
  eisentoets toets <zelfevaluatie.json> [--json] [--pdf <rapport.pdf>] [--alles]

  toets      Toetst een zelfevaluatie aan de catalogus van haar regio en toont de uitslag per product en eis.
  --json     Druk het toetsresultaat af als JSON (contract versie 1).
  --pdf      Schrijf ook het PDF-rapport naar dit bestand.
  --alles    Toon ook de details van eisen die voldoen.

Afsluitcode: 0 = voldoet, 1 = voldoet niet, 2 = invoerfout of verkeerd gebruik.`,
  onbekendCommando: (c: string) => `Onbekend commando "${c}".`,
  bestandOntbreekt: 'Geef het bestand met de zelfevaluatie op.',
  nietTeLezen: (bestand: string, reden: string) => `Kan ${bestand} niet lezen: ${reden}`,
  invoerfouten: (bestand: string, n: number) => `${bestand} is geen geldige zelfevaluatie (${n} ${n === 1 ? 'probleem' : 'problemen'}):`,
  kop: (naam: string, kvk: string) => `Eisentoets Beschermd Wonen: ${naam} (KvK ${kvk})`,
  regio: (naam: string, document: string, jaar: number) => `${naam}: ${document} (${jaar})`,
  uitslag: (symbool: string, woord: string) => `Uitslag: ${symbool} ${woord.toUpperCase()}`,
  samenvatting: (s: { producten: number; productenVoldoen: number; eisen: number; eisenVoldoetNiet: number; eisenOntbreekt: number; signalen: number }) =>
    `${s.productenVoldoen} van ${s.producten} producten voldoen; ${s.eisen} eisen getoetst: ${s.eisenVoldoetNiet} voldoen niet, ${s.eisenOntbreekt} ontbreken, ${s.signalen} ${s.signalen === 1 ? 'signaal' : 'signalen'}.`,
  regioEisen: 'Regels over producten heen',
  product: (code: string, naam: string, tarief: string, symbool: string, woord: string) => `${code} ${naam}${tarief ? ` (${tarief})` : ''}: ${symbool} ${woord.toLowerCase()}`,
  tarief: (bedrag: string, eenheid: string) => `${bedrag} per ${eenheid}`,
  verwacht: 'verwacht',
  opgegeven: 'opgegeven',
  advies: 'advies',
  bron: 'bron',
  pdfGeschreven: (pad: string) => `PDF-rapport geschreven naar ${pad}.`,
  controle: (id: string, sha: string) => `Toetsing ${id}, invoer-SHA-256 ${sha}`,
};

/* ----------------------------------------------------------------------------------------------
 * rapport: the wording of the PDF compliance report (server/report). Nothing else uses it.
 * -------------------------------------------------------------------------------------------- */
export const rapport = {
  titel: 'Toetsrapport Beschermd Wonen',
  documentTitel: (aanbieder: string, regio: string, jaar: number) => `Toetsrapport Beschermd Wonen: ${aanbieder}, ${regio} ${jaar}`,
  onderwerp: (document: string) => `Toetsing van een zelfevaluatie aan ${document}`,
  maker: 'Eisentoets Beschermd Wonen',
  kopregel: (aanbieder: string, regio: string, jaar: number) => `${aanbieder} · ${regio} ${jaar}`,
  voetregel: (id: string) => `Rapport ${id}`,
  pagina: (n: number | string, m: number | string) => `pagina ${n} van ${m}`,
  kop: {
    samenvatting: 'Samenvatting',
    overzicht: 'Producten in één oogopslag',
    regioEisen: 'Regels over producten heen',
    product: (code: string, naam: string) => `${code} ${naam}`,
    eisen: (aantal: number) => `Eisen (${aantal})`,
    verklaringen: (aantal: number) => `Verklaringen (${aantal})`,
    bijlagen: (aantal: number) => `Bijlagen (${aantal})`,
    controle: 'Dit rapport controleren',
  },
  veld: {
    aanbieder: 'Aanbieder',
    kvkNummer: 'KvK-nummer',
    regio: 'Regio',
    document: 'Aanbestedingsdocument',
    getoetstOp: 'Getoetst op',
    rapportId: 'Rapport-id',
    productcode: 'Productcode',
    tarief: 'Tarief',
    locatie: 'Locatie',
    letOp: 'Let op',
    uitslag: 'Uitslag',
    producten: 'Producten',
    eisen: 'Eisen getoetst',
    invoerSha256: 'Zelfevaluatie (SHA-256)',
    catalogusVersie: 'Catalogusversie (SHA-256)',
    getoetstOpUtc: 'Getoetst op (UTC, ISO 8601)',
  },
  kolom: {
    uitslag: 'Uitslag',
    eis: 'Eis en verwacht',
    verklaring: 'Verklaring',
    opgegeven: 'Opgegeven en advies',
    bron: 'Bron: sectie en citaat',
    code: 'Code',
    product: 'Product',
    tarief: 'Tarief',
    soort: 'Soort',
    bestandsnaam: 'Bestandsnaam',
    grootte: 'Grootte',
    sha256: 'SHA-256',
  },
  /** Column heads and summary rows that count eisen per verdict. */
  aantal: { voldoet: 'Voldoen', 'voldoet-niet': 'Voldoen niet', ontbreekt: 'Ontbreken', signaal: 'Signalen' },
  oordeel: {
    voldoet: 'De zelfevaluatie voldoet aan alle getoetste eisen.',
    'voldoet-niet': 'De zelfevaluatie voldoet niet aan alle eisen. Per product staat hieronder welke eisen niet voldoen of ontbreken, en wat er nodig is.',
  },
  documentMetJaar: (document: string, jaar: number) => `${document} (${jaar})`,
  tijdstip: (datum: string, tijd: string) => `${datum} om ${tijd} uur`,
  aanbiederMetKvk: (naam: string, kvk: string) => `${naam} (KvK ${kvk})`,
  tarief: (bedrag: string, eenheid: string) => `${bedrag} per ${eenheid}`,
  tariefZieDocument: 'tarief: zie document',
  alleenSterfhuis: 'alleen sterfhuis: het product loopt af, zonder nieuwe instroom',
  productenTelling: (getoetst: number, voldoen: number) => `${getoetst} getoetst, waarvan ${voldoen} ${voldoen === 1 ? 'voldoet' : 'voldoen'}`,
  verwacht: (tekst: string) => `Verwacht: ${tekst}`,
  advies: (tekst: string) => `Advies: ${tekst}`,
  toelichting: (tekst: string) => `Lezing: ${tekst}`,
  eisId: (id: string) => `Eis-id: ${id}`,
  bronDocument: (document: string) => `Uit: ${document}`,
  citaat: (tekst: string) => `“${tekst}”`,
  geenRegioEisen: 'De regio stelt geen regels over producten heen.',
  geenEisen: 'Voor dit product zijn geen eisen getoetst.',
  verklaringenTelling: (verklaard: number, totaal: number) => `${verklaard} van ${totaal} verklaringen afgegeven.`,
  geenVerklaringen: 'Dit product vraagt geen verklaringen.',
  geenBijlagen: 'Bij dit product zijn geen bijlagen meegestuurd.',
  onbekend: 'onbekend',
  catalogusVersieOnbekend: 'niet vastgelegd',
  controle: [
    'Zo is na te gaan dat dit rapport hoort bij een bepaalde zelfevaluatie en catalogus:',
    '1. Bereken de SHA-256 van de zelfevaluatie in canonieke vorm (JSON met gesorteerde sleutels, zonder witruimte). Die is gelijk aan de waarde bij “Zelfevaluatie (SHA-256)”.',
    '2. De catalogusversie is de SHA-256 over alle catalogusbestanden van de regio. Toets dezelfde zelfevaluatie opnieuw met die catalogus: dat geeft dezelfde uitslag per eis.',
    '3. Het rapport wordt uit het toetsresultaat gemaakt: hetzelfde toetsresultaat geeft byte voor byte hetzelfde PDF-bestand, met het rapport-id onderaan elke pagina.',
  ],
};
