import type { Catalog } from '../catalog/types.js';
import { SESSION_COOKIE } from '../screening/auth.js';

const problem = {
  description: 'Probleem (RFC 9457), in het Nederlands.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
};

const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const rondeId = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const bodId = { name: 'bid', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const beveiligd = { security: [{ token: [] }, { sessie: [] }] };
const fouten = { '401': { ...problem, description: 'Geen geldige sessie of API-sleutel (altijd eerst gecontroleerd).' }, '404': { ...problem, description: 'Geen ronde met dit id in uw organisatie.' } };

/** Screening of bids by procurement teams: every path needs a session or an API token. */
function screeningPaths() {
  return {
    '/api/v1/screeningsrondes': {
      get: { summary: 'Screeningsrondes van uw organisatie', operationId: 'rondes', ...beveiligd, responses: { '200': json('De rondes.'), '401': fouten['401'] } },
      post: {
        summary: 'Maak een screeningsronde voor een regio',
        operationId: 'rondeMaken',
        ...beveiligd,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['naam', 'regio'], properties: { naam: { type: 'string' }, regio: { type: 'string' }, sluitingsdatum: { type: 'string', format: 'date' } } } } },
        },
        responses: { '201': json('De nieuwe ronde.'), '401': fouten['401'], '422': problem },
      },
    },
    '/api/v1/screeningsrondes/{id}': {
      get: {
        summary: 'De matrix van inschrijvers × producten, met tellingen per kolom',
        operationId: 'ronde',
        ...beveiligd,
        parameters: [rondeId, { name: 'alleen', in: 'query', required: false, schema: { const: 'voldoet-niet' } }],
        responses: { '200': json('De matrix.'), ...fouten },
      },
      delete: { summary: 'Verwijder de ronde met alle inschrijvingen, voorgoed', operationId: 'rondeVerwijderen', ...beveiligd, parameters: [rondeId], responses: { '204': { description: 'Verwijderd.' }, ...fouten } },
    },
    '/api/v1/screeningsrondes/{id}/inschrijvingen': {
      post: {
        summary: 'Upload zelfevaluaties: JSON-bestanden of één ZIP; elke inschrijving wordt bij aankomst getoetst',
        operationId: 'inschrijvingen',
        ...beveiligd,
        parameters: [rondeId],
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { bestanden: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } } } } } },
        responses: { '201': json('Samenvatting: geldig, ongeldig (met invoerfouten), dubbele KvK-nummers.'), ...fouten, '413': problem },
      },
    },
    '/api/v1/screeningsrondes/{id}/inschrijvingen/{bid}': {
      get: { summary: 'Eén inschrijving met haar toetsresultaat of invoerfouten', operationId: 'inschrijving', ...beveiligd, parameters: [rondeId, bodId], responses: { '200': json('De inschrijving.'), ...fouten } },
    },
    '/api/v1/screeningsrondes/{id}/inschrijvingen/{bid}/rapport.pdf': {
      get: {
        summary: 'Het PDF-rapport van één inschrijving',
        operationId: 'inschrijvingRapport',
        ...beveiligd,
        parameters: [rondeId, bodId],
        responses: { '200': { description: 'PDF/A-rapport.', content: { 'application/pdf': {} } }, ...fouten },
      },
    },
    '/api/v1/screeningsrondes/{id}/inschrijvingen/{bid}/telt': {
      post: { summary: 'Kies welke inschrijving telt bij een dubbel KvK-nummer', operationId: 'inschrijvingTelt', ...beveiligd, parameters: [rondeId, bodId], responses: { '200': json('Bijgewerkt.'), ...fouten } },
    },
    '/api/v1/screeningsrondes/{id}/export.xlsx': {
      get: {
        summary: 'Werkmap: de matrix en elke eis die niet voldoet of ontbreekt, met citaat',
        operationId: 'exportXlsx',
        ...beveiligd,
        parameters: [rondeId],
        responses: { '200': { description: 'XLSX.', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, ...fouten },
      },
    },
    '/api/v1/screeningsrondes/{id}/export.csv': {
      get: { summary: 'De matrix als CSV', operationId: 'exportCsv', ...beveiligd, parameters: [rondeId], responses: { '200': { description: 'CSV.', content: { 'text/csv': {} } }, ...fouten } },
    },
    '/api/v1/screeningsrondes/{id}/rapporten.zip': {
      get: {
        summary: 'ZIP met het PDF-rapport van elke geldige inschrijving (gestreamd)',
        operationId: 'rapportenZip',
        ...beveiligd,
        parameters: [rondeId],
        responses: { '200': { description: 'ZIP.', content: { 'application/zip': {} } }, ...fouten },
      },
    },
  };
}

