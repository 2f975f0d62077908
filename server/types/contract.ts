/* Gegenereerd uit schemas/zelfevaluatie.schema.json en schemas/toetsresultaat.schema.json door `npm run gen:types`. Niet met de hand wijzigen. */

/**
 * De dagen waarop het tijdvak begint; één keer elke dag.
 *
 * @minItems 1
 * @maxItems 7
 */
export type Dagen = [Dag, ...Dag[]];
/**
 * Dag van de week.
 */
export type Dag = 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
/**
 * Opleidingsniveau van een medewerker. Volgorde hbo > mbo4 > mbo3 > overig: "minimaal mbo-4" wordt ook door hbo gehaald. overig = beveiliger, ongeschoold en dergelijke.
 */
export type Niveau = 'hbo' | 'mbo4' | 'mbo3' | 'overig';
/**
 * De dagen waarop het tijdvak begint; één keer elke dag.
 *
 * @minItems 1
 * @maxItems 7
 */
export type Dagen1 = [Dag, ...Dag[]];
/**
 * voldoet of voldoet-niet.
 */
export type Uitslag = 'voldoet' | 'voldoet-niet';
/**
 * voldoet, voldoet-niet, ontbreekt (gegeven niet opgegeven) of signaal (aandachtspunt, laat een product niet zakken).
 */
export type EisUitslag = 'voldoet' | 'voldoet-niet' | 'ontbreekt' | 'signaal';

export interface Contract {
  zelfevaluatie?: Zelfevaluatie;
  toetsresultaat?: Toetsresultaat;
}
/**
 * Wat een zorgaanbieder indient: per aangeboden product de feiten waaraan de eisen van de regio worden getoetst (contractversie 2: rooster met diensten en beschikbaarheid per tijdvak). Versie 1 wordt nog aangenomen en omgezet.
 */
export interface Zelfevaluatie {
  /**
   * Versie van het contract: "2". Een zelfevaluatie met "1" wordt tegen schemas/zelfevaluatie-v1.schema.json gelezen en omgezet.
   */
  versie: '2';
  /**
   * Id van de regio in de catalogus, bijvoorbeeld "gelderland-zuid".
   */
  regio: string;
  /**
   * Toevoeging (optioneel): het jaar van de catalogus waaraan getoetst wordt, als een regio meerdere jaren naast elkaar heeft. Zonder jaar: de versie die geldt op de dag van de toets.
   */
  jaar?: number;
  aanbieder: Aanbieder;
  /**
   * De aangeboden producten: één item per productcode.
   *
   * @minItems 1
   * @maxItems 50
   */
  aanbod: [AanbodItem, ...AanbodItem[]];
}
/**
 * De zorgaanbieder die inschrijft.
 */
export interface Aanbieder {
  /**
   * Statutaire of handelsnaam van de aanbieder.
   */
  naam: string;
  /**
   * KvK-nummer: precies 8 cijfers.
   */
  kvkNummer: string;
  /**
   * AGB-code: precies 8 cijfers.
   */
  agbCode?: string;
  /**
   * Naam van de contactpersoon voor deze inschrijving.
   */
  contactpersoon?: string;
  /**
   * E-mailadres van de contactpersoon.
   */
  email?: string;
}
/**
 * Eén aangeboden product met de feiten waaraan de eisen van dat product worden getoetst.
 */
