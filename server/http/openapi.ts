import { SESSION_COOKIE } from '../screening/auth.js';
import { componentRef, contractComponents } from './contract-components.js';
import { parameters } from './parameters.js';
import { API_VERSION } from './version.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: componentRef('Probleem') } } });
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const parameter = (name: keyof typeof parameters) => ({ $ref: `#/components/parameters/${name}` });

const ongeldigeParameter = problem('Een parameter is ongeldig; detail zegt welke en wat er verwacht wordt. Een geldige waarde die niets aanwijst is 404.');
const onleesbaar = problem('Onleesbare JSON (met positie, regel en kolom) of een onvolledig verzoek.');
const schemaFile = { description: 'Het schema (JSON Schema 2020-12).', content: { 'application/schema+json': { schema: { type: 'object' } } } };
const beveiligd = { security: [{ token: [] }, { sessie: [] }] };
const fouten = { '401': problem('Geen geldige sessie of API-sleutel (altijd eerst gecontroleerd).'), '404': problem('Geen ronde (of inschrijving) met dit id in uw organisatie.') };
const metRonde = { '400': ongeldigeParameter, ...fouten };
const geenRol = problem('Uw rol (beheerder, beoordelaar of lezer) mag dit niet.');

/** Screening of bids by procurement teams: every path needs a session or an API token. */
function screeningPaths() {
  return {
    '/screeningsrondes': {
      get: { summary: 'Screeningsrondes van uw organisatie', operationId: 'rondes', ...beveiligd, responses: { '200': json('De rondes.'), '401': fouten['401'] } },
      post: {
        summary: 'Maak een screeningsronde voor een regio',
        operationId: 'rondeMaken',
        ...beveiligd,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['naam', 'regio'], properties: { naam: { type: 'string' }, regio: { type: 'string' }, sluitingsdatum: { type: 'string', format: 'date' } } } } },
        },
        responses: { '201': json('De nieuwe ronde.'), '400': onleesbaar, '401': fouten['401'], '422': problem('Naam, regio of sluitingsdatum is niet goed; errors noemt elk veld.') },
      },
    },
    '/screeningsrondes/{id}': {
      get: {
        summary: 'De matrix van inschrijvers × producten, met tellingen per kolom',
        operationId: 'ronde',
        ...beveiligd,
        parameters: [parameter('id'), parameter('alleen')],
        responses: { '200': json('De matrix.'), ...metRonde },
      },
      delete: {
        summary: 'Verwijder de ronde met alle inschrijvingen, voorgoed',
        operationId: 'rondeVerwijderen',
        ...beveiligd,
        parameters: [parameter('id')],
        responses: { '204': { description: 'Verwijderd.' }, ...metRonde },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen': {
      post: {
        summary: 'Upload zelfevaluaties: JSON-bestanden, ingevulde Excel-sjablonen (.xlsx) of één ZIP; elke inschrijving wordt bij aankomst getoetst',
        operationId: 'inschrijvingen',
        ...beveiligd,
        parameters: [parameter('id')],
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { bestanden: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } } } } } },
        responses: {
          '201': json('Samenvatting: geldig, ongeldig (met invoerfouten), dubbele KvK-nummers.'),
          '400': problem('Ongeldig id, of een multipart-verzoek zonder bestanden of onvolledig.'),
          ...fouten,
          '413': problem('Te groot, of te veel bestanden.'),
        },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}': {
      get: {
        summary: 'Eén inschrijving met haar toetsresultaat of invoerfouten',
        operationId: 'inschrijving',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        responses: { '200': json('De inschrijving.'), ...metRonde },
      },
      delete: {
        summary: 'Verwijder één inschrijving met haar bestand en toetsresultaat',
        operationId: 'inschrijvingVerwijderen',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        responses: { '204': { description: 'Verwijderd.' }, ...metRonde, '403': geenRol },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}/bestand': {
      get: {
        summary: 'Het oorspronkelijke bestand van één inschrijving, zoals geüpload',
        operationId: 'inschrijvingBestand',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        responses: { '200': { description: 'Het bestand.', content: { 'application/octet-stream': {} } }, ...metRonde },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}/beoordeling': {
      put: {
        summary: 'Leg de beoordeling van een inschrijving vast: status en (bij afwijking van de automatische uitslag) een reden',
        operationId: 'beoordelingVastleggen',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['te-beoordelen', 'voldoet', 'voldoet-niet', 'verduidelijking-gevraagd', 'uitgesloten'] }, reden: { type: 'string', maxLength: 2000 } } },
            },
          },
        },
        responses: { '200': json('De beoordeling.'), ...metRonde, '403': geenRol, '422': problem('Onbekende status, of een reden ontbreekt.') },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}/beoordeling/bevestiging': {
      post: {
        summary: 'Bevestig de beoordeling als tweede beoordelaar (vier ogen)',
        operationId: 'beoordelingBevestigen',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        responses: { '200': json('De bevestigde beoordeling.'), ...metRonde, '403': geenRol, '409': problem('Geen beoordeling, of u legde haar zelf vast.') },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}/notities': {
      post: {
        summary: 'Voeg een notitie toe bij de inschrijving of bij één eis',
        operationId: 'notitieToevoegen',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['tekst'], properties: { tekst: { type: 'string', maxLength: 2000 }, eis: { type: 'string' } } } } } },
        responses: { '201': json('De notitie.'), ...metRonde, '403': geenRol, '422': problem('Lege notitie, of een eis die niet bij de inschrijving hoort.') },
      },
    },
    '/screeningsrondes/{id}/uploads': {
      get: {
        summary: 'De uploads van de ronde: nummer, tijdstip, door wie, aantal inschrijvingen',
        operationId: 'uploads',
        ...beveiligd,
        parameters: [parameter('id')],
        responses: { '200': json('De uploads.'), ...metRonde },
      },
    },
    '/screeningsrondes/{id}/uploads/{nr}': {
      delete: {
        summary: 'Verwijder één upload met al zijn inschrijvingen',
        operationId: 'uploadVerwijderen',
        ...beveiligd,
        parameters: [parameter('id'), parameter('nr')],
        responses: { '204': { description: 'Verwijderd.' }, ...metRonde, '403': geenRol },
      },
    },
    '/screeningsrondes/{id}/hertoetsing': {
      post: {
        summary: 'Toets alle inschrijvingen opnieuw aan de catalogus van nu; met proef=true alleen de lijst van wat verandert',
        operationId: 'hertoetsing',
        ...beveiligd,
        parameters: [parameter('id'), parameter('proef')],
        responses: { '200': json('Bekeken, gewijzigd (was, wordt, producten, eisen), toegepast.'), ...metRonde, '403': geenRol },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}/rapport.pdf': {
      get: {
        summary: 'Het PDF-rapport van één inschrijving',
        operationId: 'inschrijvingRapport',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        responses: { '200': { description: 'PDF/A-rapport.', content: { 'application/pdf': {} } }, ...metRonde },
      },
    },
    '/screeningsrondes/{id}/inschrijvingen/{bid}/telt': {
      post: {
        summary: 'Kies welke inschrijving telt bij een dubbel KvK-nummer',
        operationId: 'inschrijvingTelt',
        ...beveiligd,
        parameters: [parameter('id'), parameter('bid')],
        responses: { '200': json('Bijgewerkt.'), ...metRonde, '409': problem('Deze inschrijving heeft geen dubbel KvK-nummer; er is niets te kiezen.') },
      },
    },
    '/screeningsrondes/{id}/export.xlsx': {
      get: {
        summary: 'Werkmap: de matrix en elke eis die niet voldoet of ontbreekt, met citaat',
        operationId: 'exportXlsx',
        ...beveiligd,
        parameters: [parameter('id')],
        responses: { '200': { description: 'XLSX.', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, ...metRonde },
      },
    },
    '/screeningsrondes/{id}/export.csv': {
      get: {
        summary: 'De matrix als CSV',
        operationId: 'exportCsv',
        ...beveiligd,
        parameters: [parameter('id')],
        responses: { '200': { description: 'CSV.', content: { 'text/csv': {} } }, ...metRonde },
      },
    },
    '/screeningsrondes/{id}/ocds.json': {
      get: {
        summary: 'De ronde als OCDS-release (1.1, requirements- en bid-extensie)',
        description:
          'tender.criteria: per product de eisen als requirements (id = eis-id, grenzen of verwachte waarde, citaat in description); ' +
          'bids.details: per meetellende inschrijving een requirementResponse per eis met de opgegeven waarde en de uitslag (extra veld uitslag: voldoet, voldoet-niet, ontbreekt, signaal).',
        operationId: 'rondeOcds',
        ...beveiligd,
        parameters: [parameter('id')],
        responses: { '200': json('De OCDS-release.'), ...metRonde },
      },
    },
    '/screeningsrondes/{id}/rapporten.zip': {
      get: {
        summary: 'ZIP met het PDF-rapport van elke geldige inschrijving (gestreamd)',
        operationId: 'rapportenZip',
        ...beveiligd,
        parameters: [parameter('id')],
        responses: { '200': { description: 'ZIP.', content: { 'application/zip': {} } }, ...metRonde },
      },
    },
  };
}

