import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

/** iStandaarden: the iWmo unit code of a tariff and the product category from the product code. */

const catalog = loadCatalog();
const app = createApp({ catalog });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');

describe('iStandaarden in de catalogus', () => {
  it('elk tarief per etmaal, uur of dagdeel heeft zijn iWmo-eenheid; een retourrit niet', () => {
    const tarieven = [...catalog.regios.values()].flatMap((r) => [...r.producten.values()]).flatMap((p) => (p.tarief ? [p.tarief] : []));
    const codes = { etmaal: '14', uur: '04', dagdeel: '16' } as Record<string, string>;
    expect(tarieven.filter((t) => codes[t.eenheid]).length).toBe(22);
    for (const t of tarieven) expect(t.eenheidCode).toBe(codes[t.eenheid]);
  });

  it('de productcategorie komt uit de eerste twee posities van de productcode', () => {
    expect(catalog.regios.get('centraal-gelderland')!.producten.get('15B04')!.productcategorie).toEqual({ code: '15', naam: 'Beschermd wonen' });
    expect(catalog.regios.get('regio-003')!.producten.get('10A13')!.productcategorie).toEqual({ code: '10', naam: 'Overige maatwerkarrangementen' });
  });

  it('een eenheidcode die niet bij de eenheid past, laadt niet en zegt wat er moet staan', () => {
    const f = fixtureRegion();
    f.write('T1.schema.json', { ...f.t1, 'x-product': { code: 'T1', naam: 'Wonen', tarief: { bedrag: 100, eenheid: 'etmaal', eenheidCode: '04' } } });
    expect(() => loadCatalog(f.root)).toThrow('T1.schema.json bij /x-product/tarief/eenheidCode: iWmo-eenheid 04 past niet bij eenheid "etmaal": schrijf "14"');
    const g = fixtureRegion();
    g.write('T1.schema.json', { ...g.t1, 'x-product': { code: 'T1', naam: 'Wonen', tarief: { bedrag: 100, eenheid: 'week', eenheidCode: '14' } } });
    expect(() => loadCatalog(g.root)).toThrow(/eenheid "week" heeft geen iWmo-eenheidcode .*laat eenheidCode weg/);
  });

  it('API en productpagina noemen eenheidcode en productcategorie; de toets geeft de code mee in het tarief', async () => {
    const api = await request(app).get('/api/v1/regios/gelderland-zuid/producten/15N21').expect(200);
    expect(api.body).toMatchObject({ productcategorie: { code: '15', naam: 'Beschermd wonen' }, tarief: { eenheid: 'dagdeel', eenheidCode: '16' } });
    const lijst = await request(app).get('/api/v1/regios/regio-003/producten').expect(200);
    expect(JSON.stringify(lijst.body)).toContain('"productcategorie":{"code":"10","naam":"Overige maatwerkarrangementen"}');
    const page = text((await request(app).get('/catalogus/gelderland-zuid/15N21').expect(200)).text);
    expect(page).toContain('Productcategorie (iWmo) 15 Beschermd wonen');
    expect(page).toContain('per dagdeel (iWmo-eenheid 16)');
    const regio = text((await request(app).get('/catalogus/gelderland-zuid').expect(200)).text);
    expect(regio).toContain('per etmaal (iWmo-eenheid 14)');
  });
});
