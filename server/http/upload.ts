import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { fileTypeFromBuffer } from 'file-type';
import { probleem } from '../messages.js';
import { sha256Hex } from '../json.js';
import { HttpProblem } from './problem.js';
import type { InputError } from '../contract/validate.js';

export const uploadLimits = {
  fileSize: 10 * 1024 * 1024,
  files: 20,
  fields: 5,
  fieldSize: 1024 * 1024,
  parts: 30,
};

export const toegestaneBestandstypen = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const bijlageVeld = /^bijlage\[(\d{1,3})\]\[([a-z0-9][a-z0-9-]{0,62})\]$/;

/** Files are held in memory only long enough to hash and sniff them: nothing is written to disk. */
const parser = multer({
  storage: multer.memoryStorage(),
  limits: uploadLimits,
  fileFilter: (_req, file, cb) => {
    // The zelfevaluatie itself may come as a file part: a filled Excel workbook (read by server/workbook/read.ts).
    if (file.fieldname === 'zelfevaluatie') cb(null, true);
    else if (!bijlageVeld.test(file.fieldname)) cb(new HttpProblem(400, 'multipart', probleem.multipart.titel, probleem.multipart.onbekendDeel(file.fieldname)));
    else cb(null, true);
  },
}).any();

function multerProblem(err: unknown): unknown {
  if (!(err instanceof multer.MulterError)) return err;
  switch (err.code) {
    case 'LIMIT_FILE_SIZE':
      return new HttpProblem(413, 'te-groot', probleem.teGroot.titel, probleem.bestandTeGroot('10 MB'));
    case 'LIMIT_FILE_COUNT':
      return new HttpProblem(413, 'te-groot', probleem.teGroot.titel, probleem.teVeelBestanden(uploadLimits.files));
    case 'LIMIT_FIELD_VALUE':
      return new HttpProblem(413, 'te-groot', probleem.teGroot.titel, probleem.teGroot.detail('1 MB'));
    default:
      return new HttpProblem(400, 'multipart', probleem.multipart.titel, `${probleem.multipart.titel}: ${err.field ?? err.code}.`);
  }
}

/** Runs multer for this route only and maps its errors to Dutch problem documents. */
export function parseMultipart(req: Request, res: Response, next: NextFunction): void {
  parser(req, res, (err: unknown) => {
    if (err) {
      const mapped = multerProblem(err);
      next(mapped instanceof HttpProblem || !(mapped instanceof Error) ? mapped : new HttpProblem(400, 'multipart', probleem.multipart.titel, probleem.multipart.afgebroken));
      return;
    }
    next();
  });
}

interface ParsedBijlage {
  index: number;
  bijlage: { soort: string; bestandsnaam: string; sha256: string; grootte: number; mediatype: (typeof toegestaneBestandstypen)[number] };
}

/** Hash and sniff the uploaded files; the bytes themselves are dropped. */
export async function readBijlagen(files: Express.Multer.File[]): Promise<{ bijlagen: ParsedBijlage[]; errors: InputError[] }> {
  const bijlagen: ParsedBijlage[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    const match = bijlageVeld.exec(file.fieldname)!;
    const index = Number(match[1]);
    const soort = match[2]!;
    const naam = path.basename(file.originalname || 'bijlage').slice(0, 255) || 'bijlage';
    const type = await fileTypeFromBuffer(file.buffer);
    if (!type || !(toegestaneBestandstypen as readonly string[]).includes(type.mime)) {
      errors.push({ pointer: `/aanbod/${index}/bijlagen`, detail: probleem.multipart.verkeerdBestand(naam, type?.mime ?? probleem.multipart.onbekendeInhoud) });
      continue;
    }
    bijlagen.push({
      index,
      bijlage: { soort, bestandsnaam: naam, sha256: sha256Hex(file.buffer), grootte: file.size, mediatype: type.mime as ParsedBijlage['bijlage']['mediatype'] },
    });
  }
  return { bijlagen, errors };
}
