import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: at run time its default import is the plugin function, but its typings
// describe the module object, so the type is stated here.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

/** Annotation keywords of the contract and the catalog: carried by the schemas, ignored by validation. */
export const annotationKeywords = [
  'x-label', 'x-eenheid', 'x-zelfbeschrijvend', 'x-eis', 'x-toelichting', 'x-product', 'x-afgeleid', 'x-verklaringen', 'x-bijlagen', 'x-regio',
];

/** One configuration for every validator in the project: strict, all errors, no $data, compiled once. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allErrors: true,
    inlineRefs: false,
    $data: false,
    messages: true,
    code: { optimize: false },
  });
  addFormats(ajv, ['email', 'uuid', 'date-time', 'uri', 'date']);
  ajv.addVocabulary(annotationKeywords);
  return ajv;
}
