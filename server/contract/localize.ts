import type { ErrorObject } from 'ajv';
import localizeModule from 'ajv-i18n/localize/nl/index.js';

/** ajv-i18n's Dutch messages (CommonJS: the default import is the function, its typings say otherwise). */
export const localizeNl = localizeModule as unknown as (errors?: ErrorObject[] | null) => void;
