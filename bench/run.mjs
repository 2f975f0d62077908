// Benchmarks against the compiled dist/ (`npm run bench` builds first): the engine in-process, the
// HTTP API and start-up against `node dist/server/main.js` as a child process, and the PDF and
// bulk-screening benchmarks of bench/pdf.mjs and bench/screening.mjs when those exist.
//   node bench/run.mjs                  everything, then one summary table
//   BENCH_HTTP_SECONDS=5 node bench/run.mjs   a shorter HTTP run (default 20 s)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mainJs = path.join(root, 'dist/server/main.js');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const sample = (file) => JSON.parse(readFileSync(path.join(root, 'samples/gelderland-zuid', file), 'utf8'));

/** The bids measured everywhere: one product (15N13), and the first five products of a full sample bid. */
export function benchBids() {
  const een = sample('15N13-voldoet.json');
  const vol = sample('bod-zorggroep-de-linde.json');
  const vijf = { ...vol, aanbod: vol.aanbod.slice(0, 5) };
  if (vijf.aanbod.length !== 5) throw new Error('bod-zorggroep-de-linde.json heeft minder dan 5 producten');
  return { een, vijf };
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * CPU time (user + system, ms) used so far by the processes of a process group, from /proc (Linux; undefined
 * elsewhere). On a shared machine the wall-clock start-up measures the neighbours too; this does not.
 */
function groupCpuMs(pgid) {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick;
    }
    return total;
  } catch {
    return undefined;
  }
}

/** One GET; resolves with the status, rejects when nothing listens yet. */
function get(port, urlPath) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent: false, timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/**
 * Starts `node dist/server/main.js` on a free port (rate limit off, logs to /dev/null as in a quiet
 * production, a fresh database in a temporary folder rather than the project's data/), and resolves
 * once GET /api/v1/regios answers: the full catalog is loaded by then. `readyMs` is the time from
 * spawn to that first answer. Gives up after `timeoutMs`.
 */
