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
  diensten: ['dienst', 'diensten'],
  tijdvakken: ['tijdvak', 'tijdvakken'],
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
  'dag:ma': 'maandag',
  'dag:di': 'dinsdag',
  'dag:wo': 'woensdag',
  'dag:do': 'donderdag',
  'dag:vr': 'vrijdag',
  'dag:za': 'zaterdag',
  'dag:zo': 'zondag',
  locatie: 'op de locatie',
  nabijheid: 'in de nabijheid',
  wijk: 'in de wijk',
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
  tarief: (bedrag: string, eenheid: string) => `${bedrag} per ${eenheid}`,
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
  telefonischBinnen: (t: string) => `telefonisch binnen ${t}`,
  fysiekBinnen: (t: string) => `fysiek binnen ${t}`,
  opAfroep: 'op afroep',
  niveauOnbekend: 'niveau onbekend',
};

/** How a derived fact (x-afgeleid) was found: the "opgegeven" of an eis over it and the uitleg in the result. */
export const afleiding = {
  somOnzeker: (laag: string) => `ten minste ${laag} met wat is opgegeven`,
  dienst: (nr: number, naam: string | undefined, tijden: string) => `dienst ${nr}${naam ? ` (${naam})` : ''}, ${tijden}`,
  ontbreektInDienst: (wat: string, dienst: string) => `${wat} in ${dienst}`,
  overal: 'op elk moment',
  bezetting: (venster: string, laag: number, hoog: number, waar: string) => {
    const aantal = (n: number) => (n === 0 ? 'niemand' : `${n}`);
    const wie = laag === hoog ? aantal(laag) : `${aantal(laag)} zeker, ${hoog} als de ontbrekende gegevens kloppen`;
    return waar === 'op elk moment' ? `${venster}: op elk moment ${wie}` : `${venster}: minst bezet ${waar}: ${wie}`;
  },
  bezettingHoogste: (venster: string, laag: number, hoog: number, waar: string) => {
    const aantal = (n: number) => (n === 0 ? 'niemand' : `${n}`);
    const wie = laag === hoog ? aantal(laag) : `${aantal(laag)} zeker, ${hoog} als de ontbrekende gegevens kloppen`;
    return waar === 'op elk moment' ? `${venster}: op elk moment ${wie}` : `${venster}: meest bezet ${waar}: ${wie}`;
  },
  reactietijd: (venster: string, langst: string | undefined, waar: string, gaten: string | undefined) =>
    [
      langst ? `${venster}: langst ${langst}${waar ? ` (${waar})` : ''}` : `${venster}: nergens opgegeven`,
      gaten && langst ? `niet opgegeven voor ${gaten}` : '',
    ].filter(Boolean).join('; '),
  afroep: (venster: string, nee: string | undefined, onbekend: string | undefined) =>
    nee ? `${venster}: niet op afroep ${nee}` : onbekend ? `${venster}: niet opgegeven voor ${onbekend}` : `${venster}: steeds op afroep of met een termijn`,
  afroepLabel: 'op afroep',
  geenOpgave: (label: string, waar: string) => `${label} voor ${waar}`,
  onbekendBereik: (laag: string, hoog: string) => `tussen ${laag} en ${hoog}`,
};

/** What converting a version 1 zelfevaluatie did, said once in the result. */
export const omzetting = {
  inleiding: 'De zelfevaluatie was in contractversie 1 en is omgezet naar versie 2:',
  bezetting: 'bezetting per dagdeel werd een rooster met diensten voor alle dagen (dag 07:00-15:00, avond 15:00-23:00, nacht 23:00-07:00); wie overdag of \'s avonds staat is wakend, wie een mbo- of hbo-niveau heeft is begeleider, en een opleiding Zorg en Welzijn van het team geldt voor elke begeleider',
  aanwezigheid: 'de aanwezigheid werd een dienst met één begeleider van onbekend niveau',
  beschikbaarheid: 'de bereikbaarheid en beschikbaarheid werden één tijdvak voor de hele week',
  nacht: 'met een aparte nachtwaarde: twee tijdvakken, 07:00-23:00 en 23:00-07:00',
  aanwezigheidOnvolledig: 'een aanwezigheid zonder begin of einde is weggelaten',
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
  teLang: (max: number) => `deze lijst heeft meer dan ${max} items; geen zelfevaluatie is zo lang`,
  teVeelSleutels: (max: number) => `dit object heeft meer dan ${max} sleutels; geen zelfevaluatie heeft er zoveel`,
  tijd: {
    'van-24': 'een tijdvak kan niet om 24:00 beginnen; gebruik 00:00',
    'eindigt-voor-begin': (van: string, tot: string) => `eindigt (${tot}) vóór het begint (${van}); loopt het over middernacht, zet dan overMiddernacht op true`,
    'geen-middernacht': (van: string, tot: string) => `overMiddernacht is true, maar ${van}-${tot} loopt niet over middernacht`,
    leeg: (van: string) => `begint en eindigt om ${van}; bedoelt u 24 uur, zet dan overMiddernacht op true`,
  },
  geenTijd: (waarde: string) => `"${waarde}" is geen tijd; schrijf uu:mm van 00:00 tot en met 24:00`,
  stuurteken: (teken: string, positie: number) => `bevat een onzichtbaar stuurteken (${teken}, teken ${positie}); laat het weg`,
  dubbeleDienst: (eerder: string, dagen: string) => `deze dienst valt samen met ${eerder} (zelfde tijden en plaats op ${dagen}); zet de medewerkers in één dienst`,
  overlappendVenster: (eerder: string, waar: string) => `dit tijdvak overlapt ${eerder} (${waar}); elk moment hoort bij één tijdvak`,
  geenProductcode: 'laat de productcode weg: het aanbod wordt aan elk product van elke regio getoetst',
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
  onleesbaar: { titel: 'Verzoek niet te lezen', detail: 'De inhoud van het verzoek kon niet worden gelezen (bijvoorbeeld een beschadigde gzip-inhoud of een verkeerde tekenset).' },
  nietGereed: { titel: 'Niet gereed', detail: 'De dienst is nog niet gereed.' },
  ongeldigeParameter: { titel: 'Ongeldige parameter', detail: (naam: string, uitleg: string) => `De waarde van "${naam}" is ongeldig. ${uitleg}` },
  intern: { titel: 'Interne fout', detail: 'Er ging iets mis bij het verwerken van het verzoek. Probeer het opnieuw; meld het als het blijft gebeuren (vermeld het requestId).' },
};

/** What each path or query parameter of the API takes: its description in the OpenAPI document and the detail of its 400. */
export const parameterUitleg = {
  regio: 'Het id van een regio, zoals GET /api/v1/regios het noemt: kleine letters, cijfers en streepjes.',
  code: 'Een productcode uit de catalogus van de regio: 2 tot 8 hoofdletters en cijfers.',
  naam: 'De bestandsnaam van een contractschema, zoals zelfevaluatie.schema.json: kleine letters, cijfers en streepjes, en dan .schema.json.',
  bestand: 'De bestandsnaam van een schema in de catalogus van de regio, zoals 15N13.schema.json of regio.schema.json: letters, cijfers en streepjes, en dan .schema.json.',
  id: 'Het id van een screeningsronde: een UUID in kleine letters.',
  bid: 'Het id van een inschrijving: een UUID in kleine letters.',
  alleen: 'Alleen "voldoet-niet" (of weglaten): dan toont de matrix alleen de inschrijvers met een product dat niet voldoet.',
};

