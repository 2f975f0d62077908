import type { Request, Response } from 'express';
import multer, { type StorageEngine } from 'multer';
import { bijlageVeld, readBijlagen, uploadLimits } from '../http/upload.js';
import { HttpProblem } from '../http/problem.js';
import { probleem, web } from '../messages.js';
import { looksLikeWorkbook, workbookLimits } from '../workbook/safety.js';

/**
 * Multipart parsing for the web form. The API's parser allows 5 fields; a form has hundreds, so the
 * form gets its own multer instance with the same file rules, and hashes and sniffs files with the
 * API's readBijlagen. A file over the size limit is not an abort here: its name is reported at the
 * field and the rest of the form is kept, so the user does not lose what was typed.
 */


interface HeldFile {
  buffer: Buffer;
  size: number;
  tooLarge?: boolean;
}

/** Memory storage that stops keeping bytes past the limit and marks the file, instead of failing the request. */
const cappedMemory: StorageEngine = {
  _handleFile(_req, file, cb) {
    const chunks: Buffer[] = [];
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= uploadLimits.fileSize) chunks.push(chunk);
    });
    file.stream.on('error', (err) => cb(err));
    file.stream.on('end', () => {
      const held: HeldFile = size > uploadLimits.fileSize ? { buffer: Buffer.alloc(0), size, tooLarge: true } : { buffer: Buffer.concat(chunks), size };
      cb(null, held);
    });
  },
  _removeFile(_req, file, cb) {
    (file as Partial<HeldFile>).buffer = undefined;
    cb(null);
  },
};

/** Hard ceiling per file that stops a request outright: far above the limit that is reported at the field. */
const HARD_FILE_SIZE = 5 * uploadLimits.fileSize;

const formParser = multer({
  storage: cappedMemory,
  limits: { fileSize: HARD_FILE_SIZE, files: uploadLimits.files, fields: 3000, fieldSize: uploadLimits.fieldSize, parts: 3000 + uploadLimits.files, fieldNameSize: 200 },
  // Unknown file parts are skipped, not fatal: the form only ever names bijlage[<index>][<soort>].
  fileFilter: (_req, file, cb) => cb(null, bijlageVeld.test(file.fieldname)),
}).any();

/** A JSON zelfevaluatie is at most 1 MB (checked after parsing); a filled Excel workbook may be up to its own limit. */
export const JSON_UPLOAD_BYTES = 1024 * 1024;

const jsonParser = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: workbookLimits.bytes, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  fileFilter: (_req, file, cb) => cb(null, file.fieldname === 'bestand'),
}).single('bestand');

function tooBig(detail: string): HttpProblem {
  return new HttpProblem(413, 'te-groot', probleem.teGroot.titel, detail);
}

function run(parser: typeof formParser, req: Request, res: Response, maxFile: string): Promise<void> {
  return new Promise((resolve, reject) =>
    parser(req, res, (err: unknown) => {
      if (!err) return resolve();
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') return reject(tooBig(probleem.bestandTeGroot(maxFile)));
        if (err.code === 'LIMIT_FILE_COUNT') return reject(tooBig(probleem.teVeelBestanden(uploadLimits.files)));
        if (err.code === 'LIMIT_FIELD_VALUE' || err.code === 'LIMIT_FIELD_COUNT' || err.code === 'LIMIT_PART_COUNT') return reject(tooBig(probleem.teGroot.detail('1 MB')));
      }
      reject(new HttpProblem(400, 'multipart', probleem.multipart.titel, probleem.multipart.afgebroken));
    }),
  );
}

export interface UploadedBijlage {
  index: number;
  bijlage: { soort: string; bestandsnaam: string; sha256: string; grootte: number; mediatype: string };
}

export interface UploadProblem {
  index: number;
  soort: string;
  detail: string;
}

/** Parses the form post; files become bijlagen (hash, name, size, sniffed type), their bytes are dropped. */
export async function parseFormPost(req: Request, res: Response): Promise<{ body: unknown; bijlagen: UploadedBijlage[]; problems: UploadProblem[] }> {
  if (!req.is('multipart/form-data')) throw new HttpProblem(415, 'mediatype', probleem.verkeerdType.titel, probleem.verkeerdType.detail);
  await run(formParser, req, res, `${HARD_FILE_SIZE / 1024 / 1024} MB`);
  const files = ((req.files as Express.Multer.File[] | undefined) ?? []).filter((f) => f.size > 0 || f.originalname);
  const problems: UploadProblem[] = [];
  const where = (f: Express.Multer.File) => {
    const m = bijlageVeld.exec(f.fieldname)!;
    return { index: Number(m[1]), soort: m[2]! };
  };
  const sniffable = files.filter((f) => {
    const naam = f.originalname || 'bijlage';
    if ((f as unknown as HeldFile).tooLarge) problems.push({ ...where(f), detail: web.fout.bestandTeGroot(naam, '10 MB') });
    else if (f.size === 0) problems.push({ ...where(f), detail: web.fout.bestandLeeg(naam) });
    else return true;
    return false;
  });
  const bijlagen: UploadedBijlage[] = [];
  // One file at a time, so each rejection is reported at the input it came from.
  for (const f of sniffable) {
    const read = await readBijlagen([f]);
    bijlagen.push(...read.bijlagen);
    for (const e of read.errors) problems.push({ ...where(f), detail: e.detail });
  }
  for (const f of files) (f as Partial<HeldFile>).buffer = undefined;
  return { body: req.body, bijlagen, problems };
}

/** The start page's upload of a zelfevaluatie kept from before: one JSON file (at most 1 MB) or a filled Excel workbook. */
export async function parseJsonUpload(req: Request, res: Response): Promise<{ text?: string; naam?: string; buffer?: Buffer }> {
  if (!req.is('multipart/form-data')) throw new HttpProblem(415, 'mediatype', probleem.verkeerdType.titel, probleem.verkeerdType.detail);
  await run(jsonParser, req, res, `${workbookLimits.bytes / 1024 / 1024} MB`);
  const file = req.file;
  if (!file || (file.size === 0 && !file.originalname)) return {};
  if (!looksLikeWorkbook(file.buffer) && file.size > JSON_UPLOAD_BYTES) throw tooBig(probleem.bestandTeGroot('1 MB'));
  return { text: file.buffer.toString('utf8'), naam: file.originalname, buffer: file.buffer };
}
