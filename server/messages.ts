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

/** The cross-region comparison (/vergelijken). */
export const vergelijking = {
  onderwerpen: {
    bereikbaarheid: 'Telefonisch bereikbaar',
    beschikbaarheidDag: 'Fysiek beschikbaar (overdag of altijd)',
    beschikbaarheidNacht: "Fysiek beschikbaar 's nachts",
    beschikbaarheidWijk: 'Fysiek beschikbaar in de wijk',
    aanwezigheid: 'Aanwezigheid',
    bezettingNacht: "Bezetting 's nachts",
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
  perEtmaal: (bedrag: string) => `€ ${bedrag} per etmaal`,
  maandNaarEtmaal: (etmaal: string, maand: string) => `€ ${etmaal} per etmaal (omgerekend: € ${maand} per maand × 12 ÷ 365)`,
  jaarNaarEtmaal: (etmaal: string, jaar: string) => `€ ${etmaal} per etmaal (omgerekend: € ${jaar} per jaar ÷ 365)`,
  andereEenheid: (bedrag: string, eenheid: string) => `€ ${bedrag} per ${eenheid} (niet om te rekenen naar een etmaal)`,
  tariefOnbekend: 'niet in het document (verwijst naar elders)',
  geenEis: 'geen eis',
};

/* ----------------------------------------------------------------------------------------------
 * web: the wording of the provider's web form, review and result pages (server/web, templates/).
 * Nothing else uses it.
 * -------------------------------------------------------------------------------------------- */
export const web = {
  dienst: 'Eisentoets Beschermd Wonen',
  layout: {
    naarInhoud: 'Direct naar de inhoud',
    home: 'Eisentoets Beschermd Wonen: naar de startpagina',
    voettekst: 'Wat u invult, blijft in uw browser en in de bestanden die u zelf downloadt: de server bewaart niets van uw zelfevaluatie.',
    toegankelijkheid: 'Toegankelijkheid',
    api: 'API voor koppelingen (OpenAPI)',
    voettekstNavigatie: 'Over deze website',
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
    regioDetail: (document: string, jaar: number, producten: number) => `${document} (${jaar}), ${producten} ${producten === 1 ? 'product' : 'producten'}`,
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
    intro: (document: string, jaar: number) => `U toetst aan ${document} (${jaar}). Alle vragen zijn verplicht, tenzij er "niet verplicht" bij staat.`,
    stappen: 'Stap 1 van 3: gegevens invullen',
    aanbieder: 'Uw organisatie',
    producten: 'Producten',
    productenHint: 'Kies de producten die u wilt aanbieden en klik dan op "Gekozen producten tonen". Per product vraagt het formulier alleen de gegevens die de eisen van dat product nodig hebben.',
    productenTonen: 'Gekozen producten tonen',
    geenProductenGekozen: 'U hebt nog geen product gekozen.',
    tarief: (bedrag: string, eenheid: string) => `${bedrag} per ${eenheid}`,
    tariefOnbekend: 'tarief: zie het aanbestedingsdocument',
    alleenSterfhuis: 'Let op: dit product loopt af (alleen sterfhuis), zonder nieuwe instroom.',
    eisenVanProduct: (n: number) => `Welke eisen stelt de regio aan dit product? (${n})`,
    nodigVoor: (eisen: string) => `Nodig voor: ${eisen}.`,
    nietVerplicht: '(niet verplicht)',
    eenheidVan: (eenheid: string) => eenheid,
    ja: 'Ja',
    nee: 'Nee',
    kies: 'Kies…',
    geenMedewerker: 'geen medewerker (regel leeg laten)',
    medewerker: (n: number) => `Medewerker ${n}`,
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
    tijdstip: (datum: string, tijd: string) => `${datum} om ${tijd} uur`,
    acties: 'Uitslag bewaren of aanpassen',
    pdf: 'PDF-rapport downloaden',
    json: 'Zelfevaluatie downloaden (JSON, om later verder te gaan)',
    wijzigen: 'Antwoorden wijzigen',
    opnieuw: 'Nieuwe toets beginnen',
    regioEisen: 'Regels over producten heen',
    geenRegioEisen: 'De regio stelt geen regels over producten heen.',
    product: (code: string, naam: string) => `${code} ${naam}`,
    productUitslag: (woord: string) => `Uitslag: ${woord.toLowerCase()}`,
    telling: (t: { 'voldoet-niet': number; ontbreekt: number; signaal: number; voldoet: number }) =>
      `${t.voldoet} ${t.voldoet === 1 ? 'eis voldoet' : 'eisen voldoen'}, ${t['voldoet-niet']} ${t['voldoet-niet'] === 1 ? 'voldoet' : 'voldoen'} niet, ${t.ontbreekt} ${t.ontbreekt === 1 ? 'ontbreekt' : 'ontbreken'}, ${t.signaal} ${t.signaal === 1 ? 'signaal' : 'signalen'}.`,
    tabelOnderschrift: (code: string) => `Eisen van ${code}, eerst wat aandacht vraagt`,
    kolom: { uitslag: 'Uitslag', eis: 'Eis', vraagt: 'Wat de aanbesteding vraagt', opgegeven: 'Wat u opgaf', advies: 'Wat te doen' },
    signaal: 'signaal, geen eis',
    citaat: (tekst: string) => `“${tekst}”`,
    bron: (sectie: string, document: string) => `${sectie}, ${document}`,
    lezing: (tekst: string) => `Lezing: ${tekst}`,
    nietsTeDoen: 'Niets: voldoet.',
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
      (pad && web.foutBij[pad]) ?? `Vul in: ${label.toLowerCase()}${eenheid && eenheid !== 'uur-klok' && eenheden[eenheid] ? ` (in ${eenheden[eenheid]![1]})` : ''}.`,
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
    kiesInRij: (label: string, rij: number, opties: string[]) => `Kies bij medewerker ${rij} de ${label.toLowerCase()}: ${opties.slice(0, -1).join(', ')} of ${opties[opties.length - 1]}.`,
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
    bezetting: 'Wie is er per dagdeel fysiek op de locatie aanwezig? Dag is 07.00-15.00 uur, avond 15.00-23.00 uur, nacht 23.00-07.00 uur.',
    'aanwezigheid.vanafUur': 'Begin van de dagelijkse aanwezigheid, bijvoorbeeld 7.00.',
    'aanwezigheid.totUur': 'Einde van de dagelijkse aanwezigheid, bijvoorbeeld 22.00.',
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
    rondeNietGevonden: 'Er is geen screeningsronde met dit id.',
    inschrijvingNietGevonden: 'Er is geen inschrijving met dit id in deze ronde.',
    ongeldigeRonde: { titel: 'De ronde is niet goed ingevuld', detail: (n: number) => `${meervoud(n, 'probleem', 'problemen')}; zie errors.` },
    upload: 'Upload niet verwerkt',
    teGroot: 'Upload te groot',
    geenBestanden: 'Kies één of meer zelfevaluaties (JSON-bestanden) of een ZIP-bestand daarmee.',
    rondeVol: (max: number, nu: number) => `Een ronde kan ten hoogste ${max} inschrijvingen bevatten; deze heeft er al ${nu}.`,
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
    rapporten: (n: number) => meervoud(n, 'rapport', 'rapporten'),
    inschrijving: (nr: number, naam: string) => `inschrijving ${nr} (${naam})`,
    export: (n: number) => meervoud(n, 'inschrijving', 'inschrijvingen'),
  } as Record<string, string> & {
    rapporten: (n: number) => string;
    inschrijving: (nr: number, naam: string) => string;
    export: (n: number) => string;
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
    gebruikerGebruik: 'Gebruik: eisentoets gebruiker <e-mail> --organisatie <naam> [--naam <weergavenaam>] [--wachtwoord-wijzigen]',
    emailOntbreekt: 'Geef het e-mailadres van de gebruiker op.',
    organisatieOntbreekt: 'Geef met --organisatie de organisatie op waartoe de gebruiker hoort.',
    wachtwoord: 'Wachtwoord: ',
    wachtwoordNogmaals: 'Nogmaals: ',
    wachtwoordenVerschillen: 'De wachtwoorden verschillen.',
    wachtwoordTeKort: (n: number) => `Het wachtwoord moet ten minste ${n} tekens hebben.`,
    gebruikerAangemaakt: (email: string, organisatie: string) => `Gebruiker ${email} aangemaakt bij ${organisatie}. Aanmelden: /inkoop/inloggen`,
    gebruikerBestaat: (email: string) => `Er is al een gebruiker ${email}. Gebruik --wachtwoord-wijzigen om het wachtwoord te wijzigen.`,
    wachtwoordGewijzigd: (email: string) => `Wachtwoord van ${email} gewijzigd.`,
    onbekendeGebruiker: (email: string) => `Er is geen gebruiker ${email}.`,
    tokenGebruik: 'Gebruik: eisentoets token <e-mail> [--omschrijving <tekst>]',
    tokenAangemaakt: 'API-sleutel (wordt maar één keer getoond; bewaar hem veilig):',
    tokenOmschrijving: 'aangemaakt met de opdrachtregel',
    backupGebruik: 'Gebruik: eisentoets backup <doelbestand.sqlite>',
    backupKlaar: (pad: string) => `Back-up geschreven naar ${pad}.`,
    database: (pad: string) => `Database: ${pad}`,
  },
};
