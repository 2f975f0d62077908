/**
 * iStandaarden (iWmo) codes the catalog uses: the unit of a tariff and the product category, which is the first two
 * positions of a product code. Only the codes the catalogs use are named; another category keeps its code, unnamed.
 */

/** iWmo unit codes for a tariff's unit. Per week or per month is a frequency, not a unit: no code. */
export const eenheidCodes: Record<string, string> = { etmaal: '14', uur: '04', dagdeel: '16' };

const categorieNamen: Record<string, string> = {
  '10': 'Overige maatwerkarrangementen',
  '15': 'Beschermd wonen',
};

export interface Productcategorie {
  code: string;
  naam?: string;
}

/** The product category of an iWmo product code ("15B04" → 15 Beschermd wonen); undefined if the code does not start with two digits. */
export function productcategorie(productcode: string): Productcategorie | undefined {
  const code = /^(\d{2})/.exec(productcode)?.[1];
  if (!code) return undefined;
  const naam = categorieNamen[code];
  return naam ? { code, naam } : { code };
}

/** What is wrong with a tariff's unit code, in Dutch, or undefined. */
export function eenheidCodeProbleem(tarief: { eenheid: string; eenheidCode?: string } | null): string | undefined {
  if (!tarief?.eenheidCode) return undefined;
  const expected = eenheidCodes[tarief.eenheid];
  if (expected === tarief.eenheidCode) return undefined;
  return expected
    ? `iWmo-eenheid ${tarief.eenheidCode} past niet bij eenheid "${tarief.eenheid}": schrijf "${expected}"`
    : `eenheid "${tarief.eenheid}" heeft geen iWmo-eenheidcode (alleen ${Object.entries(eenheidCodes).map(([e, c]) => `${c} ${e}`).join(', ')}): laat eenheidCode weg`;
}