export interface AanbodItem {
  /**
   * Productcode uit de catalogus van de regio, bijvoorbeeld "15N13".
   */
  productcode: string;
  /**
   * Naam of adres van de locatie (vrije tekst).
   */
  locatie?: string;
  /**
   * Het rooster van de locatie: de diensten met wie er wanneer aanwezig is. Wie in geen dienst staat, is er niet.
   */
  rooster?: {
    /**
     * De diensten, één item per dienst.
     *
     * @maxItems 100
     */
    diensten: Dienst[];
  };
  /**
   * De regievoerder (regiebehandelaar/persoonlijk begeleider met de regie).
   */
  regie?: {
    /**
     * hbo; mbo-evc = mbo met door ervaring (EVC) aangetoonde gelijkwaardigheid aan hbo; geen.
     */
    niveau?: 'hbo' | 'mbo-evc' | 'geen';
    /**
     * Elke cliënt heeft een eigen regievoerder (in plaats van één per team).
     */
    perClient?: boolean;
  };
  /**
   * Eigenschappen van het team rond de cliënt.
   */
  team?: {
    /**
     * Er werkt een vast team van zorgverleners.
     */
    vast?: boolean;
    /**
     * De zorgverleners hebben een diploma in de richting Zorg en Welzijn.
     */
    opleidingZorgEnWelzijn?: boolean;
    /**
     * Een hbo-opgeleide professional is 24/7 beschikbaar voor consultatie.
     */
    hboConsultatie247?: boolean;
    /**
     * Een sociaal psychiatrisch verpleegkundige (SPV) is inzetbaar.
     */
    spv?: boolean;
    /**
     * Er is een ervaringsdeskundige in het team.
     */
    ervaringsdeskundige?: boolean;
  };
  /**
   * Bereikbaarheid en beschikbaarheid per tijdvak (bijvoorbeeld overdag, 's nachts, in het weekend). Een moment dat in geen tijdvak valt, is niet opgegeven.
   */
  beschikbaarheid?: {
    /**
     * De tijdvakken, één item per tijdvak.
     *
     * @maxItems 50
     */
    vensters: Venster[];
  };
  /**
   * Binnen hoeveel minuten een professional fysiek aanwezig is bij een cliënt die in de wijk woont (zelfstandig wonen).
   */
  beschikbaarheidWijkMinuten?: number;
  /**
   * Gemiddelde begeleiding per cliënt per week.
   */
  begeleiding?: {
    /**
     * Gemiddeld aantal uren individuele begeleiding per cliënt per week.
     */
    individueelUrenPerWeek?: number;
    /**
     * Gemiddeld aantal uren groepsbegeleiding per cliënt per week.
     */
    groepUrenPerWeek?: number;
    /**
     * Aantal individuele contactmomenten per cliënt per week.
     */
    contactmomentenPerWeek?: number;
    /**
     * Waarvan face-to-face (fysiek) per week.
     */
    fysiekContactPerWeek?: number;
  };
  /**
   * De leeftijden waarvoor het aanbod bedoeld is.
   */
  doelgroep?: {
    /**
     * Laagste leeftijd van de doelgroep (jaren).
     */
    minimumLeeftijd?: number;
    /**
     * Hoogste leeftijd van de doelgroep (jaren).
     */
    maximumLeeftijd?: number;
    /**
     * Toevoeging: het aanbod wordt (ook) als Housing First geboden.
     */
    housingFirst?: boolean;
  };
  /**
   * De woonsetting, waar een eis die stelt (bijvoorbeeld Bed & Break).
   */
  setting?: {
    /**
     * Ten hoogste zoveel andere cliënten verblijven tegelijk in de setting.
     */
    maxAndereClienten?: number;
  };
  /**
   * Feiten over dagbesteding, waar het product die bevat.
   */
  dagbesteding?: {
    /**
     * Aantal dagdelen dagbesteding per cliënt per week.
     */
    dagdelenPerWeek?: number;
    /**
     * Gemiddeld aantal cliënten per groep.
     */
    gemiddeldeGroepsgrootte?: number;
    /**
     * Ten hoogste zoveel cliënten tegelijk in één ruimte.
     */
    maxClientenPerRuimte?: number;
    /**
     * Opleidingsniveau van een medewerker. Volgorde hbo > mbo4 > mbo3 > overig: "minimaal mbo-4" wordt ook door hbo gehaald. overig = beveiliger, ongeschoold en dergelijke.
     */
    minimumNiveau?: 'hbo' | 'mbo4' | 'mbo3' | 'overig';
    /**
     * Vervoer van en naar de dagbesteding is inbegrepen.
     */
    vervoerInbegrepen?: boolean;
    /**
     * Er wordt een eigen bijdrage gevraagd.
     */
    eigenBijdrage?: boolean;
  };
  /**
   * Verklaringen bij eisen die niet te meten zijn: per verklaring-id uit de catalogus true als de aanbieder verklaart eraan te voldoen.
   */
  verklaringen?: {
    [k: string]: boolean;
  };
  /**
   * Bewijsstukken. Bij een multipart-inzending vult de server dit uit de geüploade bestanden; in puur JSON geeft de aanbieder sha256 zelf op.
   *
   * @maxItems 20
   */
  bijlagen?: Bijlage[];
}
/**
 * Eén dienst van het rooster: op welke dagen, van hoe laat tot hoe laat, waar, en wie er dan is. Een dienst over middernacht (22:00-07:00) heeft overMiddernacht true en hoort bij de dag waarop hij begint.
 */
