import yauzl from 'yauzl';
import { werkboek } from '../messages.js';

const MB = 1024 * 1024;

/** Limits of one workbook. The sjabloon of the largest region is about 110 kB and unpacks to 0.6 MB. */
export const workbookLimits = {
  bytes: 5 * MB,
  expandedBytes: 10 * MB,
  entries: 400,
} as const;

export interface WorkbookRefusal {
  status: 413 | 422;
  detail: string;
}

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;
/** An OLE compound file: what Excel writes for a workbook with a password to open (or an old .xls). */
const isCompoundFile = (b: Buffer) => b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;

/** Whether bytes look like an Office Open XML package at all (a ZIP); the rest is up to inspectWorkbook. */
export const looksLikeWorkbook = (b: Buffer) => isZip(b) || isCompoundFile(b);

function open(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function drain(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { left: number }): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const keep = entry.fileName === '[Content_Types].xml';
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.destroy();
          reject(new RangeError('expanded'));
          return;
        }
        if (keep) chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(keep ? Buffer.concat(chunks) : undefined));
    });
  });
}

/**
 * Checks a workbook's ZIP directory and actual unpacked sizes with yauzl before any spreadsheet library sees it:
 * size, number of parts, what it unpacks to (a zip bomb lies in its directory; the bytes are counted while
 * unpacking), macros, links to other files, encryption. Returns why it is refused, or undefined.
 */
export async function inspectWorkbook(buffer: Buffer): Promise<WorkbookRefusal | undefined> {
  if (buffer.length > workbookLimits.bytes) return { status: 413, detail: werkboek.fout.teGroot(workbookLimits.bytes / MB) };
  if (isCompoundFile(buffer)) return { status: 422, detail: werkboek.fout.versleuteld };
  if (!isZip(buffer)) return { status: 422, detail: werkboek.fout.geenWerkboek };
  let zip: yauzl.ZipFile;
  try {
    zip = await open(buffer);
  } catch {
    return { status: 422, detail: werkboek.fout.geenWerkboek };
  }
  try {
    if (zip.entryCount > workbookLimits.entries) return { status: 413, detail: werkboek.fout.teveelDelen(workbookLimits.entries) };
    const budget = { left: workbookLimits.expandedBytes };
    let declared = 0;
    let workbookPart = false;
    let refusal: WorkbookRefusal | undefined;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName.replace(/\\/g, '/');
        const stop = (r: WorkbookRefusal) => {
          refusal = r;
          resolve();
        };
        if (/(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name)) return stop({ status: 422, detail: werkboek.fout.macro });
        if (/^xl\/externalLinks\//i.test(name)) return stop({ status: 422, detail: werkboek.fout.koppeling });
        if (entry.isEncrypted()) return stop({ status: 422, detail: werkboek.fout.versleuteld });
        declared += entry.uncompressedSize;
        if (declared > workbookLimits.expandedBytes) return stop({ status: 413, detail: werkboek.fout.uitgepakt(workbookLimits.expandedBytes / MB) });
        if (name === 'xl/workbook.xml') workbookPart = true;
        drain(zip, entry, budget).then(
          (content) => {
            if (content && /macroEnabled|vbaProject/i.test(content.toString('utf8'))) return stop({ status: 422, detail: werkboek.fout.macro });
            zip.readEntry();
          },
          (err: unknown) => (err instanceof RangeError || budget.left < 0 || /too many bytes/.test(String(err)) ? stop({ status: 413, detail: werkboek.fout.uitgepakt(workbookLimits.expandedBytes / MB) }) : reject(err)),
        );
      });
      zip.readEntry();
    });
    if (refusal) return refusal;
    if (!workbookPart) return { status: 422, detail: werkboek.fout.geenWerkboek };
    return undefined;
  } catch {
    return { status: 422, detail: werkboek.fout.geenWerkboek };
  } finally {
    zip.close();
  }
}