/** Every path of the API, relative to the server /api/v1. */
function apiPaths() {
  return {
    '/regios': {
      get: { summary: "Regio's in de catalogus", operationId: 'regios', responses: { '200': json("De regio's met naam, document en jaar.") } },
    },
    '/regios/{regio}': {
      get: {
        summary: 'Eén regio met haar regels over producten heen en haar producten',
        operationId: 'regio',
        parameters: [parameter('regio')],
        responses: { '200': json('De regio.'), '400': ongeldigeParameter, '404': problem('Deze regio staat niet in de catalogus.') },
      },
    },
    '/regios/{regio}/producten': {
      get: {
        summary: 'Producten van een regio: code, naam, tarief',
        operationId: 'producten',
        parameters: [parameter('regio')],
        responses: { '200': json('De producten: per product tarief (met eenheidCode, de iWmo-eenheid: 14 etmaal, 04 uur, 16 dagdeel, waar die bestaat) en productcategorie (iWmo, uit de eerste twee posities van de productcode: code en, waar bekend, naam).'), '400': ongeldigeParameter, '404': problem('Deze regio staat niet in de catalogus.') },
      },
    },
    '/regios/{regio}/ocds.json': {
      get: {
        summary: 'De eisen van een regio als OCDS-release (tender.criteria met de requirements-extensie)',
        description: 'Per product een criterium met één requirement-groep (alle eisen en verklaringen); signalen apart. Requirement-id = eis-id, met grenzen (minValue, maxValue) of expectedValue waar de eis die heeft, en het citaat in description.',
        operationId: 'regioOcds',
        parameters: [parameter('regio')],
        responses: { '200': json('De OCDS-release.'), '400': ongeldigeParameter, '404': problem('Deze regio staat niet in de catalogus.') },
      },
    },
    '/regios/{regio}/sjabloon.xlsx': {
      get: {
        summary: 'De zelfevaluatie van een regio als Excel-werkboek om in te vullen',
        description:
          'Gemaakt uit de catalogus en het contract: een blad voor de organisatie, rooster, medewerkers, beschikbaarheid, bijlagen en per product, met keuzelijsten, getalcontroles, ' +
          'de eisen naast elke vraag en de verklaringen met hun letterlijke tekst. Ingevuld in te dienen bij POST /toetsingen.',
        operationId: 'sjabloon',
        parameters: [parameter('regio')],
        responses: {
          '200': { description: 'Het werkboek.', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } } } },
          '400': ongeldigeParameter,
          '404': problem('Deze regio staat niet in de catalogus.'),
        },
      },
    },
    '/regios/{regio}/producten/{code}': {
      get: {
        summary: 'Eén product: eisen (id, titel, ernst, bron) en te verklaren verklaringen (id, tekst)',
        operationId: 'product',
        parameters: [parameter('regio'), parameter('code')],
        responses: { '200': json('Het product, met tarief (en eenheidCode), productcategorie en bijlagen: per soort wat als bewijs telt (bewijs) en, waar het document een termijn noemt, maxLeeftijdMaanden met de bron.'), '400': ongeldigeParameter, '404': problem('Deze regio of dit product staat niet in de catalogus.') },
      },
    },
    '/regios/{regio}/verschillen': {
      get: {
        summary: 'Wat er verandert tussen twee catalogusjaren van een regio',
        description: 'Producten erbij of vervallen, tarieven, en per eis: toegevoegd, vervallen, strenger of soepeler (grens voor grens), anders geformuleerd of met een ander citaat. Zonder van: de versie die vandaag geldt; zonder naar: de versie daarna.',
        operationId: 'verschillen',
        parameters: [parameter('regio'), parameter('van'), parameter('naar')],
        responses: { '200': json('De verschillen.'), '400': ongeldigeParameter, '404': problem('Deze regio, of een catalogusversie voor dit jaar, staat niet in de catalogus.') },
      },
    },
    '/regios/{regio}/verschillen/bod': {
      post: {
        summary: 'Mijn zelfevaluatie tegen een ander catalogusjaar: welke uitslagen veranderen en wat er anders moet',
        description:
          'De zelfevaluatie (JSON, zoals bij POST /toetsingen) wordt getoetst aan beide versies; het jaar in de zelfevaluatie telt hier niet. ' +
          'Het antwoord is dat van GET /regios/{regio}/verschillen met daarbij bod: per eis waarvan de uitslag verandert id, product, titel, van (null bij een nieuwe eis), naar en advies. ' +
          'Zonder van: de versie die vandaag geldt; zonder naar: de versie daarna.',
        operationId: 'verschillenBod',
        parameters: [parameter('regio'), parameter('van'), parameter('naar')],
        requestBody: { required: true, content: { 'application/json': { schema: componentRef('Zelfevaluatie') } } },
        responses: {
          '200': json('De verschillen en de uitslagen die veranderen.'),
          '400': ongeldigeParameter,
          '404': problem('Deze regio, of een catalogusversie voor dit jaar, staat niet in de catalogus.'),
          '415': problem('Geen JSON.'),
          '422': problem('Geen geldige zelfevaluatie voor deze regio: per fout de JSON-pointer en wat er mis is.'),
        },
      },
    },
    '/schemas/{naam}': {
      get: {
        summary: 'Een contractschema (zelfevaluatie, zelfevaluatie-v1, toetsresultaat) of het metaschema van de catalogus (catalogus)',
        description: 'Dezelfde schema\'s staan ook in deze beschrijving, onder components/schemas.',
        operationId: 'schema',
        parameters: [parameter('naam')],
        responses: { '200': schemaFile, '400': ongeldigeParameter, '404': problem('Geen schema met deze naam.') },
      },
    },
    '/schemas/regios/{regio}/{bestand}': {
      get: {
        summary: 'Een schema uit de catalogus: een product (<code>.schema.json) of de regels van de regio (regio.schema.json)',
        operationId: 'catalogusSchema',
        parameters: [parameter('regio'), parameter('bestand')],
        responses: { '200': schemaFile, '400': ongeldigeParameter, '404': problem('Geen schema met deze naam in deze regio.') },
      },
    },
    '/toetsingen': {
      post: {
        summary: 'Toets een zelfevaluatie',
        description:
          'Antwoordt met het toetsresultaat (JSON) of, met Accept: application/pdf, het rapport als PDF. ' +
          'Contractversie 2; een zelfevaluatie in versie 1 wordt nog aangenomen, omgezet (dag 07:00-15:00, avond 15:00-23:00, nacht 23:00-07:00) en het resultaat zegt dat (invoerVersie, omzetting). ' +
          'Multipart: een deel "zelfevaluatie" (JSON) en bestanden "bijlage[<index>][<soort>]" (PDF, PNG of JPEG, ten hoogste 10 MB en 20 stuks); ' +
          'van bestanden worden alleen naam, grootte en SHA-256 gebruikt. ' +
          'Een ingevuld Excel-werkboek (GET /regios/{regio}/sjabloon.xlsx) kan als body (ten hoogste 5 MB) of als bestand in het deel "zelfevaluatie"; een cel die niet te lezen is, geeft 422 met blad en cel. ' +
          "Werkboeken met macro's, koppelingen naar andere bestanden of die groter uitpakken dan 10 MB worden geweigerd.",
        operationId: 'toets',
        parameters: [parameter('jaar')],
        requestBody: {
          required: true,
          content: {
            // Version 2 is the contract; version 1 files (kept by providers) are still accepted and converted.
            'application/json': { schema: { oneOf: [componentRef('Zelfevaluatie'), componentRef('ZelfevaluatieV1')] } },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['zelfevaluatie'],
                properties: { zelfevaluatie: { type: 'string', description: 'JSON, of een ingevuld Excel-werkboek als bestand.' } },
                patternProperties: { '^bijlage\\[\\d+\\]\\[[a-z0-9-]+\\]$': { type: 'string', contentMediaType: 'application/octet-stream' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Het toetsresultaat.',
            content: {
              'application/json': { schema: componentRef('Toetsresultaat') },
              'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
            },
          },
          '400': problem('Onleesbare JSON (met positie, regel en kolom), of een multipart-verzoek zonder deel "zelfevaluatie" of onvolledig.'),
          '406': problem('Gevraagd antwoordformaat is geen application/json of application/pdf.'),
          '413': problem('Groter dan 1 MB (Excel-werkboek: 5 MB, of groter dan 10 MB uitgepakt; bijlagen: 10 MB per bestand, 20 stuks).'),
          '415': problem('Ander mediatype dan application/json, een Excel-werkboek of multipart/form-data.'),
          '422': problem('De invoer voldoet niet aan het contract: errors noemt elk probleem met zijn JSON pointer.'),
        },
      },
    },
    '/vergelijking': {
      get: {
        summary: "Vergelijkbare producten over regio's heen, per onderwerp",
        description: 'Elke cel is gelezen uit het schema van een eis (met id en citaat), zodat de vergelijking nooit afwijkt van de toets.',
        operationId: 'vergelijking',
        responses: { '200': json('Onderwerpen en groepen van producten met hun cellen.') },
      },
    },
    '/kwalificatie': {
      post: {
        summary: 'Waar past dit aanbod? Eén aanbod-item zonder productcode, getoetst aan elk product van elke regio',
        operationId: 'kwalificatie',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['aanbod'], additionalProperties: false, properties: { aanbod: componentRef('ZelfevaluatieAanbodItem') } },
            },
          },
        },
        responses: {
          '200': {
            description: 'Eén rij per product van elke regio, dichtstbijzijnde eerst, met de wijzigingen die nodig zijn en de te verklaren verklaringen.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    resultaten: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['regio', 'productcode', 'naam', 'uitslag', 'wijzigingen'],
                        properties: {
                          regio: { type: 'string' },
                          regioNaam: { type: 'string' },
                          productcode: { type: 'string' },
                          naam: { type: 'string' },
                          uitslag: { enum: ['voldoet', 'voldoet-niet', 'niet-meetbaar'], description: 'niet-meetbaar: het product heeft geen eis die de feiten van een aanbod kunnen halen; telt niet als passend.' },
                          signalen: { type: 'array', items: { type: 'object', required: ['eisId', 'titel'], properties: { eisId: { type: 'string' }, titel: { type: 'string' }, advies: { type: 'string' } } } },
                          regels: {
                            type: 'array',
                            description: 'Regels van de regio over producten heen die dit product raakt, getoetst naast de producten waar het aanbod in die regio bij past.',
                            items: { type: 'object', required: ['id', 'titel', 'uitslag'], properties: { id: { type: 'string' }, titel: { type: 'string' }, uitslag: { enum: ['voldoet', 'voldoet-niet'] } } },
                          },
                          wijzigingen: {
                            type: 'array',
                            items: { type: 'object', required: ['pointer', 'van', 'naar', 'eisId'], properties: { pointer: { type: 'string' }, van: {}, naar: {}, eisId: { type: 'string' } } },
                          },
                          teVerklaren: { type: 'array', items: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': onleesbaar,
          '415': problem('Ander mediatype dan application/json.'),
          '422': problem('Het aanbod voldoet niet aan het contract: errors noemt elk probleem met zijn JSON pointer.'),
        },
      },
    },
    ...screeningPaths(),
    '/openapi.json': {
      get: { summary: 'Deze beschrijving', operationId: 'openapi', responses: { '200': json('OpenAPI 3.1, op zichzelf staand: de contractschema\'s staan onder components/schemas.') } },
    },
  };
}