export interface Dienst {
  /**
   * Naam van de dienst, zoals het team hem noemt (bijvoorbeeld "avond").
   */
  naam?: string;
  dagen: Dagen;
  /**
   * Tijd als uu:mm (00:00-24:00).
   */
  van: string;
  /**
   * Tijd als uu:mm (00:00-24:00).
   */
  tot: string;
  /**
   * De dienst eindigt de volgende dag (tot ligt vóór of op van). Met van gelijk aan tot: 24 uur.
   */
  overMiddernacht?: boolean;
  /**
   * locatie = op de woonlocatie zelf; nabijheid = in de directe nabijheid van de locatie; wijk = in de wijk (ambulant).
   */
  plaats?: 'locatie' | 'nabijheid' | 'wijk';
  /**
   * De medewerkers in deze dienst, één item per persoon.
   *
   * @maxItems 50
   */
  medewerkers: Medewerker[];
}
/**
 * Eén medewerker die in deze dienst aanwezig is. Wat niet is opgegeven is onbekend: een eis die het nodig heeft komt uit op ontbreekt.
 */
export interface Medewerker {
  niveau?: Niveau;
  /**
   * wakend of slapend (slaapdienst). Overdag en 's avonds meestal wakend.
   */
  wijze?: 'wakend' | 'slapend';
  /**
   * De functie: begeleider (zorgverlener van het team), beveiliger, of overig (bijvoorbeeld huishoudelijk of facilitair).
   */
  functie?: 'begeleider' | 'beveiliger' | 'overig';
  /**
   * De opleiding is een relevante opleiding in de richting Zorg en Welzijn.
   */
  opleidingZorgEnWelzijn?: boolean;
  /**
   * Een mbo-3-medewerker met de aanvullende scholing die de regio voorschrijft.
   */
  aanvullendGeschoold?: boolean;
  /**
   * mbo-opgeleide medewerker die op grond van ervaring (EVC) aantoonbaar op hbo-niveau werkt.
   */
  hboWerkNiveau?: boolean;
}
/**
 * Beschikbaarheid in één tijdvak: binnen hoeveel minuten de cliënt telefonisch contact heeft met een professional en binnen hoeveel minuten een professional fysiek bij de cliënt is (slechtste geval). Tijdvakken mogen elkaar niet overlappen.
 */
export interface Venster {
  dagen: Dagen1;
  /**
   * Tijd als uu:mm (00:00-24:00).
   */
  van: string;
  /**
   * Tijd als uu:mm (00:00-24:00).
   */
  tot: string;
  /**
   * Het tijdvak eindigt de volgende dag. Met van gelijk aan tot: 24 uur.
   */
  overMiddernacht?: boolean;
  /**
   * Binnen hoeveel minuten de cliënt in dit tijdvak telefonisch contact heeft met een professional.
   */
  telefonischMinuten?: number;
  /**
   * Binnen hoeveel minuten een professional in dit tijdvak fysiek bij de cliënt is als dat nodig is.
   */
  fysiekMinuten?: number;
  /**
   * In dit tijdvak is fysieke ondersteuning op afroep beschikbaar (ook zonder vaste termijn).
   */
  opAfroep?: boolean;
}
/**
 * Een bewijsstuk: alleen de naam, grootte en SHA-256 worden bewaard, nooit het bestand zelf.
 */
