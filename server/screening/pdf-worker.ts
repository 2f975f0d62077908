import { parentPort } from 'node:worker_threads';
import { renderReportPdf } from '../report/pdf.js';
import type { Toetsresultaat } from '../types/contract.js';

/** Renders PDF reports off the main thread for the pool in pdf-pool.ts; the bytes go back without a copy. */
parentPort!.on('message', (msg: { id: number; resultaat: Toetsresultaat }) => {
  renderReportPdf(msg.resultaat).then(
    (pdf) => {
      const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength;
      const bytes = own ? new Uint8Array(pdf.buffer, 0, pdf.byteLength) : new Uint8Array(pdf);
      parentPort!.postMessage({ id: msg.id, pdf: bytes }, [bytes.buffer as ArrayBuffer]);
    },
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
