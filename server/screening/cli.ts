import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadRegion, regionFolders } from '../catalog/loader.js';
import type { Catalog } from '../catalog/types.js';
import { inkoop } from '../messages.js';
import { catalogDir } from '../paths.js';
import { pdfRenderer, renderInOrder } from './pdf-pool.js';
import { MIN_PASSWORD_LENGTH, TOKEN_DAYS, hashPassword, Auth } from './auth.js';
import { backupDatabase, openDatabase } from './db.js';
import { buildWorkbook, reportFileName } from './exports.js';
import { readBidSource, refuseUnsafeWorkbooks } from './intake.js';
import { buildMatrix, screenedModel } from './matrix.js';
import { screenBids } from './screen.js';
import { ROLLEN, ScreeningStore, type Rol } from './store.js';

/** A wrong use of a command: the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

const t = inkoop.cli;

function bar(label: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
}

/** Only the region screened is loaded: a region being edited elsewhere in the catalog does not stop the screening. */
function regionCatalog(regio: string | undefined): Catalog {
  const dir = catalogDir();
  const known = regionFolders(dir);
  if (!regio) throw new UsageError(`${t.regioOntbreekt(known.join(', '))}\n${t.screenGebruik}`);
  if (!known.includes(regio)) throw new UsageError(t.onbekendeRegio(regio, known.join(', ')));
  const region = loadRegion(path.join(dir, regio));
  return { regios: new Map([[region.id, region]]), map: dir };
}

/**
 * eisentoets screen <map|zip> --regio <id> --out <map>: the same screening as the upload, offline. Writes
 * screening.xlsx (the committee workbook), resultaten.json (every file with its result or input errors) and
 * rapporten/<nr>-<naam>-<kvk>.pdf for every valid bid.
 */
export async function screenCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { regio: { type: 'string' }, out: { type: 'string' }, naam: { type: 'string' } },
  });
  const source = positionals[0];
  if (!source || !existsSync(source)) throw new UsageError(`${t.bronOntbreekt}\n${t.screenGebruik}`);
  if (!values.out) throw new UsageError(`${t.outOntbreekt}\n${t.screenGebruik}`);
  const catalog = regionCatalog(values.regio);
  const regio = values.regio!;
  const started = process.hrtime.bigint();

  const { files, overgeslagen } = await readBidSource(source);
  if (overgeslagen > 0) console.error(t.overgeslagen(overgeslagen));
  if (files.length === 0) throw new UsageError(t.geenBestanden(source));
  await refuseUnsafeWorkbooks(files).catch((err: Error) => {
    throw new UsageError(err.message);
  });
  const checking = bar(t.toetsen);
  checking.start(files.length, 0);
  const screened = await screenBids(files, catalog, regio, (klaar) => checking.update(klaar));
  checking.stop();

  const naam = values.naam ?? path.basename(path.resolve(source)).replace(/\.zip$/i, '');
  const model = screenedModel(catalog, regio, naam, screened);
  const out = path.resolve(values.out);
  const reports = path.join(out, 'rapporten');
  mkdirSync(reports, { recursive: true });

  const valid = model.bids.filter((b) => b.geldig);
  const rendering = bar(t.rapporten);
  rendering.start(valid.length, 0);
  let n = 0;
  const sources = screened.flatMap((s, i) => (s.geldig ? [{ bid: model.bids[i]!, resultaat: s.resultaat }] : []));
  await renderInOrder(pdfRenderer(), sources, ({ bid }, pdf) => {
    writeFileSync(path.join(reports, reportFileName({ volgnummer: bid.volgnummer, aanbiederNaam: bid.aanbiederNaam!, kvkNummer: bid.kvkNummer! })), pdf);
    rendering.update(++n);
  });
  rendering.stop();

  const xlsx = path.join(out, 'screening.xlsx');
  await buildWorkbook(model, { tijdstip: new Date() }).xlsx.writeFile(xlsx);
  const telling = buildMatrix(model).telling;
  const json = path.join(out, 'resultaten.json');
  writeFileSync(
    json,
    JSON.stringify(
      {
        ronde: naam,
        regio,
        telling,
        inschrijvingen: screened.map((s, i) => {
          const b = model.bids[i]!;
          const base = { nr: b.volgnummer, bestand: s.bestandsnaam, sha256: s.sha256, geldig: s.geldig, telt: b.telt };
          return s.geldig ? { ...base, toetsresultaat: s.resultaat } : { ...base, fouten: s.fouten };
        }),
      },
      null,
      2,
    ),
  );
  const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  console.log(t.klaar(telling, seconds));
  for (const p of [xlsx, json, reports]) console.log(t.geschreven(p));
  return 0;
}

async function readPassword(confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      // Echo the prompt only, never what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(prompt)) process.stderr.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask(t.wachtwoord);
  if (confirm && (await ask(t.wachtwoordNogmaals)) !== first) throw new UsageError(t.wachtwoordenVerschillen);
  return first;
}

/**
 * eisentoets gebruiker <e-mail> --organisatie <naam> [--rol <rol>]: creates a procurement user, or for an existing
 * one: --wachtwoord-wijzigen, --rol <rol>, --uitschakelen, --inschakelen or --verwijderen (each takes effect at the
 * user's next request).
 */