type Responses = Record<string, { description: string; headers?: Record<string, unknown> }>;
type Paths = Record<string, Record<string, { responses: Responses }>>;

/** NL GOV API Design Rules /core/version-header: every response carries API-Version, so every response documents it. */
function withVersionHeader<P extends Paths>(paths: P): P {
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        operation.responses[status] = { ...response, headers: { ...response.headers, 'API-Version': { $ref: '#/components/headers/API-Version' } } };
      }
    }
  }
  return paths;
}

/**
 * The OpenAPI 3.1 description of the v1 API, by the NL GOV API Design Rules. It stands on its own: the contract schemas
 * are components, so it works read from its URL and saved as a file. It does not depend on the catalog that is loaded.
 */
export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Eisentoets Beschermd Wonen',
      version: API_VERSION,
      description:
        'Toetst de zelfevaluatie van een zorgaanbieder aan de eisen uit de aanbestedingsdocumenten Beschermd Wonen per regio. ' +
        'Geeft per product en per eis een uitslag met wat verwacht werd, wat is opgegeven en de letterlijke bron. ' +
        'Zelfevaluaties worden niet bewaard.',
      contact: { name: 'Beheer Eisentoets Beschermd Wonen', url: 'https://eisentoets.nl', email: 'beheer@eisentoets.nl' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/api/v1', description: 'Dezelfde server als deze beschrijving (een pad ten opzichte van haar adres).' }],
    paths: withVersionHeader(apiPaths()),
    components: {
      parameters,
      headers: {
        'API-Version': {
          description: 'De volledige versie van de API (semver); de hoofdversie staat ook in het pad (/api/v1).',
          required: true,
          schema: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
          example: API_VERSION,
        },
      },
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'API-sleutel (et_…), te maken op /inkoop/api-sleutels of met `eisentoets token`.' },
        sessie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Sessie na inloggen op /inkoop/inloggen; schrijven vraagt dan ook de kop X-CSRF-Token.' },
      },
      schemas: {
        Probleem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            requestId: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', required: ['pointer', 'detail'], properties: { pointer: { type: 'string' }, detail: { type: 'string' } } },
            },
          },
        },
        ...contractComponents(),
      },
    },
  };
}
