import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';
import type pg from 'pg';

// ExcelJS and PDFKit take about 0.4 s each to load, pg 0.1 s; most starts need none of them before the first
// answer (bench: start-up). Each is loaded on first use instead, once.
const require = createRequire(import.meta.url);

function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

export const excelJs = onFirstUse<typeof ExcelJS>('exceljs');
export const pdfKit = onFirstUse<typeof PDFDocument>('pdfkit');
export const postgres = onFirstUse<typeof pg>('pg');