export async function userCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      organisatie: { type: 'string' },
      naam: { type: 'string' },
      rol: { type: 'string' },
      'wachtwoord-wijzigen': { type: 'boolean' },
      uitschakelen: { type: 'boolean' },
      inschakelen: { type: 'boolean' },
      verwijderen: { type: 'boolean' },
    },
  });
  const email = positionals[0]?.trim();
  if (!email) throw new UsageError(`${t.emailOntbreekt}\n${t.gebruikerGebruik}`);
  const rol = values.rol?.trim() as Rol | undefined;
  if (rol !== undefined && !ROLLEN.includes(rol)) throw new UsageError(`${t.rolOnbekend(ROLLEN.join(', '))}\n${t.gebruikerGebruik}`);
  const db = await openDatabase();
  try {
    console.error(t.database(db.location));
    const store = new ScreeningStore(db);
    const existing = await store.userWithHash(email);
    const change = values.uitschakelen || values.inschakelen || values.verwijderen || (rol !== undefined && existing && !values['wachtwoord-wijzigen']);
    if (change) {
      if (!existing) throw new UsageError(t.onbekendeGebruiker(email));
      const { wachtwoordHash: _h, actief: _a, ...user } = existing;
      if (values.verwijderen) {
        await store.deleteUser(user);
        console.log(t.gebruikerVerwijderd(email));
      } else if (values.uitschakelen || values.inschakelen) {
        await store.setActive(user, !!values.inschakelen);
        console.log(values.inschakelen ? t.gebruikerIngeschakeld(email) : t.gebruikerUitgeschakeld(email));
      }
      if (rol !== undefined && !values.verwijderen) {
        await store.setRole(user, rol);
        console.log(t.rolGewijzigd(email, rol));
      }
      return 0;
    }
    if (values['wachtwoord-wijzigen']) {
      if (!existing) throw new UsageError(t.onbekendeGebruiker(email));
    } else {
      if (existing) throw new UsageError(t.gebruikerBestaat(email));
      if (!values.organisatie?.trim()) throw new UsageError(`${t.organisatieOntbreekt}\n${t.gebruikerGebruik}`);
    }
    const password = await readPassword(true);
    if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(t.wachtwoordTeKort(MIN_PASSWORD_LENGTH));
    const hash = await hashPassword(password);
    if (existing) {
      const { wachtwoordHash: _old, actief: _a, ...user } = existing;
      const { sessies, sleutels } = await store.setPassword(user, hash);
      console.log(t.wachtwoordGewijzigd(email, sessies, sleutels));
    } else {
      const user = await store.createUser({ organisatie: values.organisatie!.trim(), email, naam: values.naam?.trim() || email, wachtwoordHash: hash, rol });
      console.log(t.gebruikerAangemaakt(user.email, user.organisatieNaam, user.rol));
    }
    return 0;
  } finally {
    await db.close();
  }
}

/**
 * eisentoets token <e-mail>: prints a new API token for the user, once (--dagen: how long it lives). With --lijst the
 * user's keys are listed; with --intrekken <nr|alle> one or all of them are revoked at once.
 */
export async function tokenCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { omschrijving: { type: 'string' }, dagen: { type: 'string' }, lijst: { type: 'boolean' }, intrekken: { type: 'string' } },
  });
  const email = positionals[0]?.trim();
  if (!email) throw new UsageError(`${t.emailOntbreekt}\n${t.tokenGebruik}`);
  const dagen = values.dagen === undefined ? TOKEN_DAYS.standaard : Number(values.dagen);
  if (!Number.isInteger(dagen) || dagen < 1 || dagen > TOKEN_DAYS.max) throw new UsageError(`${t.dagenOngeldig(TOKEN_DAYS.max)}\n${t.tokenGebruik}`);
  const intrekken = values.intrekken?.trim();
  if (intrekken !== undefined && intrekken !== 'alle' && !/^\d{1,12}$/.test(intrekken)) throw new UsageError(`${t.intrekkenOngeldig}\n${t.tokenGebruik}`);
  const db = await openDatabase();
  try {
    const store = new ScreeningStore(db);
    const found = await store.userWithHash(email);
    if (!found) throw new UsageError(t.onbekendeGebruiker(email));
    const { wachtwoordHash: _hash, ...user } = found;
    if (values.lijst) {
      const keys = await store.tokens(user.id);
      if (keys.length === 0) console.log(t.geenSleutels(email));
      for (const k of keys) console.log(t.sleutelRegel(k));
      return 0;
    }
    if (intrekken !== undefined) {
      const ids = intrekken === 'alle' ? (await store.tokens(user.id)).map((k) => k.id) : [Number(intrekken)];
      const revoked: number[] = [];
      for (const id of ids) if (await store.deleteToken(user.id, id)) revoked.push(id);
      if (intrekken !== 'alle' && revoked.length === 0) throw new UsageError(t.onbekendeSleutel(intrekken, email));
      for (const id of revoked) await store.audit(user, 'api-sleutel-ingetrokken', undefined, String(id));
      console.log(t.sleutelsIngetrokken(revoked.length, email));
      return 0;
    }
    const omschrijving = values.omschrijving?.trim().slice(0, 100) || t.tokenOmschrijving;
    const { token, verlooptOp } = await (await Auth.create(store)).createToken(user, omschrijving, dagen);
    await store.audit(user, 'api-sleutel-aangemaakt', undefined, omschrijving);
    console.error(t.tokenAangemaakt(verlooptOp.toISOString().slice(0, 10)));
    console.log(token);
    return 0;
  } finally {
    await db.close();
  }
}

/** eisentoets backup <bestand>: an online backup of the database, safe while the server runs. */
export async function backupCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const target = positionals[0];
  if (!target) throw new UsageError(t.backupGebruik);
  const db = await openDatabase();
  try {
    await backupDatabase(db, target);
  } catch (err) {
    if (db.dialect === 'postgres') throw new UsageError((err as Error).message);
    throw err;
  } finally {
    await db.close();
  }
  console.log(t.backupKlaar(path.resolve(target)));
  return 0;
}
