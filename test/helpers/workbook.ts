import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';

/** Loads a workbook, lets a test change it as a provider would in Excel, and saves it again. */
export async function editWorkbook(buffer: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The address of the answer cell (column C) of the row with a key in hidden column A. */
export function answerCell(ws: ExcelJS.Worksheet, key: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === key) found = row.getCell(3);
  });
  if (!found) throw new Error(`no row ${key} on ${ws.name}`);
  return found;
}

/** Copies a ZIP with extra entries (a macro part, an external link, a zip bomb), as a tool other than Excel could. */
export async function withEntries(buffer: Buffer, extra: Array<{ name: string; data: Buffer; compress?: boolean }>): Promise<Buffer> {
  const out = new yazl.ZipFile();
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(buffer, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  await new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.addBuffer(Buffer.concat(chunks), entry.fileName);
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  for (const e of extra) out.addBuffer(e.data, e.name, { compress: e.compress ?? true });
  out.end();
  const chunks: Buffer[] = [];
  for await (const c of out.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
