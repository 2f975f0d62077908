import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import yauzl from 'yauzl';
import { HttpProblem } from '../http/problem.js';
import { inkoop } from '../messages.js';
import { inspectWorkbook, looksLikeWorkbook, workbookLimits } from '../workbook/safety.js';

/** A file that should hold one zelfevaluatie. `naam` is a label for people, never a path. `fout` says why it cannot be read. */
export interface BidFile {
  naam: string;
  inhoud: Buffer;
  fout?: string;
}

const MB = 1024 * 1024;

/** Limits of one upload. A zelfevaluatie is a few kilobytes; these leave room for hundreds of them. */
export const screeningLimits = {
  /** One zelfevaluatie file, uploaded or inside a ZIP (uncompressed). */
  bidBytes: 1 * MB,
  /** One uploaded file (the ZIP case). */
  fileBytes: 50 * MB,
  /** All files of one upload together. */
  requestBytes: 64 * MB,
  /** Files in one upload, and entries in one ZIP. */
  files: 1000,
  /** Everything a ZIP expands to. */
  expandedBytes: 64 * MB,
  /** Bids in one round. */
  bidsPerRound: 5000,
} as const;

export const UPLOAD_FIELD = 'bestanden';

const tooLarge = (detail: string) => new HttpProblem(413, 'te-groot', inkoop.probleem.teGroot, detail);

/** A label safe to show and to put in a spreadsheet cell: no control characters, bounded length. */
export function displayName(name: string): string {
  const clean = name.replace(/\\/g, '/').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || inkoop.naamloos).slice(-200);
}

/** Keeps each file in memory while counting the bytes of the whole request against its limit. */
class BoundedMemoryStorage implements multer.StorageEngine {
  private readonly received = new WeakMap<Request, number>();

  _handleFile(req: Request, file: Express.Multer.File, cb: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    const chunks: Buffer[] = [];
    let failed = false;
    file.stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      const total = (this.received.get(req) ?? 0) + chunk.length;
      this.received.set(req, total);
      if (total > screeningLimits.requestBytes) {
        failed = true;
        chunks.length = 0;
        file.stream.resume();
        cb(tooLarge(inkoop.limiet.verzoek(screeningLimits.requestBytes / MB)));
        return;
      }
      chunks.push(chunk);
    });
    file.stream.on('error', (err) => {
      if (!failed) {
        failed = true;
        cb(err);
      }
    });
    file.stream.on('end', () => {
      if (failed) return;
      const buffer = Buffer.concat(chunks);
      cb(null, { buffer, size: buffer.length });
    });
  }

  _removeFile(_req: Request, file: Express.Multer.File, cb: (error: Error | null) => void): void {
    (file as { buffer?: Buffer }).buffer = undefined;
    cb(null);
  }
}

function multerProblem(err: unknown): unknown {
  if (err instanceof HttpProblem) return err;
  // Anything else from the parser (busboy: "Unexpected end of form", a malformed part header) is a broken request.
  if (!(err instanceof multer.MulterError)) return new HttpProblem(400, 'multipart', inkoop.probleem.upload, inkoop.limiet.onleesbaar);
  switch (err.code) {
    case 'LIMIT_FILE_SIZE':
      return tooLarge(inkoop.limiet.bestand(screeningLimits.fileBytes / MB));
    case 'LIMIT_FILE_COUNT':
    case 'LIMIT_PART_COUNT':
      return tooLarge(inkoop.limiet.aantal(screeningLimits.files));
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_FIELD_VALUE':
    case 'LIMIT_FIELD_KEY':
      return new HttpProblem(400, 'multipart', inkoop.probleem.upload, inkoop.limiet.velden);
    default:
      return new HttpProblem(400, 'multipart', inkoop.probleem.upload, inkoop.limiet.onbekendDeel(UPLOAD_FIELD));
  }
}

/**
 * multer for bid uploads, for this route only. `allowFile` runs before the first byte of each file is kept
 * (the CSRF check for form posts, whose token field precedes the files); it throws an HttpProblem to refuse.
 */
export function bidUploadParser(allowFile: (req: Request) => void) {
  const parser = multer({
    storage: new BoundedMemoryStorage(),
    limits: {
      fileSize: screeningLimits.fileBytes,
      files: screeningLimits.files,
      fields: 4,
      fieldSize: 1024,
      fieldNameSize: 100,
      parts: screeningLimits.files + 4,
    },
    fileFilter: (req, file, cb) => {
      if (file.fieldname !== UPLOAD_FIELD) {
        cb(new HttpProblem(400, 'multipart', inkoop.probleem.upload, inkoop.limiet.onbekendDeel(UPLOAD_FIELD)));
        return;
      }
      try {
        allowFile(req);
        cb(null, true);
      } catch (err) {
        cb(err as Error);
      }
    },
  }).array(UPLOAD_FIELD, screeningLimits.files);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.is('multipart/form-data')) {
      next(new HttpProblem(415, 'mediatype', inkoop.probleem.upload, inkoop.limiet.mediatype(UPLOAD_FIELD)));
      return;
    }
    parser(req, res, (err?: unknown) => next(err ? multerProblem(err) : undefined));
  };
}

