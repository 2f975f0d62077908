import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../paths.js';

export type Render = (page: string, model: object) => string;

/**
 * Parses one template now, so a syntax error stops start-up; Handlebars turns it into code on its first render.
 * Generating the code of every template at start-up cost about a second of the start on 2 cores.
 */
function precompile(env: typeof Handlebars, source: string, file: string): Handlebars.TemplateDelegate {
  const options = { strict: false, noEscape: false, preventIndent: true };
  try {
    // Handlebars.compile accepts a parsed program and compiles it on first use.
    return env.compile(env.parse(source) as unknown as string, options);
  } catch (err) {
    throw new Error(`Template ${file} is ongeldig: ${(err as Error).message}`);
  }
}

function hbsFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? hbsFiles(path.join(dir, d.name), base) : d.name.endsWith('.hbs') ? [path.relative(base, path.join(dir, d.name))] : [],
  );
}

/** Loads templates/pages/** and templates/partials/** once, at start-up; a page is rendered by name. */
export function loadTemplates(dir: string = templatesDir): Render {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ' ') : ''));
  const partialsDir = path.join(dir, 'partials');
  for (const file of hbsFiles(partialsDir)) {
    const name = file.replace(/\.hbs$/, '').split(path.sep).join('/');
    env.registerPartial(name, precompile(env, readFileSync(path.join(partialsDir, file), 'utf8'), file));
  }
  const pagesDir = path.join(dir, 'pages');
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of hbsFiles(pagesDir)) {
    pages.set(file.replace(/\.hbs$/, '').split(path.sep).join('/'), precompile(env, readFileSync(path.join(pagesDir, file), 'utf8'), file));
  }
  return (page, model) => {
    const template = pages.get(page);
    if (!template) throw new Error(`Onbekende pagina-template ${page}`);
    return template(model, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  };
}