export async function startServer({ timeoutMs = 30_000, env = {}, npmStart = false } = {}) {
  if (!existsSync(mainJs)) throw new Error(`${path.relative(root, mainJs)} ontbreekt: eerst npm run build`);
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-bench-'));
  const start = performance.now();
  // `npm start` runs the server as a grandchild (npm, then node): it gets a process group of its own to stop.
  const [command, args] = npmStart ? ['npm', ['start', '--silent']] : [process.execPath, [mainJs]];
  const child = spawn(command, args, {
    // Its own process group, so that its CPU time can be read (and `npm start` with its child be stopped).
    detached: true,
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      EISENTOETS_API_LIMIT: '0',
      EISENTOETS_DATA: path.join(dataDir, 'eisentoets.sqlite'),
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    };
    if (child.exitCode === null && child.signalCode === null) signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let gone = false;
  exited.then(() => {
    gone = true;
  });
  while (performance.now() - start < timeoutMs) {
    if (gone) throw new Error(`server stopte tijdens het starten: ${stderr.trim()}`);
    try {
      const status = await get(port, '/api/v1/regios');
      if (status === 200) return { port, pid: child.pid, readyMs: performance.now() - start, cpuMs: groupCpuMs(child.pid), stop, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await stop();
  throw new Error(`server antwoordde niet binnen ${timeoutMs} ms: ${stderr.trim()}`);
}

/**
 * autocannon against POST /api/v1/toetsingen with a JSON answer (or a GET of `path`); requests/s, latency in ms,
 * bytes per answer as sent (gzipped when `gzip`), errors.
 */
export async function loadToets({ port, body, connections, seconds, onTick, gzip = false, path: urlPath }) {
  const instance = autocannon({
    url: `http://127.0.0.1:${port}${urlPath ?? '/api/v1/toetsingen'}`,
    ...(urlPath ? {} : { method: 'POST', body }),
    headers: { ...(urlPath ? {} : { 'content-type': 'application/json' }), accept: 'application/json', ...(gzip ? { 'accept-encoding': 'gzip' } : {}) },
    connections,
    duration: seconds,
    timeout: 10,
  });
  if (onTick) instance.on('tick', onTick);
  const result = await instance;
  return {
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: result.statusCodeStats,
  };
}

/**
 * Runs `fn` in rounds of `ms` after a warm-up; per round the runs per second and the median µs of one
 * run. The best round counts: on a shared machine the others measure the neighbours as well.
 */
function measure(fn, { warmup = 300, rounds = 5, ms = 1000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const results = [];
  for (let r = 0; r < rounds; r++) {
    const times = [];
    const start = process.hrtime.bigint();
    const end = start + BigInt(ms) * 1_000_000n;
    let now = start;
    while (now < end && times.length < 1_000_000) {
      fn();
      const t = process.hrtime.bigint();
      times.push(Number(t - now) / 1000);
      now = t;
    }
    results.push({ perSecond: times.length / (Number(now - start) / 1e9), medianUs: median(times) });
  }
  return { perSecond: Math.max(...results.map((x) => x.perSecond)), medianUs: Math.min(...results.map((x) => x.medianUs)) };
}

async function benchEngine() {
  const { loadCatalog } = await import('../dist/server/catalog/loader.js');
  const { check } = await import('../dist/server/engine/check.js');
  const { toets } = await import('../dist/server/engine/evaluate.js');
  const catalog = loadCatalog();
  const { een, vijf } = benchBids();
  const rows = [];
  for (const [naam, bid] of [['1 product', een], ['5 producten', vijf]]) {
    const outcome = check(bid, catalog);
    if (!outcome.ok) throw new Error(`${naam}: geen geldige zelfevaluatie: ${JSON.stringify(outcome.errors)}`);
    const zelfevaluatie = outcome.zelfevaluatie;
    const eisen = outcome.resultaat.samenvatting.eisen;
    rows.push({ naam: `toets(), ${naam} (${eisen} eisen)`, ...measure(() => toets(zelfevaluatie, catalog)) });
    rows.push({ naam: `check() = validatie + toets(), ${naam}`, ...measure(() => check(bid, catalog)) });
  }
  return rows;
}

/**
 * On one server: the toets without and with gzip, and GET /api/v1/regios (a catalog answer from memory) as the
 * yardstick for what one request costs at all. Each after a short warm-up so that the JIT has seen the route.
 */
async function benchHttp(seconds) {
  const { vijf } = benchBids();
  const server = await startServer();
  const run = async (options) => {
    await loadToets({ port: server.port, connections: 10, ...options, seconds: 2 });
    return loadToets({ port: server.port, connections: 10, ...options, seconds });
  };
  try {
    const body = JSON.stringify(vijf);
    const toets = await run({ body });
    const toetsGzip = await run({ body, gzip: true });
    const regios = await run({ path: '/api/v1/regios', gzip: true });
    return { toets, toetsGzip, regios };
  } finally {
    await server.stop();
  }
}

async function benchStartup(times = 5, options = {}) {
  const ms = [];
  const cpu = [];
  for (let i = 0; i < times; i++) {
    const server = await startServer(options);
    ms.push(server.readyMs);
    if (server.cpuMs !== undefined) cpu.push(server.cpuMs);
    await server.stop();
  }
  return { medianMs: median(ms), cpuMs: cpu.length ? median(cpu) : undefined, all: ms };
}

/** A colleague's benchmark module, when it exists: its function's result, or the error it gave. */
async function optional(file, name) {
  const full = path.join(root, 'bench', file);
  if (!existsSync(full)) return { missing: true };
  try {
    const mod = await import(pathToFileURL(full).href);
    if (typeof mod[name] !== 'function') return { error: `${file} exporteert geen ${name}()` };
    return { value: await mod[name]() };
  } catch (err) {
    return { error: `${name}() faalde: ${err?.stack ?? err}` };
  }
}

/** The unit a colleague's figure is in, from its name (pdfkitMs, chromiumBytes, ratio). */
function unitOf(key) {
  if (/Ms$/.test(key)) return 'ms';
  if (/Us$/.test(key)) return 'µs';
  if (/bytes$/i.test(key)) return 'bytes';
  if (/MiB$|Mb$/i.test(key)) return 'MiB';
  if (/PerS(econd)?$/.test(key)) return 'per s';
  if (/^ratio$/i.test(key)) return 'x';
  return '';
}

/** Numeric figures of a colleague's result as rows: arrays of records, named by their first text field. */
function figures(prefix, value) {
  const rows = [];
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const label = Object.values(item).find((v) => typeof v === 'string')?.split(/[:(]/)[0].trim();
    for (const [k, v] of Object.entries(item)) {
      if (typeof v === 'number') rows.push({ meting: `${prefix}${label ? ` ${label}` : ''}: ${k}`, waarde: round(v), eenheid: unitOf(k) });
    }
  }
  return rows;
}

const round = (v) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);

/** Rows of { meting, waarde, eenheid } as an aligned text table, numbers right-aligned. */
export function printTable(rows) {
  const cells = rows.map((r) => [r.meting, typeof r.waarde === 'number' ? r.waarde.toLocaleString('nl-NL') : String(r.waarde), r.eenheid]);
  const w = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i].length), ['meting', 'waarde', 'eenheid'][i].length));
  const line = (c, numeric) => `${c[0].padEnd(w[0])}  ${numeric ? c[1].padStart(w[1]) : c[1].padEnd(w[1])}  ${c[2]}`.trimEnd();
  console.log(line(['meting', 'waarde', 'eenheid'], false));
  console.log(line(['-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2])], false));
  rows.forEach((r, i) => console.log(line(cells[i], typeof r.waarde === 'number')));
}

async function main() {
  const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 20);
  const header = `Eisentoets benchmark, ${new Date().toISOString()}, Node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'onbekende cpu'}), ${os.platform()} ${os.release()}`;
  console.log(header);
  const summary = [];
  const row = (meting, waarde, eenheid) => summary.push({ meting, waarde: typeof waarde === 'number' ? round(waarde) : waarde, eenheid });

  console.log('\nEngine (in-process, warm, gecompileerde validators; beste van 5 rondes van 1 s) ...');
  for (const r of await benchEngine()) {
    row(`${r.naam}`, r.perSecond, 'per s');
    row(`${r.naam}: mediaan`, r.medianUs, 'µs');
  }

  console.log(`HTTP POST /api/v1/toetsingen, 5 producten, JSON, zonder en met gzip, en GET /api/v1/regios; 10 verbindingen, elk ${seconds} s (autocannon, één server als kindproces) ...`);
  const { toets, toetsGzip, regios } = await benchHttp(seconds);
  for (const [naam, h] of [['HTTP toetsingen', toets], ['HTTP toetsingen, gzip', toetsGzip], ['HTTP GET /api/v1/regios', regios]]) {
    row(`${naam}: verzoeken`, h.perSecond, 'per s');
    row(`${naam}: p50`, h.p50, 'ms');
    row(`${naam}: p99`, h.p99, 'ms');
    row(`${naam}: bytes per antwoord`, h.bytes, 'bytes');
    row(`${naam}: fouten (errors + timeouts + niet-2xx)`, h.errors + h.timeouts + h.non2xx, `van ${h.requests}`);
  }
  row('verhouding toetsingen / GET regios (zonder gzip; doel ≥ 0,5)', toets.perSecond / regios.perSecond, 'x');
  row('verhouding toetsingen / GET regios (gzip; doel ≥ 0,5)', toetsGzip.perSecond / regios.perSecond, 'x');

  console.log('Opstarttijd: spawn tot eerste antwoord met de hele catalogus, 5 keer ...');
  const s = await benchStartup(5);
  row('opstarten tot eerste antwoord (mediaan van 5)', s.medianMs, 'ms');
  if (s.cpuMs !== undefined) row('opstarten tot eerste antwoord: CPU-tijd (mediaan van 5)', s.cpuMs, 'ms');
  console.log('Opstarttijd met `npm start` op een gebouwde checkout (bouwt niet), 5 keer ...');
  const n = await benchStartup(5, { npmStart: true });
  row('`npm start` tot eerste antwoord (mediaan van 5; doel < 1.500)', n.medianMs, 'ms');
  if (n.cpuMs !== undefined) row('`npm start` tot eerste antwoord: CPU-tijd (mediaan van 5)', n.cpuMs, 'ms');

  console.log('PDF (bench/pdf.mjs) ...');
  const pdf = await optional('pdf.mjs', 'benchPdf');
  if (pdf.missing) row('PDF', 'bench/pdf.mjs bestaat (nog) niet', '');
  else if (pdf.error) console.error(pdf.error);
  else summary.push(...figures('PDF', pdf.value));

  console.log('Bulkscreening (bench/screening.mjs) ...');
  const screening = await optional('screening.mjs', 'benchScreening');
  if (screening.missing) row('bulkscreening', 'bench/screening.mjs bestaat (nog) niet', '');
  else if (screening.error) console.error(screening.error);
  else summary.push(...figures('screening', screening.value));

  console.log(`\n${header}\n`);
  printTable(summary);
  if (pdf.error || screening.error) process.exitCode = 1;
}

// Not a top-level await: bench/screening.mjs imports this module, and would wait for it forever.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