/** The OpenAPI 3.1 description of the v1 API; the contract schemas are referenced where they are served. */
export function buildOpenApi(catalog: Catalog) {
  const regios = [...catalog.regios.keys()];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Eisentoets Beschermd Wonen',
      version: '1',
      description:
        'Toetst de zelfevaluatie van een zorgaanbieder aan de eisen uit de aanbestedingsdocumenten Beschermd Wonen per regio. ' +
        'Geeft per product en per eis een uitslag met wat verwacht werd, wat is opgegeven en de letterlijke bron. ' +
        'Zelfevaluaties worden niet bewaard.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/regios': {
        get: {
          summary: "Regio's in de catalogus",
          operationId: 'regios',
          responses: { '200': { description: "De regio's met naam, document en jaar.", content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/api/v1/regios/{regio}': {
        get: {
          summary: 'Eén regio met haar regels over producten heen en haar producten',
          operationId: 'regio',
          parameters: [{ name: 'regio', in: 'path', required: true, schema: { type: 'string', enum: regios } }],
          responses: { '200': { description: 'De regio.', content: { 'application/json': { schema: { type: 'object' } } } }, '404': problem },
        },
      },
      '/api/v1/regios/{regio}/producten': {
        get: {
          summary: 'Producten van een regio: code, naam, tarief',
          operationId: 'producten',
          parameters: [{ name: 'regio', in: 'path', required: true, schema: { type: 'string', enum: regios } }],
          responses: { '200': { description: 'De producten.', content: { 'application/json': { schema: { type: 'object' } } } }, '404': problem },
        },
      },
      '/api/v1/regios/{regio}/producten/{code}': {
        get: {
          summary: 'Eén product: eisen (id, titel, ernst, bron) en te verklaren verklaringen (id, tekst)',
          operationId: 'product',
          parameters: [
            { name: 'regio', in: 'path', required: true, schema: { type: 'string', enum: regios } },
            { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'Het product.', content: { 'application/json': { schema: { type: 'object' } } } }, '404': problem },
        },
      },
      '/api/v1/schemas/{pad}': {
        get: {
          summary: 'De JSON Schemas zelf: contract (zelfevaluatie, toetsresultaat), metaschema en catalogus (regios/<regio>/<code>.schema.json)',
          operationId: 'schema',
          parameters: [{ name: 'pad', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'Het schema.', content: { 'application/schema+json': { schema: { type: 'object' } } } }, '404': problem },
        },
      },
      '/api/v1/toetsingen': {
        post: {
          summary: 'Toets een zelfevaluatie',
          description:
            'Antwoordt met het toetsresultaat (JSON) of, met Accept: application/pdf, het rapport als PDF. ' +
            'Contractversie 2; een zelfevaluatie in versie 1 wordt nog aangenomen, omgezet (dag 07:00-15:00, avond 15:00-23:00, nacht 23:00-07:00) en het resultaat zegt dat (invoerVersie, omzetting). ' +
            'Multipart: een deel "zelfevaluatie" (JSON) en bestanden "bijlage[<index>][<soort>]" (PDF, PNG of JPEG, ten hoogste 10 MB en 20 stuks); ' +
            'van bestanden worden alleen naam, grootte en SHA-256 gebruikt.',
          operationId: 'toets',
          requestBody: {
            required: true,
            content: {
              // Version 2 is the contract; version 1 files (kept by providers) are still accepted and converted.
              'application/json': { schema: { oneOf: [{ $ref: '/api/v1/schemas/zelfevaluatie.schema.json' }, { $ref: '/api/v1/schemas/zelfevaluatie-v1.schema.json' }] } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['zelfevaluatie'],
                  properties: { zelfevaluatie: { type: 'string', contentMediaType: 'application/json' } },
                  patternProperties: { '^bijlage\\[\\d+\\]\\[[a-z0-9-]+\\]$': { type: 'string', contentMediaType: 'application/octet-stream' } },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'Het toetsresultaat.',
              content: {
                'application/json': { schema: { $ref: '/api/v1/schemas/toetsresultaat.schema.json' } },
                'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
              },
            },
            '400': problem,
            '406': problem,
            '413': problem,
            '415': problem,
            '422': { ...problem, description: 'De invoer voldoet niet aan het contract: errors noemt elk probleem met zijn JSON pointer.' },
          },
        },
      },
      '/api/v1/vergelijking': {
        get: {
          summary: "Vergelijkbare producten over regio's heen, per onderwerp",
          description: 'Elke cel is gelezen uit het schema van een eis (met id en citaat), zodat de vergelijking nooit afwijkt van de toets.',
          operationId: 'vergelijking',
          responses: { '200': { description: 'Onderwerpen en groepen van producten met hun cellen.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/api/v1/kwalificatie': {
        post: {
          summary: 'Waar past dit aanbod? Eén aanbod-item zonder productcode, getoetst aan elk product van elke regio',
          operationId: 'kwalificatie',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['aanbod'], additionalProperties: false, properties: { aanbod: { $ref: '/api/v1/schemas/zelfevaluatie.schema.json#/$defs/AanbodItem' } } },
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
                            uitslag: { enum: ['voldoet', 'voldoet-niet'] },
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
            '400': problem,
            '415': problem,
            '422': problem,
          },
        },
      },
      ...screeningPaths(),
      '/api/v1/openapi.json': {
        get: { summary: 'Deze beschrijving', operationId: 'openapi', responses: { '200': { description: 'OpenAPI 3.1.', content: { 'application/json': {} } } } },
      },
    },
    components: {
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
      },
    },
  };
}