/** A filled Excel zelfevaluatie is one bid, not a ZIP of bids; it is read (read.ts) when the bids are screened. */
export const isWorkbookName = (name: string) => /\.xls[xm]$/i.test(name);

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** Files that are no bid at all (macOS metadata, hidden files) are skipped, and counted so the team knows. */
const isJunk = (name: string) => name.split('/').some((part) => part === '__MACOSX' || /^\.[^.]/.test(part));

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are decoded here, not by yauzl: it stops at a name like "../x.json", which for us is only a label to show.
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/** IBM code page 437, bytes 0x80-0xFF: what Windows' own ZIP writes names in when it does not set the UTF-8 flag. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(raw: Buffer): string {
  let out = '';
  for (const byte of raw) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return out;
}

/** What is left of the unpacked-bytes limit of one request, shared by all its ZIPs. */
interface Budget {
  left: number;
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number, budget: Budget): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        budget.left -= chunk.length;
        // yauzl checks the declared size; this guards against a stream that goes on regardless.
        if (size > max || budget.left < 0) {
          stream.destroy();
          reject(new Error('entry too large'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * The bids inside a ZIP. Entry names are labels only. Limits: number of entries, size per entry, total expanded
 * size; a ZIP inside the ZIP is not opened. An entry that cannot be read becomes a BidFile with `fout`.
 */
export async function expandZip(buffer: Buffer, label: string, budget: Budget, skipped: { n: number }): Promise<BidFile[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(buffer);
  } catch {
    return [{ naam: label, inhoud: Buffer.alloc(0), fout: inkoop.fout.zipOnleesbaar }];
  }
  if (zip.entryCount > screeningLimits.files) {
    zip.close();
    throw tooLarge(inkoop.limiet.zipAantal(screeningLimits.files));
  }
  const files: BidFile[] = [];
  const overBudget = () => tooLarge(inkoop.limiet.uitgepakt(screeningLimits.expandedBytes / MB));
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        const raw = entry.fileName as unknown as Buffer;
        const fileName = (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : decodeCp437(raw);
        const naam = displayName(`${label}/${fileName}`);
        const next = (file?: BidFile) => {
          if (file) files.push(file);
          zip.readEntry();
        };
        if (fileName.endsWith('/')) return next();
        if (isJunk(fileName)) {
          skipped.n += 1;
          return next();
        }
        const failed = (fout: string) => next({ naam, inhoud: Buffer.alloc(0), fout });
        if (entry.isEncrypted()) return failed(inkoop.fout.versleuteld);
        if (/\.zip$/i.test(fileName)) return failed(inkoop.fout.zipInZip);
        const max = isWorkbookName(fileName) ? workbookLimits.bytes : screeningLimits.bidBytes;
        if (entry.uncompressedSize > max) return failed(inkoop.fout.teGroot(max / MB));
        if (entry.uncompressedSize > budget.left) return reject(overBudget());
        readEntry(zip, entry, max, budget).then(
          (inhoud) => next({ naam, inhoud }),
          () => (budget.left < 0 ? reject(overBudget()) : failed(inkoop.fout.zipEntry)),
        );
      });
      zip.readEntry();
    });
  } catch (err) {
    if (err instanceof HttpProblem) throw err;
    files.push({ naam: label, inhoud: Buffer.alloc(0), fout: inkoop.fout.zipOnleesbaar });
  } finally {
    zip.close();
  }
  return files;
}

/** The bid files of one upload, and how many hidden files in its ZIPs were skipped. */
export interface CollectedFiles {
  files: BidFile[];
  overgeslagen: number;
}

/**
 * Turns uploaded files (JSON bids and ZIPs of them) into bid files, in the order given, within the limits. The
 * unpacked-bytes limit holds for the whole request, over all its ZIPs, and is counted while unpacking.
 */
export async function collectBidFiles(uploads: Array<{ naam: string; inhoud: Buffer }>): Promise<CollectedFiles> {
  const files: BidFile[] = [];
  const budget: Budget = { left: screeningLimits.expandedBytes };
  const skipped = { n: 0 };
  for (const upload of uploads) {
    const naam = displayName(path.basename(upload.naam.replace(/\\/g, '/')));
    const workbook = isWorkbookName(naam) && looksLikeWorkbook(upload.inhoud);
    if (isZip(upload.inhoud) && !workbook) files.push(...(await expandZip(upload.inhoud, naam, budget, skipped)));
    else if (upload.inhoud.length > (workbook ? workbookLimits.bytes : screeningLimits.bidBytes)) files.push({ naam, inhoud: Buffer.alloc(0), fout: inkoop.fout.teGroot(screeningLimits.bidBytes / MB) });
    else files.push({ naam, inhoud: upload.inhoud });
    if (files.length > screeningLimits.files) throw tooLarge(inkoop.limiet.aantal(screeningLimits.files));
  }
  return { files, overgeslagen: skipped.n };
}

/**
 * Workbooks with macros, links to other files, or that unpack far beyond any zelfevaluatie refuse the whole upload
 * (nothing is stored), with the file's name; a workbook whose cells cannot be read is an invalid bid like broken JSON.
 */
export async function refuseUnsafeWorkbooks(files: BidFile[]): Promise<void> {
  for (const file of files) {
    if (file.fout || !looksLikeWorkbook(file.inhoud)) continue;
    const refusal = await inspectWorkbook(file.inhoud);
    if (refusal) throw new HttpProblem(refusal.status, refusal.status === 413 ? 'te-groot' : 'werkboek', inkoop.probleem.upload, `${file.naam}: ${refusal.detail}`);
  }
}

/** For the CLI: the .json files of a folder (not its subfolders), by name, or the entries of a ZIP file. */
export async function readBidSource(source: string): Promise<CollectedFiles> {
  if (statSync(source).isDirectory()) {
    const names = readdirSync(source)
      .filter((n) => (n.toLowerCase().endsWith('.json') || isWorkbookName(n)) && !n.startsWith('.'))
      .sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
    return collectBidFiles(names.map((naam) => ({ naam, inhoud: readFileSync(path.join(source, naam)) })));
  }
  return collectBidFiles([{ naam: path.basename(source), inhoud: readFileSync(source) }]);
}
