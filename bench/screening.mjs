// Bulk screening of 500 bids (with a PDF report each), against the compiled dist/:
//   1. the CLI: `eisentoets screen <map> --regio gelderland-zuid --out <map>` (XLSX, resultaten.json, 500 PDFs);
//   2. HTTP: one multipart upload of the 500 files to /api/v1/screeningsrondes/{id}/inschrijvingen (checked and
//      stored in SQLite), then GET rapporten.zip (the PDFs, rendered and streamed) and export.xlsx.
// Wall time, bids per second and peak resident memory (VmHWM of the process doing the work).
//   node bench/screening.mjs            (after npm run build), or through bench/run.mjs
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, startServer } from './run.mjs';

const REGIO = 'gelderland-zuid';
const COUNT = 500;
const dist = (p) => pathToFileURL(path.join(root, 'dist/server', p)).href;

/** A small deterministic PRNG (mulberry32), so every run screens the same 500 bids. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const soorten = ['Stichting', 'Zorggroep', 'Zorgcoöperatie', 'Begeleidingscentrum', 'Woongroep', 'Herstelhuis'];
const namen = ['De Linde', 'Rijnstroom', 'Het Baken', 'De Waalkant', 'Maasland', 'Op Koers', 'Het Anker', "'t Veldje", 'De Brug', 'Zonnehoek'];
const plaatsen = ['Nijmegen', 'Tiel', 'Wijchen', 'Druten', 'Culemborg', 'Beuningen', 'Zaltbommel', 'Heumen'];

/**
 * 500 bids from the region's samples, each with its own name, KvK number and locations, and facts varied around
 * the sample's (response times, guidance hours), so verdicts differ. About 3% lack a KvK number (invalid) and
 * about 2% are a second bid from an earlier KvK number (flagged as duplicates).
 */
export function generateBids(count = COUNT, seed = 2026) {
  const dir = path.join(root, 'samples', REGIO);
  const samples = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const bids = [];
  for (let i = 0; i < count; i++) {
    const bid = structuredClone(samples[i % samples.length]);
    const plaats = pick(plaatsen);
    const kvk = rnd() < 0.02 && i > 10 ? bids[Math.floor(rnd() * i)].aanbieder?.kvkNummer : String(10000000 + i * 15331).slice(0, 8);
    bid.aanbieder = { naam: `${pick(soorten)} ${pick(namen)} ${plaats} ${i + 1}`, kvkNummer: kvk ?? String(10000000 + i) };
    if (rnd() < 0.03) delete bid.aanbieder.kvkNummer;
    for (const item of bid.aanbod) {
      item.locatie = `${pick(namen)}, ${plaats}`;
      for (const venster of item.beschikbaarheid?.vensters ?? []) {
        if (typeof venster.fysiekMinuten === 'number' && rnd() < 0.2) venster.fysiekMinuten += 15;
        if (typeof venster.telefonischMinuten === 'number' && rnd() < 0.1) venster.telefonischMinuten = 10;
      }
      if (item.begeleiding && typeof item.begeleiding.individueelUrenPerWeek === 'number') {
        item.begeleiding.individueelUrenPerWeek = Math.max(0, item.begeleiding.individueelUrenPerWeek + Math.round((rnd() - 0.5) * 4) / 2);
      }
    }
    bids.push(bid);
  }
  return bids;
}

/** Peak resident memory of a running process in MiB (Linux /proc: VmHWM, the high-water mark). */
function peakMiB(pid) {
  const kb = Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

/** The CLI as a child process; its peak memory is read from its own resource usage as it exits. */
function runCli(args) {
  const report = "process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))";
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, path.join(root, 'dist/server/cli/main.js'), ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`eisentoets ${args[0]} stopte met ${code}: ${stderr.trim()}`));
      const kb = Number(/MAXRSS_KB (\d+)/.exec(stderr)?.[1]);
      resolve({ wallMs, peakRssMiB: Math.round((kb / 1024) * 10) / 10, stdout });
    });
  });
}

