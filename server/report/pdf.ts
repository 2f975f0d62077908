import { createHash } from 'node:crypto';
import { pdfKit } from '../lazy.js';
import { rapport } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import { PageFlow } from './layout.js';
import { buildReportModel, type ReportModel, type ReportOptions } from './model.js';
import { trimFontCaches } from './fonts.js';
import { page } from './theme.js';

/** The parts of PDFKit 0.20 that archival output needs and its typings do not show. */
interface PdfKitInternals {
  _id: Uint8Array;
  endMetadata(): void;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmpDate = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

/**
 * Makes the file reproducible and its metadata valid XMP: the file ID comes from the report id
 * (PDFKit would hash the info dictionary), the modification date is also written into XMP (PDF/A
 * wants Info and XMP to agree), and info strings are XML-escaped in XMP only (PDFKit 0.20 writes them raw).
 */
function archivalMetadata(doc: PDFKit.PDFDocument, reportId: string, modified: Date): void {
  const internals = doc as unknown as PdfKitInternals;
  internals._id = createHash('md5').update(reportId).digest();
  const endMetadata = internals.endMetadata.bind(doc);
  internals.endMetadata = () => {
    const info = doc.info as Record<string, unknown>;
    const raw = { ...info };
    for (const [key, value] of Object.entries(info)) if (typeof value === 'string') info[key] = xmlEscape(value);
    doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${xmpDate(modified)}</xmp:ModifyDate>
            <xmp:MetadataDate>${xmpDate(modified)}</xmp:MetadataDate>
        </rdf:Description>`);
    endMetadata();
    Object.assign(info, raw);
  };
}

function render(model: ReportModel, reportId: string): Promise<Buffer> {
  trimFontCaches();
  return new Promise((resolve, reject) => {
    const PDFDocument = pdfKit();
    const doc = new PDFDocument({
      size: [page.width, page.height],
      margins: page.margin,
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      tagged: true,
      lang: model.lang,
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: model.title,
        Subject: model.subject,
        Creator: model.creator,
        Producer: model.creator,
        CreationDate: model.created,
        ModDate: model.created,
      },
    });
    archivalMetadata(doc, reportId, model.created);
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const flow = new PageFlow(doc);
    flow.render(root, model.sections);
    root.end();
    flow.decoratePages(model.runningHead, model.footer, rapport.pagina);
    doc.end();
  });
}

/**
 * The compliance report of a toetsresultaat as a PDF/A-2a file: Dutch, tagged, fonts embedded,
 * every page numbered and marked with the report id. The same result always gives the same bytes.
 */
export function renderReportPdf(result: Toetsresultaat, options?: ReportOptions): Promise<Buffer> {
  return render(buildReportModel(result, options), result.id);
}
