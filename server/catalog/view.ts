import { toPointer } from '../json.js';
import type { CompiledEis, Product, Region } from './types.js';

/** Public views of the catalog, as the API serves them and the pages show them. */

export const schemaUrl = (bestand: string) => `/api/v1/schemas/${bestand}`;

export function eisView(eis: CompiledEis) {
  return {
    id: eis.id,
    titel: eis.titel,
    ernst: eis.ernst,
    soort: eis.soort,
    verwacht: eis.verwacht,
    ...(eis.toelichting ? { toelichting: eis.toelichting } : {}),
    velden: eis.fields.map((f) => toPointer(f.map((s) => (s === '*' ? '-' : s)))),
    bron: { document: eis.bron.document, sectie: eis.bron.sectie, citaat: eis.bron.citaat },
  };
}

export function productSummary(product: Product) {
  return {
    code: product.code,
    naam: product.naam,
    ...(product.soort ? { soort: product.soort } : {}),
    ...(product.categorie ? { categorie: product.categorie } : {}),
    ...(product.productcategorie ? { productcategorie: product.productcategorie } : {}),
    tarief: product.tarief,
    ...(product.tariefToelichting ? { tariefToelichting: product.tariefToelichting } : {}),
    alleenSterfhuis: product.alleenSterfhuis,
    schema: schemaUrl(product.bestand),
  };
}

export function productDetail(product: Product) {
  return {
    ...productSummary(product),
    ...(product.beschrijving ? { beschrijving: product.beschrijving } : {}),
    eisen: product.eisen.filter((e) => e.soort === 'eis').map(eisView),
    verklaringen: product.verklaringen.map((v) => ({
      id: v.id,
      titel: v.titel,
      tekst: v.tekst,
      bron: { document: v.bron.document, sectie: v.bron.sectie, citaat: v.bron.citaat },
    })),
    bijlagen: product.bijlagen,
  };
}

export function regionSummary(region: Region) {
  return {
    id: region.id,
    naam: region.naam,
    document: region.document,
    jaar: region.jaar,
    documenten: region.documenten.map((d) => ({ id: d.id, titel: d.titel, ...(d.versie ? { versie: d.versie } : {}) })),
    aantalProducten: region.producten.size,
    catalogusVersie: region.versie,
    schema: schemaUrl(region.bestand),
  };
}

export function regionDetail(region: Region) {
  return {
    ...regionSummary(region),
    ...(region.toelichting ? { toelichting: region.toelichting } : {}),
    regels: region.regels.map(eisView),
    producten: [...region.producten.values()].map(productSummary),
  };
}
