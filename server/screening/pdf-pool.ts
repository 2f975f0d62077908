import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderReportPdf } from '../report/pdf.js';
import type { Toetsresultaat } from '../types/contract.js';

/** Renders reports; `concurrency` is how many are worth having in flight at once. */
export interface PdfRenderer {
  concurrency: number;
  render(resultaat: Toetsresultaat): Promise<Buffer>;
}

const inThread: PdfRenderer = { concurrency: 1, render: renderReportPdf };

interface Job {
  resolve: (pdf: Buffer) => void;
  reject: (err: Error) => void;
}

/**
 * A report is tens of milliseconds of CPU; hundreds of them for a round's ZIP or the CLI are rendered in worker
 * threads, which keeps the server's event loop free meanwhile and uses the spare cores. Workers start on first use
 * and do not keep the process alive. Run from the TypeScript sources (tests) there is no compiled worker
 * script, and reports are rendered in-thread: the same function either way.
 */
function workerPool(size: number, script: URL): PdfRenderer {
  const workers: Array<{ worker: Worker; jobs: Map<number, Job> }> = [];
  let nextId = 0;
  const spawn = () => {
    // A report needs a few MB at most (20 products, 257 eisen: fine); the cap makes V8 collect early instead of
    // letting the heap of a long ZIP export grow to hundreds of MB (bench: peak RSS about 90 MiB lower).
    const worker = new Worker(fileURLToPath(script), { resourceLimits: { maxOldGenerationSizeMb: 128 } });
    worker.unref();
    const slot = { worker, jobs: new Map<number, Job>() };
    worker.on('message', (msg: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = slot.jobs.get(msg.id);
      slot.jobs.delete(msg.id);
      if (!job) return;
      if (msg.pdf) job.resolve(Buffer.from(msg.pdf.buffer, msg.pdf.byteOffset, msg.pdf.byteLength));
      else job.reject(new Error(msg.error));
    });
    const fail = (err: Error) => {
      workers.splice(workers.indexOf(slot), 1);
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (workers.includes(slot)) fail(new Error(`PDF-worker stopte (${code})`));
    });
    workers.push(slot);
    return slot;
  };
  return {
    concurrency: size * 2,
    render(resultaat) {
      const slot = workers.length < size ? spawn() : workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        slot.jobs.set(id, { resolve, reject });
        slot.worker.postMessage({ id, resultaat });
      });
    },
  };
}

const compiledWorker = import.meta.url.endsWith('.js') ? new URL('./pdf-worker.js', import.meta.url) : null;

/** EISENTOETS_PDF_THREADS worker threads (0: render in-thread); by default one per core but one, at least one, at most four. */
export function pdfRenderer(threads: number = defaultThreads()): PdfRenderer {
  return compiledWorker && threads >= 1 ? workerPool(threads, compiledWorker) : inThread;
}

function defaultThreads(): number {
  const configured = Number(process.env.EISENTOETS_PDF_THREADS);
  if (process.env.EISENTOETS_PDF_THREADS !== undefined && Number.isInteger(configured) && configured >= 0) return Math.min(configured, 16);
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Renders the reports of `sources` with up to `renderer.concurrency` in flight and hands them to `each` in the
 * order of `sources`, waiting for `each` (e.g. a full response stream) before taking more.
 */
export async function renderInOrder<T extends { resultaat: Toetsresultaat }>(
  renderer: PdfRenderer,
  sources: Iterable<T> | AsyncIterable<T>,
  each: (source: T, pdf: Buffer) => Promise<void> | void,
): Promise<void> {
  const inFlight: Array<{ source: T; pdf: Promise<Buffer> }> = [];
  const drainOne = async () => {
    const next = inFlight.shift()!;
    await each(next.source, await next.pdf);
  };
  try {
    for await (const source of sources) {
      inFlight.push({ source, pdf: renderer.render(source.resultaat) });
      if (inFlight.length >= renderer.concurrency) await drainOne();
    }
    while (inFlight.length > 0) await drainOne();
  } finally {
    // A failure leaves renders in flight; their results (or errors) are not wanted any more.
    for (const { pdf } of inFlight) pdf.catch(() => undefined);
  }
}
