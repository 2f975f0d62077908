import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../paths.js';

export const inkoopTemplatesDir = path.join(templatesDir, 'inkoop');
export const inkoopAssetsDir = path.join(inkoopTemplatesDir, 'assets');

export type Render = (page: string, model: object) => string;

/**
 * Loads templates/inkoop/pages/*.hbs and partials/*.hbs at start-up; a syntax error stops the start.
 * Everything is escaped; the only raw insertion is the page body inside the layout partial.
 */
export function loadInkoopTemplates(dir: string = inkoopTemplatesDir): Render {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const read = (sub: string) =>
    readdirSync(path.join(dir, sub))
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => {
        const source = readFileSync(path.join(dir, sub, f), 'utf8');
        try {
          env.parse(source);
        } catch (err) {
          throw new Error(`Template ${sub}/${f} is ongeldig: ${(err as Error).message}`);
        }
        return [f.replace(/\.hbs$/, ''), source] as const;
      });
  for (const [name, source] of read('partials')) env.registerPartial(name, source);
  const pages = new Map(read('pages').map(([name, source]) => [name, env.compile(source, { strict: false, preventIndent: true })]));
  return (page, model) => {
    const template = pages.get(page);
    if (!template) throw new Error(`Onbekende pagina-template ${page}`);
    return template(model, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  };
}
