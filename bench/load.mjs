// Load test (`npm run bench:load`, after `npm run build`): POST /api/v1/toetsingen with the 5-product
// bid at 50 connections for 60 s against `node dist/server/main.js` as a child process, sampling the
// server's resident memory (VmRSS) every second. Fails (exit 1) on any error, or when RSS grows by
// more than 50 MB between the end of a 10 s warm-up and the end of the run.
//   LOAD_SECONDS=60 LOAD_CONNECTIONS=50 node bench/load.mjs
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { benchBids, loadToets, printTable, startServer } from './run.mjs';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const warmupSeconds = Math.min(10, Math.floor(seconds / 2));
const maxGrowthMb = 50;

/** Resident set size of a process in MiB, from /proc (Linux). */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  return kb / 1024;
}

const header = `Eisentoets belastingtest, ${new Date().toISOString()}, Node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'onbekende cpu'})`;
console.log(`${header}\nPOST /api/v1/toetsingen, 5 producten, ${connections} verbindingen, ${seconds} s; RSS van de server elke seconde`);

const server = await startServer();
const samples = [];
const start = performance.now();
const sampler = setInterval(() => {
  try {
    samples.push({ s: (performance.now() - start) / 1000, mb: rssMb(server.pid) });
  } catch {
    // the server has gone; autocannon reports the errors
  }
}, 1000);
let result;
let idleMb;
try {
  samples.push({ s: 0, mb: rssMb(server.pid) });
  result = await loadToets({ port: server.port, body: JSON.stringify(benchBids().vijf), connections, seconds });
  clearInterval(sampler);
  samples.push({ s: (performance.now() - start) / 1000, mb: rssMb(server.pid) });
  await new Promise((r) => setTimeout(r, 2000));
  idleMb = rssMb(server.pid);
} finally {
  clearInterval(sampler);
  await server.stop();
}

const afterWarmup = samples.find((x) => x.s >= warmupSeconds) ?? samples[samples.length - 1];
const atEnd = samples[samples.length - 1];
const growth = atEnd.mb - afterWarmup.mb;
const errors = result.errors + result.timeouts + result.non2xx;
const peak = Math.max(...samples.map((x) => x.mb));

console.log(`\nRSS per 10 s (MiB): ${samples.filter((x, i) => i === 0 || Math.floor(x.s / 10) !== Math.floor(samples[i - 1].s / 10)).map((x) => `${Math.round(x.s)}s ${x.mb.toFixed(1)}`).join(', ')}\n`);
printTable([
  { meting: 'verzoeken', waarde: result.requests, eenheid: '' },
  { meting: 'verzoeken per seconde', waarde: Math.round(result.perSecond), eenheid: 'per s' },
  { meting: 'fouten (errors + timeouts + niet-2xx)', waarde: errors, eenheid: JSON.stringify(Object.fromEntries(Object.entries(result.statusCodes).map(([k, v]) => [k, v.count]))) },
  { meting: 'latentie p50', waarde: result.p50, eenheid: 'ms' },
  { meting: 'latentie p99', waarde: result.p99, eenheid: 'ms' },
  { meting: 'latentie max', waarde: result.max, eenheid: 'ms' },
  { meting: 'RSS bij de start', waarde: Math.round(samples[0].mb * 10) / 10, eenheid: 'MiB' },
  { meting: `RSS na ${warmupSeconds} s opwarmen`, waarde: Math.round(afterWarmup.mb * 10) / 10, eenheid: 'MiB' },
  { meting: 'RSS aan het eind', waarde: Math.round(atEnd.mb * 10) / 10, eenheid: 'MiB' },
  { meting: 'RSS-groei na het opwarmen', waarde: Math.round(growth * 10) / 10, eenheid: `MiB (grens ${maxGrowthMb})` },
  { meting: 'RSS piek', waarde: Math.round(peak * 10) / 10, eenheid: 'MiB' },
  { meting: 'RSS 2 s na de belasting', waarde: Math.round(idleMb * 10) / 10, eenheid: 'MiB' },
]);

const failures = [];
if (errors > 0) failures.push(`${errors} fouten`);
if (growth > maxGrowthMb) failures.push(`RSS groeide ${growth.toFixed(1)} MiB (meer dan ${maxGrowthMb})`);
if (failures.length > 0) {
  console.error(`\nNIET GOED: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nGoed: geen fouten, RSS-groei ${growth.toFixed(1)} MiB binnen ${maxGrowthMb} MiB.`);
}