export interface Bijlage {
  /**
   * Soort bewijsstuk zoals de catalogus het noemt, bijvoorbeeld "spv-bewijs".
   */
  soort: string;
  /**
   * Oorspronkelijke bestandsnaam.
   */
  bestandsnaam: string;
  /**
   * SHA-256 van de inhoud, 64 hexadecimale tekens.
   */
  sha256: string;
  /**
   * Grootte in bytes.
   */
  grootte?: number;
  /**
   * Toevoeging: het vastgestelde mediatype (uit de inhoud, niet uit de naam).
   */
  mediatype?: 'application/pdf' | 'image/png' | 'image/jpeg';
  /**
   * Toevoeging: de datum van het bewijsstuk (afgiftedatum, JJJJ-MM-DD). Nodig waar de catalogus een maximale leeftijd stelt.
   */
  datum?: string;
}
/**
 * De uitslag van een toetsing: per product en per eis of de zelfevaluatie voldoet, met wat verwacht werd, wat is opgegeven en de bron in het aanbestedingsdocument (contractversie 2).
 */
export interface Toetsresultaat {
  /**
   * Versie van het contract: "2".
   */
  versie: '2';
  /**
   * De contractversie van de ingediende zelfevaluatie: "1" wordt vóór het toetsen omgezet naar versie 2.
   */
  invoerVersie: '1' | '2';
  /**
   * Alleen bij invoer in versie 1: hoe die is omgezet (welke dagdelen welke tijden werden).
   */
  omzetting?: string;
  /**
   * Uniek id van deze toetsing (UUID).
   */
  id: string;
  /**
   * Moment van toetsen (ISO 8601, UTC).
   */
  getoetstOp: string;
  /**
   * SHA-256 van de canonieke zelfevaluatie zoals getoetst (na omzetting naar versie 2; sleutels gesorteerd, zonder witruimte).
   */
  invoerSha256: string;
  /**
   * Toevoeging: SHA-256 over alle catalogusbestanden van de regio, zodat een rapport later te controleren is.
   */
  catalogusVersie?: string;
  /**
   * De regio en het aanbestedingsdocument waaraan getoetst is.
   */
  regio: {
    /**
     * Id van de regio in de catalogus.
     */
    id: string;
    /**
     * Naam van de regio.
     */
    naam: string;
    /**
     * Titel van het aanbestedingsdocument (of de documenten).
     */
    document: string;
    /**
     * Jaar waarvoor het document geldt.
     */
    jaar: number;
    /**
     * Toevoeging: eerste dag van de periode van de catalogusversie waaraan getoetst is.
     */
    geldigVanaf?: string;
    /**
     * Toevoeging: laatste dag van die periode.
     */
    geldigTot?: string;
  };
  /**
   * De aanbieder zoals opgegeven.
   */
  aanbieder: {
    /**
     * Naam van de aanbieder.
     */
    naam: string;
    /**
     * KvK-nummer.
     */
    kvkNummer: string;
  };
  uitslag: Uitslag;
  /**
   * Tellingen over de hele toetsing.
   */
  samenvatting: {
    /**
     * Aantal getoetste producten.
     */
    producten: number;
    /**
     * Aantal producten dat voldoet.
     */
    productenVoldoen: number;
    /**
     * Aantal getoetste eisen (inclusief regio-eisen en verklaringen).
     */
    eisen: number;
    /**
     * Aantal eisen met uitslag voldoet-niet.
     */
    eisenVoldoetNiet: number;
    /**
     * Aantal eisen met uitslag ontbreekt.
     */
    eisenOntbreekt: number;
    /**
     * Aantal signalen.
     */
    signalen: number;
  };
  /**
   * Uitslag van de regels die over producten heen gaan (bijvoorbeeld: alleen in combinatie met).
   *
   * @maxItems 500
   */
  regioEisen: EisResultaat[];
  /**
   * Uitslag per aangeboden product, in de volgorde van het aanbod.
   *
   * @maxItems 50
   */
  producten: ProductResultaat[];
}
/**
 * De uitslag van één eis.
 */
export interface EisResultaat {
  /**
   * Id van de eis in de catalogus.
   */
  id: string;
  /**
   * Korte titel van de eis.
   */
  titel: string;
  /**
   * eis = moet; signaal = aandachtspunt dat het product niet laat zakken.
   */
  ernst: 'eis' | 'signaal';
  /**
   * Toevoeging: verklaring = een eis die de aanbieder verklaart (aankruist) in plaats van meet.
   */
  soort?: 'eis' | 'verklaring';
  uitslag: EisUitslag;
  /**
   * JSON pointers naar de getoetste velden in de zelfevaluatie.
   *
   * @maxItems 50
   */
  velden: string[];
  /**
   * Wat de eis vraagt, in gewone taal.
   */
  verwacht: string;
  /**
   * Wat de aanbieder opgaf, in gewone taal.
   */
  opgegeven: string;
  /**
   * Toevoeging: wat er moet veranderen om te voldoen (alleen bij voldoet-niet, ontbreekt of signaal).
   */
  advies?: string;
  /**
   * Toevoeging: de lezing van de eis die de catalogus kiest, waar de tekst ruimte laat.
   */
  toelichting?: string;
  bron: Bron;
}
/**
 * Waar de eis staat: document, sectie en letterlijk citaat.
 */