async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export async function benchScreening() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-bench-screening-'));
  try {
    const bids = generateBids();
    const folder = path.join(work, 'inschrijvingen');
    mkdirSync(folder);
    const files = bids.map((b, i) => ({ naam: `inschrijving-${String(i + 1).padStart(3, '0')}.json`, text: JSON.stringify(b, null, 2) }));
    for (const f of files) writeFileSync(path.join(folder, f.naam), f.text);

    // 1. CLI
    const out = path.join(work, 'uit');
    const cli = await runCli(['screen', folder, '--regio', REGIO, '--out', out]);
    const pdfs = readdirSync(path.join(out, 'rapporten')).length;

    // 2. HTTP: a fresh database with one user and an API token, then the server as a child process.
    const dbFile = path.join(work, 'data', 'eisentoets.sqlite');
    const { openDatabase } = await import(dist('screening/db.js'));
    const { ScreeningStore } = await import(dist('screening/store.js'));
    const { Auth, hashPassword } = await import(dist('screening/auth.js'));
    const db = await openDatabase(dbFile);
    const store = new ScreeningStore(db);
    const user = await store.createUser({ organisatie: 'Benchmark', email: 'bench@example.nl', naam: 'Bench', wachtwoordHash: await hashPassword('benchmark-wachtwoord') });
    const { token } = await (await Auth.create(store)).createToken(user, 'benchmark');
    await db.close();

    const server = await startServer({ env: { EISENTOETS_DATA: dbFile, LOG_LEVEL: 'silent' } });
    const base = `http://127.0.0.1:${server.port}/api/v1/screeningsrondes`;
    const auth = { authorization: `Bearer ${token}` };
    let http;
    try {
      const created = await fetch(base, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ naam: 'Benchmark', regio: REGIO, sluitingsdatum: `${new Date().getUTCFullYear() + 1}-12-01` }) });
      const { id } = await created.json();
      const form = new FormData();
      for (const f of files) form.append('bestanden', new Blob([f.text], { type: 'application/json' }), f.naam);
      const upload = await timed(async () => {
        const res = await fetch(`${base}/${id}/inschrijvingen`, { method: 'POST', headers: auth, body: form });
        if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
        return res.json();
      });
      const peakAfterUpload = peakMiB(server.pid);
      const zip = await timed(async () => {
        const res = await fetch(`${base}/${id}/rapporten.zip`, { headers: auth });
        if (res.status !== 200) throw new Error(`rapporten.zip: ${res.status}`);
        let bytes = 0;
        for await (const chunk of res.body) bytes += chunk.length;
        return bytes;
      });
      const xlsx = await timed(async () => {
        const res = await fetch(`${base}/${id}/export.xlsx`, { headers: auth });
        if (res.status !== 200) throw new Error(`export.xlsx: ${res.status}`);
        return (await res.arrayBuffer()).byteLength;
      });
      http = { upload, zip, xlsx, peakAfterUpload, peakEnd: peakMiB(server.pid) };
    } finally {
      await server.stop();
    }

    const perS = (n, ms) => Math.round((n / ms) * 1000 * 10) / 10;
    const results = [
      { weg: `CLI screen: ${COUNT} bestanden, ${pdfs} PDF's, XLSX en JSON`, bids: COUNT, wallMs: Math.round(cli.wallMs), bidsPerS: perS(COUNT, cli.wallMs), peakRssMiB: cli.peakRssMiB },
      {
        weg: `HTTP upload: ${COUNT} bestanden toetsen en opslaan (${http.upload.value.geldig} geldig, ${http.upload.value.ongeldig} ongeldig, ${http.upload.value.dubbel} dubbel)`,
        bids: COUNT,
        wallMs: Math.round(http.upload.ms),
        bidsPerS: perS(COUNT, http.upload.ms),
        peakRssMiB: http.peakAfterUpload,
      },
      { weg: `HTTP rapporten.zip: PDF's van de meetellende inschrijvingen, gestreamd`, bytes: http.zip.value, wallMs: Math.round(http.zip.ms), bidsPerS: perS(COUNT, http.zip.ms) },
      { weg: 'HTTP export.xlsx', bytes: http.xlsx.value, wallMs: Math.round(http.xlsx.ms) },
      {
        weg: `HTTP samen: upload, ZIP met PDF's en XLSX`,
        bids: COUNT,
        wallMs: Math.round(http.upload.ms + http.zip.ms + http.xlsx.ms),
        bidsPerS: perS(COUNT, http.upload.ms + http.zip.ms + http.xlsx.ms),
        peakRssMiB: http.peakEnd,
      },
    ];
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchScreening();
  console.log(`Bulkscreening, ${new Date().toISOString()}, Node ${process.version}, ${os.availableParallelism()} cores`);
  for (const r of results) {
    const parts = [`${r.wallMs.toLocaleString('nl-NL')} ms`];
    if (r.bidsPerS) parts.push(`${r.bidsPerS.toLocaleString('nl-NL')} inschrijvingen/s`);
    if (r.peakRssMiB) parts.push(`piek-RSS ${r.peakRssMiB.toLocaleString('nl-NL')} MiB`);
    if (r.bytes) parts.push(`${(r.bytes / 1024 / 1024).toFixed(1)} MiB`);
    console.log(`${r.weg}: ${parts.join(', ')}`);
  }
}
