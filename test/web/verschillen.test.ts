import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { twoYears } from '../helpers/two-years.js';

/** /catalogus/<regio>/verschillen: what changes between two catalog years, as a page (the browser check is in verschillen-e2e). */

const app = createApp({ catalog: loadCatalog(twoYears()) });
const text = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x3D;/g, '=').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');

describe('wat verandert, als pagina', () => {
  it('de regiopagina linkt naar de verschillen als er meer dan één jaar is; een regio met één jaar niet', async () => {
    const gz = await request(app).get('/catalogus/gelderland-zuid').expect(200);
    expect(gz.text).toContain('href="/catalogus/gelderland-zuid/verschillen?van&#x3D;2026&amp;naar&#x3D;2027"');
    expect(text(gz.text)).toContain('Catalogusjaren Wat verandert er van 2026 naar 2027');
    const ander = await request(createApp({ catalog: loadCatalog() })).get('/catalogus/gelderland-zuid').expect(200);
    expect(ander.text).not.toContain('/verschillen');
  });

  it('noemt de strengere grens, de nieuwe eis en het nieuwe tarief in de woorden van de toets', async () => {
    const res = await request(app).get('/catalogus/gelderland-zuid/verschillen?van=2026&naar=2027').expect(200).expect('content-type', /text\/html/);
    const t = text(res.text);
    expect(t).toContain('Regio Gelderland Zuid: wat verandert van 2026 naar 2027');
    expect(t).toMatch(/Erbij geen Vervallen geen/);
    expect(t).toContain('15N13 Beschermd Wonen: zwaar € 239,15 per etmaal € 251,40 per etmaal');
    expect(t).toContain('Eisen (2 wijzigingen)');
    expect(t).toContain('Van 2026: geldig van 1 januari 2026 tot en met 31 december 2026');
    expect(t).toMatch(/\(strenger\) Vroeg [^]*ten hoogste 15 minuten Vraagt [^]*ten hoogste 5 minuten Grenzen ten hoogste: 15 → 5 \(strenger\)/);
    expect(t).toContain('Een SPV in het team (nieuwe eis)');
    expect(t).toContain('gz-15N13-spv-2027');
  });

  it('een jaar zonder catalogus is een 404 met uitleg; een ongeldig jaar een 400', async () => {
    const geen = await request(app).get('/catalogus/gelderland-zuid/verschillen?van=2025').expect(404);
    expect(text(geen.text)).toContain('Regio Gelderland Zuid heeft geen catalogus voor 2025; er zijn: 2026, 2027.');
    const laatste = await request(app).get('/catalogus/gelderland-zuid/verschillen?van=2027').expect(404);
    expect(text(laatste.text)).toContain('heeft geen catalogusversie na 2027');
    await request(app).get('/catalogus/gelderland-zuid/verschillen?van=twintig').expect(400);
    await request(app).get('/catalogus/onbekend/verschillen').expect(404);
  });
});