/** Words of the command-line tool. */
export const cli = {
  gebruik: `Gebruik:
  eisentoets toets <zelfevaluatie.json> [--json] [--pdf <rapport.pdf>] [--alles]

  toets      Toetst een zelfevaluatie aan de catalogus van haar regio en toont de uitslag per product en eis.
  --json     Druk het toetsresultaat af als JSON (contract versie 1).
  --pdf      Schrijf ook het PDF-rapport naar dit bestand.
  --alles    Toon ook de details van eisen die voldoen.

  eisentoets screen <map|bestand.zip> --regio <id> --out <map> [--naam <rondenaam>]
             Screent alle zelfevaluaties van een inkoopronde; schrijft screening.xlsx, resultaten.json en PDF-rapporten.
  eisentoets gebruiker <e-mail> --organisatie <naam> [--naam <weergavenaam>] [--wachtwoord-wijzigen]
             Maakt een inkoopgebruiker (het wachtwoord wordt gevraagd of van standaardinvoer gelezen).
  eisentoets token <e-mail> [--omschrijving <tekst>]
             Maakt een API-sleutel voor de inkoop-API.
  eisentoets backup <doelbestand.sqlite>
             Maakt een back-up van de database terwijl de server doorwerkt (database: EISENTOETS_DATA).

Afsluitcode: 0 = voldoet, 1 = voldoet niet, 2 = invoerfout of verkeerd gebruik.`,
  onbekendCommando: (c: string) => `Onbekend commando "${c}".`,
  bestandOntbreekt: 'Geef het bestand met de zelfevaluatie op.',
  nietTeLezen: (bestand: string, reden: string) => `Kan ${bestand} niet lezen: ${reden}`,
  invoerfouten: (bestand: string, n: number) => `${bestand} is geen geldige zelfevaluatie (${n} ${n === 1 ? 'probleem' : 'problemen'}):`,
  kop: (naam: string, kvk: string) => `Eisentoets Beschermd Wonen: ${naam} (KvK ${kvk})`,
  regio: (naam: string, document: string, jaar: number) => `${naam}: ${document} (${jaar})`,
  omzetting: (tekst: string) => `Let op: ${tekst}`,
  uitslag: (symbool: string, woord: string) => `Uitslag: ${symbool} ${woord.toUpperCase()}`,
  samenvatting: (s: { producten: number; productenVoldoen: number; eisen: number; eisenVoldoetNiet: number; eisenOntbreekt: number; signalen: number }) =>
    `${s.productenVoldoen} van ${s.producten} producten voldoen; ${s.eisen} eisen getoetst: ${s.eisenVoldoetNiet} voldoen niet, ${s.eisenOntbreekt} ontbreken, ${s.signalen} ${s.signalen === 1 ? 'signaal' : 'signalen'}.`,
  regioEisen: 'Regels over producten heen',
  product: (code: string, naam: string, tarief: string, symbool: string, woord: string) => `${code} ${naam}${tarief ? ` (${tarief})` : ''}: ${symbool} ${woord.toLowerCase()}`,
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
  vervolg: '(vervolg)',
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
    omzetting: 'Contractversie',
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
  /** A tender document's title with its year, unless the title already names that year. */
  documentMetJaar: (document: string, jaar: number) => (document.includes(String(jaar)) ? document : `${document} (${jaar})`),
  tijdstip: (datum: string, tijd: string) => `${datum} om ${tijd} uur`,
  aanbiederMetKvk: (naam: string, kvk: string) => `${naam} (KvK ${kvk})`,
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

/** The cross-region comparison (/vergelijken). */
export const vergelijking = {
  onderwerpen: {
    bereikbaarheid: 'Telefonisch bereikbaar',
    beschikbaarheid: 'Fysiek beschikbaar',
    afroep: 'Op afroep',
    beschikbaarheidWijk: 'Fysiek beschikbaar in de wijk',
    bezetting: 'Wie er is (rooster)',
    regie: 'Regievoerder',
    individueleBegeleiding: 'Individuele begeleiding per week',
    contactmomenten: 'Contactmomenten per week',
    fysiekContact: 'Face-to-face contact per week',
    leeftijd: 'Leeftijd',
    tarief: 'Tarief per etmaal',
  },
  groepen: {
    intramuraal: 'Intramuraal beschermd wonen',
    geclusterd: 'Geclusterd of kleinschalig wonen',
    thuis: 'Beschermd thuis (zelfstandig wonen)',
    dagbesteding: 'Dagbesteding',
  },
  maandNaarEtmaal: (perEtmaal: string, perMaand: string) => `${perEtmaal} (omgerekend: ${perMaand} × 12 ÷ 365)`,
  jaarNaarEtmaal: (perEtmaal: string, perJaar: string) => `${perEtmaal} (omgerekend: ${perJaar} ÷ 365)`,
  andereEenheid: (tarief: string) => `${tarief} (niet om te rekenen naar een etmaal)`,
  tariefOnbekend: 'niet in het document (verwijst naar elders)',
  geenEis: 'geen eis',
  bezetting: (label: string, grens: string) => `${label}: ${grens}`,
};

/* ----------------------------------------------------------------------------------------------
 * catalogus: the wording of the catalog pages (/catalogus), the comparison page (/vergelijken) and
 * "waar past mijn aanbod?" (/kwalificatie): server/web/catalogus*.ts, templates/pages/catalogus/,
 * templates/pages/vergelijken.hbs, templates/pages/kwalificatie.hbs. Nothing else uses it.
 * -------------------------------------------------------------------------------------------- */
const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

export const catalogus = {
  /** Links in the footer of every page. */
  navigatie: { catalogus: 'Eisen per regio', vergelijken: "Regio's vergelijken", kwalificatie: 'Waar past mijn aanbod?' },
  kruimelpad: 'U bent hier',
  ja: 'ja',
  nee: 'nee',
  overzicht: {
    titel: 'Eisen per regio',
    intro: [
      'Per regio de producten van de aanbesteding Beschermd Wonen, met per product elke eis en elke verklaring, met het letterlijke citaat uit het aanbestedingsdocument.',
      "Deze pagina's worden gemaakt uit dezelfde catalogusbestanden (JSON Schema) waaraan de toets toetst: wat hier staat, is wat de toets vraagt.",
    ],
    regiosKop: "Regio's",
    regioDetail: (document: string, producten: number) => `${document}, ${aantal(producten, 'product', 'producten')}`,
    verderKop: "Regio's naast elkaar",
    vergelijken: "Regio's vergelijken: vergelijkbare producten per onderwerp naast elkaar",
    kwalificatie: 'Waar past mijn aanbod? Toets de feiten van één aanbod aan elk product van elke regio',
  },
  regio: {
    gegevens: 'Over deze catalogus',
    document: 'Aanbestedingsdocument',
    documenten: 'Brondocumenten',
    documentVersie: (titel: string, versie?: string) => (versie ? `${titel} (versie ${versie})` : titel),
    versie: 'Catalogusversie (SHA-256)',
    schema: 'JSON Schema',
    regelsKop: 'Regels over producten heen',
    geenRegels: 'Deze regio stelt geen regels over producten heen.',
    productenKop: 'Producten',
    onderschrift: (regio: string) => `Producten van ${regio}`,
    kolom: { product: 'Product', soort: 'Soort', tarief: 'Tarief', sterfhuis: 'Alleen sterfhuis', eisen: 'Eisen en verklaringen' },
    telling: (eisen: number, verklaringen: number) => `${aantal(eisen, 'eis', 'eisen')}, ${aantal(verklaringen, 'verklaring', 'verklaringen')}`,
  },
  product: {
    titel: (code: string, naam: string) => `${code} ${naam}`,
    regio: 'Regio',
    soort: 'Soort',
    groep: 'Vergelijkingsgroep',
    tarief: 'Tarief',
    tariefOnbekend: 'niet in het document (verwijst naar elders)',
    tariefToelichting: 'Toelichting op het tarief',
    sterfhuis: 'Alleen sterfhuis',
    sterfhuisJa: 'ja: het product loopt af, zonder nieuwe instroom',
    schema: 'JSON Schema',
    api: 'Als JSON (API)',
    vergelijk: (groep: string) => `Vergelijk met de andere regio's: ${groep}`,
    eisenKop: (n: number) => `Eisen (${n})`,
    eisenIntro: 'Per eis: wat de toets vraagt, het letterlijke citaat en waar het staat. Een signaal laat het product nooit zakken; het vraagt alleen aandacht.',
    geenEisen: 'Dit product stelt geen meetbare eisen.',
    verklaringenKop: (n: number) => `Verklaringen (${n})`,
    verklaringenIntro: 'Deze verklaringen vinkt de aanbieder aan in de zelfevaluatie. Ze zijn niet te meten; zonder vinkje voldoet het product niet.',
    geenVerklaringen: 'Dit product vraagt geen verklaringen.',
    bijlagenKop: 'Bijlagen',
    bijlagenIntro: 'Bij dit product kan de aanbieder deze bewijsstukken meesturen.',
  },
  eis: {
    vraagt: 'Wat de toets vraagt',
    ernst: 'Ernst',
    ernstLabel: { eis: 'eis: voldoet het aanbod niet, dan voldoet het product niet', signaal: 'signaal: vraagt aandacht, laat het product niet zakken' } as Record<'eis' | 'signaal', string>,
    signaal: 'signaal',
    citaat: 'Citaat',
    citaatTekst: (tekst: string) => `“${tekst}”`,
    bron: (sectie: string, document: string) => `${sectie}, ${document}`,
    lezing: 'Lezing van de catalogus',
    id: 'Eis-id',
  },
  vergelijken: {
    titel: "Regio's vergelijken",
    intro: [
      "Elke regio beschrijft en meet hetzelfde anders. Hier staan vergelijkbare producten van alle regio's naast elkaar, per onderwerp.",
      'Elk getal is gelezen uit het schema van de eis waaraan de toets toetst; niets is overgetypt. Elke cel linkt naar de eis, met het letterlijke citaat.',
      'Tarieven staan per etmaal. Rekent een regio per maand of per jaar, dan is het tarief omgerekend en staat de omrekening in de cel.',
    ],
    inhoud: 'Groepen van producten',
    onderschrift: (groep: string, n: number) => `${groep}: ${aantal(n, 'product', 'producten')}, per onderwerp wat de regio vraagt`,
    legenda: 'Per groep staat per product wat de regio over elk onderwerp vraagt. Een streepje (—) betekent: geen eis over dat onderwerp.',
    scrollHint: 'De tabellen zijn breder dan het scherm: scrol binnen een tabel opzij, of gebruik de pijltjestoetsen als de tabel de focus heeft. De kolom met producten blijft staan.',
    product: 'Product',
    eisVan: (code: string, regio: string) => ` (eis van ${code}, ${regio})`,
    tariefVan: (code: string, regio: string) => ` (tarief van ${code}, ${regio})`,
    geenProducten: 'Geen producten in deze groep.',
    api: 'Dezelfde vergelijking als JSON: GET /api/v1/vergelijking (zie de OpenAPI-beschrijving).',
  },
  kwalificatie: {
    titel: 'Waar past mijn aanbod?',
    intro: [
      'Vul de feiten van één aanbod in. De toets legt ze naast elk product van elke regio en laat zien aan welke producten het aanbod voldoet, en bij de andere wat er het minst hoeft te veranderen.',
      'Geen vraag is verplicht: vul in wat u weet. Wat u leeg laat, telt als niet opgegeven; vraagt een product het, dan staat het bij de wijzigingen.',
    ],
    formKop: 'De feiten van uw aanbod',
    formKopOpnieuw: 'Uw aanbod aanpassen',
    meerKop: (onderdelen: string) => `Overige gegevens: ${onderdelen}`,
    meerHint: 'Gegevens die maar enkele producten vragen.',
    knop: 'Toets aan alle producten',
    uitslagKop: 'Uitslag',
    naarFormulier: 'Feiten aanpassen en opnieuw toetsen',
    samenvatting: (voldoet: number, totaal: number) =>
      `Uw aanbod voldoet aan ${voldoet} van ${aantal(totaal, 'product', 'producten')}. Hieronder staan alle producten, het dichtstbij eerst: eerst waaraan het voldoet, dan met de minste wijzigingen.`,
    feitenKop: 'Getoetste feiten',
    geenFeiten: 'U hebt geen feiten ingevuld; bij elk product staat dan wat het vraagt.',
    onderschrift: "Alle producten van alle regio's, het dichtstbij eerst",
    kolom: { uitslag: 'Uitslag', product: 'Product', regio: 'Regio', wijzigingen: 'Wat moet er anders', verklaringen: 'Verklaringen' },
    geenWijzigingen: 'Niets: het aanbod voldoet aan alle meetbare eisen.',
    geenVoorstel: 'De toets vindt geen wijziging die volstaat; zie de eisen van het product.',
    wijziging: (label: string, van: string, naar: string) => `${label}: van ${van} naar ${naar}`,
    bijlage: (soorten: string) => `Bijlage meesturen: ${soorten}`,
    verklaringen: (n: number) => (n === 0 ? 'geen' : `${aantal(n, 'verklaring', 'verklaringen')} af te geven`),
    verklaringenUitleg: 'Verklaringen zijn niet te meten: bij elk product staat hoeveel verklaringen een inschrijving ook moet aanvinken.',
    api: 'Dezelfde toets als JSON: POST /api/v1/kwalificatie (zie de OpenAPI-beschrijving).',
  },
};

/* ----------------------------------------------------------------------------------------------
 * web: the wording of the provider's web form, review and result pages (server/web, templates/).
 * Nothing else uses it.
 * -------------------------------------------------------------------------------------------- */
export const web = {
  dienst: 'Eisentoets Beschermd Wonen',
  /** A document title with its year, unless the title already names that year. */
  documentMetJaar: (document: string, jaar: number) => (document.includes(String(jaar)) ? document : `${document} (${jaar})`),
  layout: {
    naarInhoud: 'Direct naar de inhoud',
    home: 'Eisentoets Beschermd Wonen: naar de startpagina',
    voettekst: 'Wat u invult, blijft in uw browser en in de bestanden die u zelf downloadt: de server bewaart niets van uw zelfevaluatie.',
    toegankelijkheid: 'Toegankelijkheid',
    api: 'API voor koppelingen (OpenAPI)',
    voettekstNavigatie: 'Over deze website',
    catalogus: catalogus.navigatie,
    foutTitel: (titel: string) => `Fout: ${titel}`,
  },
  start: {
    titel: 'Toets uw aanbod aan de eisen voor Beschermd Wonen',
    intro: [
      'Met deze toets ziet u per product en per eis of uw aanbod voldoet aan wat een regio in de aanbesteding Beschermd Wonen vraagt, met de letterlijke tekst uit het aanbestedingsdocument erbij.',
      'U kiest een regio, vult per product de gevraagde gegevens in, controleert uw antwoorden en krijgt de uitslag, die u kunt downloaden als PDF-rapport en als bestand om later verder te gaan.',
    ],
    kiesRegio: 'Kies een regio',
    regio: (naam: string) => naam,
    regioDetail: (document: string, jaar: number, producten: number) =>
      `${web.documentMetJaar(document, jaar)}, ${producten} ${producten === 1 ? 'product' : 'producten'}`,
    hergebruik: {
      kop: 'Verder met een eerdere zelfevaluatie',
      uitleg: 'Hebt u eerder een zelfevaluatie gedownload (JSON-bestand)? Lees die hier in: het formulier wordt dan voor u ingevuld en u kunt uw antwoorden aanpassen.',
      label: 'Zelfevaluatie (JSON-bestand)',
      hint: 'Het bestand dat u na een eerdere toets hebt gedownload, ten hoogste 1 MB.',
      knop: 'Inlezen en formulier openen',
    },
  },
  fouten: {
    kop: 'Er is een probleem',
    prefix: 'Fout:',
  },
  formulier: {
    titel: (regio: string) => `Zelfevaluatie ${regio}`,
    intro: (document: string, jaar: number) =>
      `U toetst aan ${web.documentMetJaar(document, jaar)}. Alle vragen zijn verplicht, tenzij er "niet verplicht" bij staat.`,
    stappen: 'Stap 1 van 3: gegevens invullen',
    aanbieder: 'Uw organisatie',
    producten: 'Producten',
    productenHint: 'Kies de producten die u wilt aanbieden en klik dan op "Gekozen producten tonen". Per product vraagt het formulier alleen de gegevens die de eisen van dat product nodig hebben.',
    productenTonen: 'Gekozen producten tonen',
    geenProductenGekozen: 'U hebt nog geen product gekozen.',
    tariefOnbekend: 'tarief: zie het aanbestedingsdocument',
    alleenSterfhuis: 'Let op: dit product loopt af (alleen sterfhuis), zonder nieuwe instroom.',
    eisenVanProduct: (n: number) => `Welke eisen stelt de regio aan dit product? (${n})`,
    nodigVoor: (eisen: string) => `Nodig voor: ${eisen}.`,
    nietVerplicht: '(niet verplicht)',
    eenheidVan: (eenheid: string) => eenheid,
    ja: 'Ja',
    nee: 'Nee',
    kies: 'Kies…',
    nietOpgeven: 'Niet opgeven',
    geenMedewerker: 'geen medewerker (regel leeg laten)',
    medewerker: (n: number) => `Medewerker ${n}`,
    roosterRegel: (n: number) => `Regel ${n} van het rooster`,
    tijdvak: (n: number) => `Tijdvak ${n}`,
    regelToevoegen: 'Nog een regel toevoegen',
    tijdvakToevoegen: 'Nog een tijdvak toevoegen',
    lijstHint: 'Eén regel per persoon die in dit dagdeel op de locatie aanwezig is. Regels die u leeg laat, tellen niet mee.',
    medewerkerToevoegen: 'Nog een medewerker toevoegen',
    medewerkerToevoegenContext: (dagdeel: string) => ` (${dagdeel})`,
    verklaringen: 'Verklaringen',
    verklaringenHint: 'Vink aan waar uw organisatie aan voldoet. De tekst is letterlijk uit het aanbestedingsdocument. Zonder vinkje voldoet het product niet aan die eis.',
    bron: (sectie: string) => `Bron: ${sectie}`,
    bijlagen: 'Bijlagen',
    bijlageHint: 'PDF, PNG of JPEG, ten hoogste 10 MB per bestand. Het bestand zelf wordt niet bewaard: alleen de naam, de grootte en een vingerafdruk (SHA-256) komen in de uitslag.',
    bijlageBehouden: (naam: string, grootte: string) => `${naam} (${grootte}) behouden`,
    bijlagenAanwezig: 'Al toegevoegd',
    productVerwijderen: (code: string) => `Product ${code} niet aanbieden`,
    naarControle: 'Verder naar controleren',
    locatieHint: 'Naam of adres van de locatie, zoals u die in de inschrijving noemt.',
  },
  controle: {
    titel: 'Controleer uw antwoorden',
    stappen: 'Stap 2 van 3: controleren',
    intro: 'Hieronder staat wat u hebt ingevuld. Klopt iets niet, kies dan "Wijzigen". De toets wordt pas uitgevoerd als u op "Toets uitvoeren" klikt.',
    wijzigen: 'Wijzigen',
    wijzigenContext: (wat: string) => ` ${wat}`,
    aanbieder: 'Uw organisatie',
    product: (code: string, naam: string) => `${code} ${naam}`,
    verklaringen: 'Verklaringen',
    verklaringenTelling: (aan: number, totaal: number) => `${aan} van ${totaal} aangevinkt`,
    aangevinkt: 'aangevinkt',
    nietAangevinkt: 'niet aangevinkt',
    bijlagen: 'Bijlagen',
    geenBijlagen: 'geen',
    nietIngevuld: 'niet ingevuld',
    uitvoeren: 'Toets uitvoeren',
    regio: 'Regio',
  },
  uitslag: {
    titel: (woord: string) => `Uitslag: ${woord.toLowerCase()}`,
    stappen: 'Stap 3 van 3: uitslag',
    samenvatting: (s: { producten: number; productenVoldoen: number; eisen: number; eisenVoldoetNiet: number; eisenOntbreekt: number; signalen: number }) =>
      `${s.productenVoldoen} van ${s.producten} ${s.producten === 1 ? 'product voldoet' : 'producten voldoen'}. ${s.eisen} eisen getoetst: ${s.eisenVoldoetNiet} ${s.eisenVoldoetNiet === 1 ? 'voldoet' : 'voldoen'} niet, ${s.eisenOntbreekt} ${s.eisenOntbreekt === 1 ? 'ontbreekt' : 'ontbreken'}, ${s.signalen} ${s.signalen === 1 ? 'signaal' : 'signalen'}.`,
    gegevens: 'Gegevens van deze toets',
    aanbieder: 'Aanbieder',
    regio: 'Regio',
    document: 'Aanbestedingsdocument',
    getoetstOp: 'Getoetst op',
    toetsingId: 'Toetsing-id',
    invoerSha256: 'Controlegetal van de zelfevaluatie (SHA-256)',
    omzetting: 'Contractversie',
    tijdstip: (datum: string, tijd: string) => `${datum} om ${tijd} uur`,
    acties: 'Uitslag bewaren of aanpassen',
    pdf: 'PDF-rapport downloaden',
    json: 'Zelfevaluatie downloaden (JSON, om later verder te gaan)',
    wijzigen: 'Antwoorden wijzigen',
    opnieuw: 'Nieuwe toets beginnen',
    regioEisen: 'Regels over producten heen',
    geenRegioEisen: 'De regio stelt geen regels over producten heen.',
    overzicht: 'Producten in één oogopslag',
    product: (code: string, naam: string) => `${code} ${naam}`,
    productUitslag: (woord: string) => `Uitslag: ${woord.toLowerCase()}`,
    telling: (t: { 'voldoet-niet': number; ontbreekt: number; signaal: number; voldoet: number }) =>
      `${t.voldoet} ${t.voldoet === 1 ? 'eis voldoet' : 'eisen voldoen'}, ${t['voldoet-niet']} ${t['voldoet-niet'] === 1 ? 'voldoet' : 'voldoen'} niet, ${t.ontbreekt} ${t.ontbreekt === 1 ? 'ontbreekt' : 'ontbreken'}, ${t.signaal} ${t.signaal === 1 ? 'signaal' : 'signalen'}.`,
    tabelAandacht: (wat: string) => `${wat}: eisen die aandacht vragen`,
    tabelVoldoen: (wat: string) => `${wat}: eisen waaraan het aanbod voldoet`,
    uitklapVoldoen: (n: number) => `${n === 1 ? 'Eis' : 'Eisen'} waaraan het aanbod voldoet (${n})`,
    kolom: { uitslag: 'Uitslag', eis: 'Eis', vraagt: 'Wat de aanbesteding vraagt', opgegeven: 'Wat u opgaf', advies: 'Wat te doen' },
    signaal: 'signaal, geen eis',
    citaat: (tekst: string) => `“${tekst}”`,
    bron: (sectie: string, document: string) => `${sectie}, ${document}`,
    lezing: (tekst: string) => `Lezing: ${tekst}`,
    nietsTeDoen: 'Geen actie nodig.',
    alleenSterfhuis: 'Dit product loopt af (alleen sterfhuis), zonder nieuwe instroom.',
    locatie: (l: string) => `Locatie: ${l}`,
    bijlagen: (namen: string) => `Bijlagen: ${namen}`,
  },
  toegankelijkheid: {
    titel: 'Toegankelijkheidsverklaring',
    intro: 'Wij willen dat iedereen de Eisentoets Beschermd Wonen kan gebruiken, ook mensen met een beperking. Daarom bouwen en testen we de website volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals de Nederlandse overheid voorschrijft (EN 301 549).',
    statusKop: 'Stand van zaken',
    status: 'Deze website voldoet naar ons beste weten aan WCAG 2.1 niveau AA. Dit is nog niet bevestigd door een onafhankelijk onderzoek van een deskundige; tot dat onderzoek er is, noemen wij de status "voldoet gedeeltelijk".',
    getestKop: 'Hoe wij testen',
    getest: [
      'Elke wijziging wordt automatisch getest in een echte browser (Chromium): het formulier invullen, fouten maken, controleren, de uitslag bekijken en de downloads ophalen.',
      'Op elke pagina controleert axe-core tijdens die tests de regels van WCAG 2.1 niveau A en AA; een gevonden probleem laat de test mislukken.',
      'De pagina\'s zijn met alleen het toetsenbord te gebruiken en werken op een scherm van 320 pixels breed en bij 200% vergroting.',
      'Het formulier werkt zonder JavaScript. Er staan geen scripts of stijlen in de pagina zelf, zodat een strikt beveiligingsbeleid (Content Security Policy) de pagina niet breekt.',
    ],
    bekendKop: 'Bekende beperkingen',
    bekend: [
      'Het PDF-rapport is getagd en heeft een documenttitel en taal; lange tabellen in de PDF zijn met een schermlezer minder prettig te lezen dan de uitslag op de webpagina. Gebruik bij voorkeur de webpagina.',
      'De citaten uit de aanbestedingsdocumenten zijn letterlijk overgenomen, ook waar de tekst moeilijk of foutief is.',
    ],
    contactKop: 'Een probleem melden',
    contact: 'Loopt u tegen een probleem aan, of is iets niet toegankelijk? Meld het bij de beheerder van deze website. Vermeld de pagina en wat er misging; u krijgt binnen vijf werkdagen antwoord.',
    datum: (d: string) => `Deze verklaring is opgesteld op ${d}.`,
  },
  foutpagina: {
    nietGevonden: 'Pagina niet gevonden',
    nietGevondenTekst: 'Deze pagina bestaat niet. Controleer het adres, of begin opnieuw.',
    verlopen: 'Begin opnieuw',
    verlopenTekst: 'Deze stap heeft de gegevens van de vorige stap nodig, maar die zijn niet meegestuurd. Uw zelfevaluatie wordt niet op de server bewaard: begin opnieuw, of lees een eerder gedownloade zelfevaluatie in.',
    naarStart: 'Naar de startpagina',
    interneFout: 'Er ging iets mis',
    interneFoutTekst: 'Er ging iets mis bij het verwerken van uw gegevens. Probeer het opnieuw; gebeurt het weer, meld het dan en noem het kenmerk hieronder.',
    requestId: (id: string) => `Kenmerk voor de beheerder: ${id}`,
  },
  fout: {
    leeg: (label: string, eenheid?: string, pad?: string) =>
      (pad && web.foutBij[pad]) ??
      (eenheid === 'uur-klok'
        ? `Vul bij ${label.toLowerCase()} een tijd in, bijvoorbeeld 7.00 of 22.30.`
        : `Vul in: ${label.toLowerCase()}${eenheid && eenheden[eenheid] ? ` (in ${eenheid === 'uur' ? 'uren' : eenheden[eenheid]![1]})` : ''}.`),
    geenGetal: (label: string) => `${label} moet een getal zijn, bijvoorbeeld 5 of 7,5.`,
    geenHeelGetal: (label: string) => `${label} moet een heel getal zijn, zonder komma, bijvoorbeeld 18.`,
    geenTijd: (label: string) => `${label} moet een tijd zijn tussen 0.00 en 24.00 uur, bijvoorbeeld 7.00 of 22.30.`,
    teLaag: (label: string, min: string) => `${label} moet ${min} of meer zijn.`,
    teHoog: (label: string, max: string) => `${label} mag niet meer zijn dan ${max}.`,
    teLang: (label: string, max: number) => `${label} mag niet langer zijn dan ${max} tekens.`,
    patroon: (label: string, pad: string) => web.foutBij[`${pad}:patroon`] ?? `${label} heeft niet de goede vorm.`,
    email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    kiesJaNee: (label: string) => `Kies ja of nee bij ${label.toLowerCase()}.`,
    kies: (label: string, opties: string[]) => `Kies bij ${label.toLowerCase()}: ${opties.slice(0, -1).join(', ')} of ${opties[opties.length - 1]}.`,
    kiesInRij: (rij: string, label: string, opties: string[]) => `${rij}, ${label.toLowerCase()}: kies ${opties.slice(0, -1).join(', ')} of ${opties[opties.length - 1]}.`,
    tijdInRij: (rij: string, label: string) => `${rij}, ${label.toLowerCase()}: vul een tijd in als uu:mm, bijvoorbeeld 07:00 of 22:30.`,
    getalInRij: (rij: string, label: string) => `${rij}, ${label.toLowerCase()}: vul een aantal minuten in, bijvoorbeeld 15.`,
    inProduct: (code: string, bericht: string) => `${code}: ${bericht}`,
    geenProduct: 'Kies ten minste één product dat u wilt aanbieden.',
    bestandTeGroot: (naam: string, max: string) => `Het bestand "${naam}" is groter dan ${max}. Kies een kleiner bestand.`,
    bestandLeeg: (naam: string) => `Het bestand "${naam}" is leeg. Kies een ander bestand.`,
    geenBestand: 'Kies een JSON-bestand met een eerder gedownloade zelfevaluatie.',
    geenJson: (naam: string) => `Het bestand "${naam}" is geen leesbare zelfevaluatie (geen geldige JSON). Kies het JSON-bestand dat u na een eerdere toets hebt gedownload.`,
    onbekendeRegio: (naam: string, regio: string) => `Het bestand "${naam}" hoort bij regio "${regio}", en die regio staat niet in deze toets.`,
    inBestand: 'Het ingelezen bestand bevat gegevens die niet kloppen. Pas ze aan in het formulier.',
  },
  /** Errors for fields whose format a generic sentence cannot explain. */
  foutBij: {
    'aanbieder.naam': 'Vul de naam van uw organisatie in.',
    'aanbieder.kvkNummer': 'Vul het KvK-nummer in: 8 cijfers.',
    'aanbieder.kvkNummer:patroon': 'Het KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 12345678.',
    'aanbieder.agbCode:patroon': 'De AGB-code bestaat uit precies 8 cijfers, bijvoorbeeld 73730123.',
  } as Record<string, string | undefined>,
  /** Hints where the contract's description speaks to integrators rather than to a quality officer. */
  hintBij: {
    'aanbieder.kvkNummer': '8 cijfers, bijvoorbeeld 12345678.',
    'aanbieder.agbCode': '8 cijfers.',
    rooster: 'Wie is er wanneer? Eén regel per medewerker per dienst. Regels met dezelfde dagen, tijden en plaats vormen samen één dienst. Een nachtdienst schrijft u als 22:00 tot 07:00; gelijke begin- en eindtijd is 24 uur.',
    'rooster.diensten': 'Eén regel per medewerker per dienst; regels die u leeg laat, tellen niet mee. Wie in geen dienst staat, is er niet.',
    beschikbaarheid: 'Binnen hoeveel minuten heeft een cliënt telefonisch contact, en binnen hoeveel minuten is er iemand fysiek? Per tijdvak, bijvoorbeeld overdag en \'s nachts; tijdvakken mogen niet overlappen.',
    'beschikbaarheid.vensters': 'Eén regel per tijdvak. Een moment dat in geen tijdvak valt, telt als niet opgegeven.',
    regie: 'Wie voert de regie over de begeleiding van de cliënt (regiebehandelaar of persoonlijk begeleider met de regie)?',
    'regie.niveau': 'Opleidingsniveau van de regievoerder. "mbo met EVC op hbo-niveau": mbo-opgeleid, met via ervaring (EVC) aangetoonde gelijkwaardigheid aan hbo.',
  } as Record<string, string | undefined>,
  /** Legends of a group of top-level facts with the same unit. */
  groepPerEenheid: {
    minuten: 'Bereikbaarheid en beschikbaarheid',
  } as Record<string, string | undefined>,
  eenheid: (eenheid: string | undefined) => (eenheid === 'uur-klok' ? 'uur' : eenheid && eenheden[eenheid] ? eenheden[eenheid]![1] : eenheid),
};

/* ----------------------------------------------------------------------------------------------
 * inkoop: the wording of bid screening for procurement teams (server/screening, templates/inkoop,
 * the CLI commands screen, gebruiker, token and backup). Nothing else uses it.
 * -------------------------------------------------------------------------------------------- */
const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

export const inkoop = {
  titel: 'Eisentoets Beschermd Wonen: inkoop',
  naamloos: 'naamloos bestand',
  ja: 'ja',
  nee: 'nee',
  cel: {
    voldoet: uitslagLabel.voldoet,
    'voldoet-niet': uitslagLabel['voldoet-niet'],
    'niet-aangeboden': 'Niet aangeboden',
  } as Record<'voldoet' | 'voldoet-niet' | 'niet-aangeboden', string>,
  db: {
    nieuwer: (heeft: number, kent: number) =>
      `De database heeft schemaversie ${heeft}, deze versie van Eisentoets kent tot en met ${kent}. Gebruik een nieuwere versie of een back-up van vóór de upgrade.`,
  },
  probleem: {
    nietAangemeld: {
      titel: 'Niet aangemeld',
      detail: 'Meld u aan (sessie) of stuur een API-sleutel mee: "Authorization: Bearer <sleutel>".',
    },
    csrf: {
      titel: 'Formulier verlopen',
      detail: 'Het formulier is verlopen of niet vanaf deze website verstuurd. Laad de pagina opnieuw en probeer het nog eens.',
    },
    sessieVerlopen: { titel: 'Sessie verlopen', detail: 'Uw sessie is verlopen of beëindigd. Log opnieuw in (in een ander tabblad) en upload de bestanden nog eens.' },
    rondeNietGevonden: 'Er is geen screeningsronde met dit id.',
    inschrijvingNietGevonden: 'Er is geen inschrijving met dit id in deze ronde.',
    uploadNietGevonden: 'Er is geen upload met dit nummer in deze ronde.',
    ongeldigeRonde: { titel: 'De ronde is niet goed ingevuld', detail: (n: number) => `${meervoud(n, 'probleem', 'problemen')}; zie errors.` },
    upload: 'Upload niet verwerkt',
    teGroot: 'Upload te groot',
    geenBestanden: 'Kies één of meer zelfevaluaties (JSON-bestanden) of een ZIP-bestand daarmee.',
    rondeVol: (max: number, nu: number) => `Een ronde kan ten hoogste ${max} inschrijvingen bevatten; deze heeft er al ${nu}.`,
    keuze: 'Keuze niet mogelijk',
    geenKeuze: 'Alleen een geldige inschrijving kan meetellen.',
    opslaanMislukt: 'De inschrijvingen konden niet worden opgeslagen. Er is niets van deze upload bewaard; probeer het opnieuw.',
  },
  limiet: {
    verzoek: (mb: number) => `Alle bestanden van één upload samen mogen ten hoogste ${mb} MB zijn.`,
    bestand: (mb: number) => `Eén bestand mag ten hoogste ${mb} MB zijn.`,
    aantal: (n: number) => `Eén upload mag ten hoogste ${n} zelfevaluaties bevatten.`,
    zipAantal: (n: number) => `Het ZIP-bestand bevat meer dan ${n} bestanden.`,
    uitgepakt: (mb: number) => `Uitgepakt is het ZIP-bestand groter dan ${mb} MB.`,
    velden: 'Het formulier bevat te veel of te lange velden.',
    onleesbaar: 'Het verzoek is geen leesbaar multipart/form-data (afgebroken of beschadigd). Probeer het opnieuw.',
    onbekendDeel: (veld: string) => `Stuur de bestanden als multipart/form-data in het veld "${veld}".`,
    mediatype: (veld: string) => `Stuur de bestanden als multipart/form-data in het veld "${veld}".`,
  },
  fout: {
    andereRegio: (regio: string, ronde: string) => `Deze zelfevaluatie is voor regio "${regio}"; de ronde is voor ${ronde}.`,
    zipOnleesbaar: 'Dit ZIP-bestand is beschadigd of geen ZIP-bestand.',
    zipEntry: 'Dit bestand in het ZIP-bestand is niet te lezen (beschadigd of een onbekende compressie).',
    versleuteld: 'Dit bestand in het ZIP-bestand is versleuteld.',
    zipInZip: 'Een ZIP-bestand in een ZIP-bestand wordt niet uitgepakt; voeg de zelfevaluaties zelf toe.',
    teGroot: (mb: number) => `Het bestand is groter dan ${mb} MB; een zelfevaluatie is veel kleiner.`,
  },
  ronde: {
    naam: 'Naam',
    regio: 'Regio',
    sluitingsdatum: 'Sluitingsdatum',
    naamVerplicht: 'Naam: geef de ronde een naam (ten hoogste 200 tekens).',
    regioOnbekend: (bekend: string) => `Regio: kies een regio uit de catalogus (${bekend}).`,
    datumOngeldig: 'Sluitingsdatum: geef een datum als JJJJ-MM-DD.',
  },
  audit: {
    actie: {
      ingelogd: 'Ingelogd',
      'ronde-aangemaakt': 'Ronde aangemaakt',
      'inschrijvingen-toegevoegd': 'Inschrijvingen toegevoegd',
      'keuze-dubbel': 'Keuze bij dubbele inschrijving',
      'export-xlsx': 'Export: Excel-werkmap',
      'export-csv': 'Export: CSV',
      'export-rapporten': 'Export: ZIP met PDF-rapporten',
      'rapport-gedownload': 'PDF-rapport gedownload',
      'resultaat-bekeken': 'Toetsresultaat bekeken',
      'ronde-verwijderd': 'Ronde verwijderd',
      'api-sleutel-aangemaakt': 'API-sleutel aangemaakt',
      'api-sleutel-ingetrokken': 'API-sleutel ingetrokken',
      'wachtwoord-gewijzigd': 'Wachtwoord gewijzigd',
      'inschrijving-verwijderd': 'Inschrijving verwijderd',
      'upload-verwijderd': 'Upload verwijderd',
    },
    ingetrokken: (sessies: number, sleutels: number) => `${meervoud(sessies, 'sessie', 'sessies')} en ${meervoud(sleutels, 'API-sleutel', 'API-sleutels')} ingetrokken`,
    toegevoegd: (n: number, geldig: number, herkend = 0) =>
      `${meervoud(n, 'bestand', 'bestanden')}: ${geldig} geldig, ${n - geldig} ongeldig${herkend > 0 ? `; ${herkend} al eerder ontvangen` : ''}`,
    uploadVerwijderd: (nr: number, n: number) => `upload ${nr} met ${meervoud(n, 'inschrijving', 'inschrijvingen')}`,
    // Numbers only: the log outlives a deleted round, and must not keep who bid.
    keuze: (nr: number) => `inschrijving ${nr} telt mee voor haar KvK-nummer`,
    verwijderd: (n: number) => `${meervoud(n, 'inschrijving', 'inschrijvingen')} verwijderd`,
    inschrijving: (nr: number) => `inschrijving ${nr}`,
    export: (n: number) => meervoud(n, 'inschrijving', 'inschrijvingen'),
  },
  export: {
    titel: (ronde: string) => `Screening ${ronde}`,
    blad: { matrix: 'Matrix', tekortkomingen: 'Tekortkomingen', ongeldig: 'Ongeldig', dubbel: 'Dubbele KvK-nummers', ronde: 'Ronde' },
    matrixKolommen: ['Nr', 'Aanbieder', 'KvK-nummer', 'Bestand', 'Uitslag'],
    regioRegels: 'Regels regio',
    telling: { aangeboden: 'Aangeboden', voldoet: 'Voldoet', voldoetNiet: 'Voldoet niet' },
    tekortkomingKolommen: [
      ['Nr', 6], ['Aanbieder', 28], ['KvK-nummer', 12], ['Product', 10], ['Productnaam', 24], ['Eis-id', 28], ['Eis', 36],
      ['Uitslag', 13], ['Verwacht', 32], ['Opgegeven', 32], ['Document', 30], ['Sectie', 30], ['Citaat', 80],
    ] as Array<[string, number]>,
    ongeldigKolommen: [['Nr', 6], ['Bestand', 32], ['Aanbieder', 28], ['KvK-nummer', 12], ['Waar', 28], ['Fout', 80]] as Array<[string, number]>,
    dubbelKolommen: [['KvK-nummer', 12], ['Nr', 6], ['Aanbieder', 28], ['Bestand', 32], ['Geüpload op', 24], ['Telt mee', 10]] as Array<[string, number]>,
    ronde: {
      naam: 'Ronde',
      regio: 'Regio',
      document: 'Aanbestedingsdocument',
      sluitingsdatum: 'Sluitingsdatum',
      tijdstip: 'Geëxporteerd op (UTC)',
      door: 'Geëxporteerd door',
      bestanden: 'Bestanden ontvangen',
      geldig: 'Geldige zelfevaluaties',
      ongeldig: 'Ongeldige bestanden',
      tellen: 'Inschrijvers (tellen mee)',
      voldoet: 'Voldoen aan alle eisen',
      voldoetNiet: 'Voldoen niet',
      dubbel: 'KvK-nummers met meer dan één inschrijving',
    },
  },
  /** The pages under /inkoop (templates/inkoop). */
  pagina: {
    dienst: 'Eisentoets Beschermd Wonen',
    inkoop: 'inkoop',
    naarInhoud: 'Direct naar de inhoud',
    menu: 'Hoofdmenu',
    kruimelpad: 'U bent hier',
    uitloggen: 'Uitloggen',
    voettekst: 'Inschrijvingen zijn vertrouwelijk. Alleen medewerkers van uw organisatie zien de rondes van uw organisatie; elke export en verwijdering staat in het logboek.',
    foutenKop: 'Er is een probleem',
    inloggen: {
      titel: 'Inloggen',
      uitleg: 'Log in om de inschrijvingen van uw aanbestedingsrondes te screenen.',
      fout: 'Het e-mailadres of het wachtwoord klopt niet.',
      email: 'E-mailadres',
      wachtwoord: 'Wachtwoord',
      knop: 'Inloggen',
      geenAccount: 'Nog geen account? De beheerder van Eisentoets maakt het aan (eisentoets gebruiker).',
    },
    rondes: {
      titel: 'Screeningsrondes',
      menu: 'Rondes',
      uitleg: 'Een ronde hoort bij één regio en één aanbesteding. U uploadt de zelfevaluaties van de inschrijvers en ziet per inschrijver en product of het aanbod voldoet.',
      lijstKop: 'Rondes van uw organisatie',
      geen: 'Uw organisatie heeft nog geen rondes. Maak hieronder de eerste aan.',
      kolom: {
        naam: 'Ronde',
        regio: 'Regio',
        sluitingsdatum: 'Sluitingsdatum',
        inschrijvingen: 'Bestanden',
        geldig: 'Geldig',
        voldoet: 'Voldoen',
        aangemaakt: 'Aangemaakt',
      },
      nieuwKop: 'Nieuwe ronde',
      veld: {
        naam: 'Naam van de ronde',
        naamHint: 'Bijvoorbeeld: Beschermd Wonen 2026, eerste ronde.',
        regio: 'Regio en aanbestedingsdocument',
        sluitingsdatum: 'Sluitingsdatum van de inschrijving',
      },
      knop: 'Ronde aanmaken',
    },
    ronde: {
      sluit: 'sluit',
      exportKop: 'Exporteren en beheren',
      xlsx: 'Excel-werkmap',
      csv: 'CSV',
      rapporten: 'ZIP met PDF-rapporten',
      verwijderen: 'Ronde verwijderen',
      uploadKop: 'Inschrijvingen toevoegen',
      uploadLabel: 'Zelfevaluaties (JSON-bestanden) of één ZIP-bestand',
      uploadHint: (bestanden: number, mb: number, totaal: number) =>
        `Kies meerdere JSON-bestanden tegelijk, of een ZIP-bestand met JSON-bestanden. Ten hoogste ${bestanden} zelfevaluaties van elk ${mb} MB, samen ${totaal} MB. Elk bestand wordt meteen getoetst; een bestand dat geen geldige zelfevaluatie is, komt met de fouten in de lijst “Ongeldige bestanden”.`,
      uploadKnop: 'Uploaden en toetsen',
      matrixKop: 'Inschrijvers en producten',
      matrixOnderschrift: 'Per inschrijver en product: voldoet, voldoet niet of niet aangeboden. Onderaan de tellingen per product.',
      filterAlle: 'Alle inschrijvers',
      filterNiet: 'Alleen wie niet voldoet',
      leegNaFilter: 'Alle inschrijvers voldoen: er is niemand om te tonen.',
      kolom: { nr: 'Nr', aanbieder: 'Aanbieder', uitslag: 'Uitslag', regio: 'Regio', regioTitel: 'Regels van de regio over producten heen', rapport: 'Rapport' },
      dubbelLabel: 'KvK dubbel',
      telling: { aangeboden: 'Aangeboden', voldoet: 'Voldoet', voldoetNiet: 'Voldoet niet' },
      legenda: { voldoet: 'voldoet', voldoetNiet: 'voldoet niet', leeg: 'niet aangeboden' },
      codesKop: 'Productcodes en namen',
      pdfVan: (naam: string) => `PDF-rapport van ${naam}`,
      melding: (ontvangen: number, geldig: number, ongeldig: number, dubbel: number, overgeslagen = 0, herkend = 0) =>
        `${meervoud(ontvangen, 'bestand', 'bestanden')} ontvangen en getoetst: ${geldig} geldig, ${ongeldig} ongeldig.${herkend > 0 ? ` ${meervoud(herkend, 'bestand was', 'bestanden waren')} al eerder ontvangen (precies dezelfde inhoud) en ${herkend === 1 ? 'is' : 'zijn'} niet opnieuw bewaard.` : ''}${dubbel > 0 ? ` ${meervoud(dubbel, 'KvK-nummer heeft', 'KvK-nummers hebben')} nu meer dan één inschrijving: de nieuwste telt mee. Kies hieronder een andere als dat nodig is.` : ''}${overgeslagen > 0 ? ` ${meervoud(overgeslagen, 'verborgen bestand', 'verborgen bestanden')} in het ZIP-bestand (zoals __MACOSX of .DS_Store) niet gelezen.` : ''}`,
      samenvatting: (t: { bestanden: number; ongeldig: number; tellen: number; voldoet: number; voldoetNiet: number; dubbel: number }) =>
        t.bestanden === 0
          ? 'Nog geen inschrijvingen. Upload hierboven de zelfevaluaties.'
          : `${meervoud(t.tellen, 'inschrijver', 'inschrijvers')}: ${t.voldoet} ${t.voldoet === 1 ? 'voldoet' : 'voldoen'} aan alle eisen, ${t.voldoetNiet} niet.${t.ongeldig > 0 ? ` ${meervoud(t.ongeldig, 'bestand is', 'bestanden zijn')} ongeldig.` : ''}${t.dubbel > 0 ? ` ${meervoud(t.dubbel, 'KvK-nummer komt', 'KvK-nummers komen')} meer dan eens voor.` : ''}`,
    },
    voortgang: {
      versturen: 'Versturen: {p}%',
      toetsen: 'Getoetst: {n} van {m}',
      opslaan: 'Opslaan…',
      klaar: 'Klaar: {n} bestanden verwerkt.',
      fout: 'Niet gelukt: {d}',
      onbekend: 'de server gaf geen bruikbaar antwoord. Laad de pagina opnieuw (misschien moet u opnieuw inloggen) en probeer het nog eens.',
    },
    dubbel: {
      kop: 'Dubbele KvK-nummers',
      uitleg: 'Van deze KvK-nummers zijn meer inschrijvingen ontvangen. Er telt er één mee in het overzicht en de exports: kies welke.',
      legend: (kvk: string) => `KvK ${kvk}: welke inschrijving telt mee?`,
      optie: (nr: number, naam: string, bestand: string, op: string) => `Nr ${nr}: ${naam}, ${bestand}, ${op}`,
      teltNu: 'telt nu mee',
      bekijk: 'bekijken',
      knop: 'Deze keuze opslaan',
    },
    ongeldig: {
      kop: 'Ongeldige bestanden',
      uitleg: 'Deze bestanden zijn geen geldige zelfevaluatie en tellen niet mee. Per bestand staat waar het probleem zit; vraag de aanbieder om een verbeterd bestand.',
    },
    inschrijving: {
      nummer: 'Inschrijving',
      kop: (naam: string, kvk: string) => `${naam} (KvK ${kvk})`,
      ongeldigKop: (bestand: string) => `Ongeldig bestand: ${bestand}`,
      pdf: 'PDF-rapport downloaden',
      terug: 'Terug naar de ronde',
      bestand: 'Bestand',
      geupload: 'Geüpload',
      regio: 'Getoetst aan',
      getoetstOp: 'Getoetst op',
      sha256: 'SHA-256 van het bestand',
      teltNiet: 'Deze inschrijving telt niet mee: er is een andere inschrijving met hetzelfde KvK-nummer die meetelt.',
      laatTellen: 'Laat deze inschrijving meetellen',
      regioEisen: 'Regels over producten heen',
      tekortKop: 'Waar de inschrijving niet voldoet',
      locatie: 'Locatie:',
      ongeldig: 'Geen geldige zelfevaluatie',
      samenvatting: (s: { producten: number; productenVoldoen: number; eisen: number; eisenVoldoetNiet: number; eisenOntbreekt: number; signalen: number }) =>
        `${s.productenVoldoen} van ${meervoud(s.producten, 'product voldoet', 'producten voldoen')}. ${s.eisen} eisen getoetst: ${s.eisenVoldoetNiet} ${s.eisenVoldoetNiet === 1 ? 'voldoet' : 'voldoen'} niet, ${s.eisenOntbreekt} ${s.eisenOntbreekt === 1 ? 'ontbreekt' : 'ontbreken'}, ${meervoud(s.signalen, 'signaal', 'signalen')}.`,
      kolom: { uitslag: 'Uitslag', eis: 'Eis', verwacht: 'Verwacht', opgegeven: 'Opgegeven', bron: 'Bron' },
    },
    verwijderen: {
      titel: (naam: string) => `Ronde “${naam}” verwijderen`,
      uitleg: (n: number) =>
        `De ronde en ${meervoud(n, 'inschrijving', 'inschrijvingen')} met hun bestanden en toetsresultaten worden definitief verwijderd. Dit kan niet ongedaan worden gemaakt. In het logboek blijft staan dat de ronde is verwijderd.`,
      knop: 'Definitief verwijderen',
      annuleren: 'Annuleren',
      klaar: (naam: string) => `Ronde “${naam}” is verwijderd, met alle inschrijvingen en bestanden.`,
      inschrijvingTitel: (nr: number, naam: string) => `Inschrijving ${nr} (${naam}) verwijderen`,
      inschrijvingUitleg: (telt: boolean) =>
        `De inschrijving wordt met haar bestand en toetsresultaat definitief verwijderd. Dit kan niet ongedaan worden gemaakt; u kunt het bestand wel opnieuw uploaden.${telt ? ' Heeft dit KvK-nummer nog een andere geldige inschrijving, dan telt de nieuwste daarvan mee.' : ''} In het logboek komt te staan dat inschrijving met dit nummer is verwijderd.`,
      inschrijvingKlaar: (nr: number) => `Inschrijving ${nr} is verwijderd.`,
      uploadTitel: (nr: number) => `Upload ${nr} verwijderen`,
      uploadUitleg: (nr: number, op: string, n: number) =>
        `Upload ${nr} van ${op} wordt verwijderd, met ${meervoud(n, 'inschrijving', 'inschrijvingen')}, hun bestanden en toetsresultaten. Dit kan niet ongedaan worden gemaakt. Andere uploads van deze ronde blijven staan.`,
      uploadKlaar: (nr: number, n: number) => `Upload ${nr} is verwijderd, met ${meervoud(n, 'inschrijving', 'inschrijvingen')}.`,
      inschrijvingKnop: 'Inschrijving verwijderen',
    },
    uploads: {
      kop: 'Uploads',
      uitleg: 'Elke keer dat er bestanden zijn toegevoegd. Een upload die niet goed was (verkeerde bestanden, de verkeerde ronde) verwijdert u hier in één keer.',
      regel: (nr: number, op: string, door: string, n: number) => `Upload ${nr}: ${op}${door ? `, ${door}` : ''}, ${meervoud(n, 'inschrijving', 'inschrijvingen')}`,
      verwijderen: 'verwijderen',
    },
    logboek: {
      titel: 'Logboek',
      menu: 'Logboek',
      uitleg: 'Wie wat deed met de vertrouwelijke gegevens van uw organisatie: uploads, exports, downloads en verwijderingen. De nieuwste staan bovenaan (ten hoogste 500).',
      kolom: { tijdstip: 'Tijdstip', gebruiker: 'Gebruiker', actie: 'Actie', ronde: 'Ronde', details: 'Details' },
      leeg: 'Het logboek is nog leeg.',
    },
    sleutels: {
      titel: 'API-sleutels',
      menu: 'API-sleutels',
      uitleg: 'Met een API-sleutel kan een ander systeem namens u de inkoop-API gebruiken (/api/v1/screeningsrondes). Een sleutel geeft dezelfde toegang als uw account en werkt tot hij verloopt; trek een sleutel in zodra hij niet meer nodig is. Als uw wachtwoord wordt gewijzigd, vervallen al uw sleutels.',
      nieuw: 'Uw nieuwe API-sleutel. Kopieer hem nu: hij wordt niet opnieuw getoond.',
      kolom: { omschrijving: 'Omschrijving', aangemaakt: 'Aangemaakt', verloopt: 'Verloopt', gebruikt: 'Laatst gebruikt', actie: 'Actie' },
      dagen: 'Geldig',
      dagenOptie: (d: number) => (d === 365 ? '1 jaar' : `${d} dagen`),
      verlopen: 'verlopen',
      intrekken: 'Intrekken',
      geen: 'U heeft nog geen API-sleutels.',
      nieuwKop: 'Nieuwe API-sleutel',
      omschrijving: 'Omschrijving',
      omschrijvingHint: 'Waarvoor is de sleutel? Bijvoorbeeld: koppeling met het contractbeheersysteem.',
      knop: 'Sleutel aanmaken',
      gebruik: 'Gebruik: stuur de sleutel mee in de kop "Authorization: Bearer <sleutel>".',
      nooit: 'nog niet',
      standaardOmschrijving: 'API-sleutel',
    },
    fout: {
      verzoek: 'Verzoek-id:',
      terug: 'Naar de screeningsrondes',
    },
  },
  cli: {
    screenGebruik: 'Gebruik: eisentoets screen <map|bestand.zip> --regio <id> --out <map> [--naam <rondenaam>]',
    bronOntbreekt: 'Geef een map met zelfevaluaties (JSON) of een ZIP-bestand op.',
    regioOntbreekt: (bekend: string) => `Geef de regio op met --regio (${bekend}).`,
    outOntbreekt: 'Geef met --out de map op waar de uitvoer komt.',
    onbekendeRegio: (regio: string, bekend: string) => `Onbekende regio "${regio}". Bekende regio's: ${bekend}.`,
    geenBestanden: (bron: string) => `Geen zelfevaluaties gevonden in ${bron}.`,
    toetsen: 'Toetsen   ',
    rapporten: 'Rapporten ',
    klaar: (t: { bestanden: number; geldig: number; ongeldig: number; voldoet: number; voldoetNiet: number; dubbel: number }, seconden: string) =>
      `${meervoud(t.bestanden, 'bestand', 'bestanden')} in ${seconden} s: ${t.geldig} geldig (${t.voldoet} voldoen, ${t.voldoetNiet} voldoen niet), ${t.ongeldig} ongeldig, ${meervoud(t.dubbel, 'KvK-nummer', 'KvK-nummers')} dubbel.`,
    geschreven: (pad: string) => `Geschreven: ${pad}`,
    overgeslagen: (n: number) => `${meervoud(n, 'verborgen bestand', 'verborgen bestanden')} in het ZIP-bestand niet gelezen (zoals __MACOSX of .DS_Store).`,
    gebruikerGebruik: 'Gebruik: eisentoets gebruiker <e-mail> --organisatie <naam> [--naam <weergavenaam>] [--wachtwoord-wijzigen]',
    emailOntbreekt: 'Geef het e-mailadres van de gebruiker op.',
    organisatieOntbreekt: 'Geef met --organisatie de organisatie op waartoe de gebruiker hoort.',
    wachtwoord: 'Wachtwoord: ',
    wachtwoordNogmaals: 'Nogmaals: ',
    wachtwoordenVerschillen: 'De wachtwoorden verschillen.',
    wachtwoordTeKort: (n: number) => `Het wachtwoord moet ten minste ${n} tekens hebben.`,
    gebruikerAangemaakt: (email: string, organisatie: string) => `Gebruiker ${email} aangemaakt bij ${organisatie}. Aanmelden: /inkoop/inloggen`,
    gebruikerBestaat: (email: string) => `Er is al een gebruiker ${email}. Gebruik --wachtwoord-wijzigen om het wachtwoord te wijzigen.`,
    wachtwoordGewijzigd: (email: string, sessies: number, sleutels: number) =>
      `Wachtwoord van ${email} gewijzigd. ${meervoud(sessies, 'sessie', 'sessies')} en ${meervoud(sleutels, 'API-sleutel', 'API-sleutels')} ingetrokken: wie nog was ingelogd, moet opnieuw inloggen.`,
    onbekendeGebruiker: (email: string) => `Er is geen gebruiker ${email}.`,
    tokenGebruik: 'Gebruik: eisentoets token <e-mail> [--omschrijving <tekst>] [--dagen <1-365>] | --lijst | --intrekken <nr|alle>',
    tokenAangemaakt: (tot: string) => `API-sleutel, geldig tot ${tot} (wordt maar één keer getoond; bewaar hem veilig):`,
    dagenOngeldig: (max: number) => `--dagen moet een heel getal van 1 tot en met ${max} zijn.`,
    intrekkenOngeldig: '--intrekken verwacht het nummer van een sleutel (zie --lijst) of "alle".',
    geenSleutels: (email: string) => `${email} heeft geen API-sleutels.`,
    sleutelRegel: (k: { id: number; omschrijving: string; aangemaaktOp: string; verlooptOp: string; laatstGebruiktOp: string | null }) =>
      `${k.id}\t${k.omschrijving}\taangemaakt ${k.aangemaaktOp.slice(0, 10)}\tverloopt ${k.verlooptOp.slice(0, 10)}\tlaatst gebruikt ${k.laatstGebruiktOp?.slice(0, 10) ?? 'nooit'}`,
    onbekendeSleutel: (nr: string, email: string) => `${email} heeft geen API-sleutel met nummer ${nr}.`,
    sleutelsIngetrokken: (n: number, email: string) => `${meervoud(n, 'API-sleutel', 'API-sleutels')} van ${email} ingetrokken; ze werken meteen niet meer.`,
    tokenOmschrijving: 'aangemaakt met de opdrachtregel',
    backupGebruik: 'Gebruik: eisentoets backup <doelbestand.sqlite>',
    backupKlaar: (pad: string) => `Back-up geschreven naar ${pad}.`,
    database: (pad: string) => `Database: ${pad}`,
  },
};