export interface Bron {
  /**
   * Titel van het document.
   */
  document: string;
  /**
   * Sectie of paragraaf in het document.
   */
  sectie: string;
  /**
   * Letterlijke tekst uit het document.
   */
  citaat: string;
}
/**
 * De uitslag van één aangeboden product.
 */
export interface ProductResultaat {
  /**
   * Productcode.
   */
  productcode: string;
  /**
   * Productnaam uit de catalogus.
   */
  naam: string;
  /**
   * Toevoeging: de opgegeven locatie.
   */
  locatie?: string;
  /**
   * Toevoeging: het document noemt dit product "alleen sterfhuis" (loopt af, geen nieuwe instroom).
   */
  alleenSterfhuis?: boolean;
  /**
   * Tarief uit het document, of null als het document naar elders verwijst.
   */
  tarief: null | {
    /**
     * Bedrag in euro.
     */
    bedrag: number;
    /**
     * Eenheid, bijvoorbeeld etmaal, uur, dagdeel, maand.
     */
    eenheid: string;
    /**
     * iWmo-eenheid: 14 etmaal, 04 uur, 16 dagdeel.
     */
    eenheidCode?: '14' | '04' | '16';
  };
  uitslag: Uitslag;
  /**
   * Uitslag per eis en verklaring van dit product.
   *
   * @maxItems 500
   */
  eisen: EisResultaat[];
  /**
   * De afgeleide feiten van dit product (zie AfgeleidFeit); een feit waarvoor niets is opgegeven staat er niet.
   *
   * @maxItems 50
   */
  afgeleid?: AfgeleidFeit[];
  /**
   * Toevoeging: de bij dit product meegestuurde bijlagen (naam, grootte, SHA-256).
   *
   * @maxItems 20
   */
  bijlagen?: {
    soort: string;
    bestandsnaam: string;
    sha256: string;
    grootte?: number;
    mediatype?: string;
    datum?: string;
  }[];
}
/**
 * Een feit dat vóór het toetsen uit de zelfevaluatie is afgeleid (x-afgeleid in de catalogus). Met de zelfevaluatie en deze feiten onder afgeleid.<naam> kan elke JSON Schema-validator iedere eis van het product opnieuw toetsen: is het feit niet zeker (laag en hoog verschillen), dan voldoet een eis alleen als hij bij elke waarde daartussen voldoet.
 */
export interface AfgeleidFeit {
  /**
   * Naam van het feit: de sleutel onder afgeleid.
   */
  naam: string;
  /**
   * De afleiding: gewogen som, minste bezetting in een tijdvak, langste reactietijd in een tijdvak, of op afroep gedekt.
   */
  soort: 'som' | 'bezetting' | 'reactietijd' | 'afroep';
  /**
   * Wat het feit is, in gewone taal.
   */
  label: string;
  /**
   * Eenheid van de waarde.
   */
  eenheid?: string;
  /**
   * De afgeleide waarde, als die vaststaat.
   */
  waarde?: number | boolean;
  /**
   * Als de waarde niet vaststaat: de laagste mogelijke waarde met wat is opgegeven.
   */
  laag?: number | boolean;
  /**
   * Als de waarde niet vaststaat: de hoogste mogelijke waarde.
   */
  hoog?: number | boolean;
  /**
   * Hoe het feit is gevonden, bijvoorbeeld het minst bezette moment.
   */
  uitleg: string;
  /**
   * Wat niet is opgegeven en de waarde onzeker maakt.
   */
  ontbreekt?: string;
  /**
   * JSON pointers naar de velden waaruit het feit is afgeleid.
   *
   * @maxItems 50
   */
  velden: string[];
}
