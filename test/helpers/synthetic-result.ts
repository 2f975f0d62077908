import { createHash } from 'node:crypto';
import type { EisResultaat, ProductResultaat, Toetsresultaat } from '../../server/types/contract.js';

/**
 * A schema-valid toetsresultaat of any size, independent of the region catalogs: realistic Dutch
 * wording taken from the tender documents in ../shared/seeds, all four verdicts, declarations,
 * attachments, tariffs with and without an amount. Deterministic: the same options give the same result.
 */
export interface SyntheticOptions {
  producten: number;
  /** Eisen per product, declarations included. */
  eisenPerProduct: number;
  regioEisen?: number;
  /** Gives one eis of the first product a citation longer than a page, to test splitting a table row. */
  pageLongCitation?: boolean;
  id?: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const document = 'Bijlage 3 Producten Beschermd Wonen 2026 Regio Gelderland Zuid';

interface Template {
  titel: string;
  sectie: string;
  citaat: string;
  verwacht: string;
  goed: string;
  fout: string;
  veld: string;
  toelichting?: string;
}

const templates: Template[] = [
  {
    titel: 'Telefonisch bereikbaar binnen 5 minuten',
    sectie: 'Toezicht',
    citaat: 'Bereikbaarheid (telefonisch): binnen 5 minuten heeft de inwoner contact met een professional.',
    verwacht: 'ten hoogste 5 minuten',
    goed: '5 minuten',
    fout: '15 minuten',
    veld: 'bereikbaarheidMinuten',
  },
  {
    titel: "'s Nachts fysiek aanwezig binnen 15 minuten",
    sectie: 'Toezicht',
    citaat: 'In de nacht is de ondersteuning 24/7 beschikbaar binnen een aanvaardbare tijd en in ieder geval binnen 15 minuten.',
    verwacht: 'ten hoogste 15 minuten',
    goed: '10 minuten',
    fout: '30 minuten',
    veld: 'beschikbaarheidNachtMinuten',
  },
  {
    titel: 'Vast team met een hbo-regievoerder',
    sectie: 'Zorglevering',
    citaat:
      'De ondersteuning wordt geboden door een vast team van zorgverleners. Daarbij is minimaal één medewerker met een relevante opleiding op hbo-niveau betrokken die de regie voert over de ondersteuning en die in geval van op- en afschaling kan signaleren. Er is minimaal één mbo4-beroepsgeschoolde medewerker aanwezig 24/7 dagen/week op de locatie waar de zorg wordt geboden, als onderdeel van het zorgteam.',
    verwacht: 'regievoerder: hbo; vast team: ja',
    goed: 'regievoerder: hbo; vast team: ja',
    fout: 'regievoerder: mbo met EVC op hbo-niveau; vast team: nee',
    veld: 'regie/niveau',
    toelichting: 'Gelezen als: de regievoerder heeft zelf een hbo-opleiding; een mbo-opleiding met EVC telt hier niet.',
  },
  {
    titel: 'Een mbo-4-medewerker 24/7 op de locatie',
    sectie: 'Product specifieke eisen',
    citaat:
      'Er is minimaal één mbo4 geschoolde medewerker met relevante opleiding aanwezig 24/7 dagen/week op de locatie waar de zorg wordt geboden, als onderdeel van het zorgteam.',
    verwacht: 'in elk dagdeel (dag, avond, nacht) ten minste één medewerker met niveau mbo-4 of hbo',
    goed: 'dag: mbo-4, hbo; avond: mbo-4; nacht: mbo-4 (wakend)',
    fout: 'dag: mbo-4; avond: mbo-3; nacht: mbo-3 (slapend)',
    veld: 'bezetting',
  },
  {
    titel: 'Ten minste 3 individuele contactmomenten per week',
    sectie: 'Product specifieke eisen',
    citaat: 'Er zijn minimaal 3 tot 4 keer per week individuele contactmomenten tussen de cliënt en de begeleider.',
    verwacht: 'ten minste 3 keer',
    goed: '4 keer',
    fout: '2 keer',
    veld: 'begeleiding/contactmomentenPerWeek',
  },
  {
    titel: 'Ten minste 10 uur individuele begeleiding per week',
    sectie: '6 Beschermd Wonen: zwaar - Inbegrepen',
    citaat:
      'individuele begeleiding per week 10-14 uur. In de productomschrijvingen gaan we uit van een bandbreedte van de inzet van het gemiddeld aantal uren individuele begeleiding per week.',
    verwacht: 'ten minste 10 uur',
    goed: '12 uur',
    fout: '8 uur',
    veld: 'begeleiding/individueelUrenPerWeek',
  },
  {
    titel: 'Gemiddeld 7 uur groepsbegeleiding per week',
    sectie: '6 Beschermd Wonen: zwaar - Dagbesteding',
    citaat: 'gemiddeld 7 uur groepsbegeleiding per inwoner per week.',
    verwacht: 'ten minste 7 uur',
    goed: '7 uur',
    fout: '4 uur',
    veld: 'begeleiding/groepUrenPerWeek',
  },
  {
    titel: 'Sociaal psychiatrisch verpleegkundige inzetbaar, met bewijs',
    sectie: 'Product specifieke eisen',
    citaat:
      'Aanvullend op eis 10 (document zorgvorm specifieke eisen Beschermd wonen), is bij Intramuraal beschermd intensief tenminste ook een sociaal psychiatrisch verpleegkundige inzetbaar bij de ondersteuning van cliënten. De aanbieder overlegt hiervan een bewijs bij de inschrijving.',
    verwacht: 'SPV inzetbaar: ja; bijlage spv-bewijs meegestuurd',
    goed: 'SPV inzetbaar: ja; bijlage spv-bewijs: spv-bewijs-2026.pdf',
    fout: 'SPV inzetbaar: ja; bijlage spv-bewijs: niet opgegeven',
    veld: 'team/spv',
  },
  {
    titel: 'Aanwezigheid van een professional tussen 7.00 en 22.00 uur',
    sectie: '6 Beschermd Wonen: zwaar - Toezicht',
    citaat: "Er is overdag en 's avonds (tussen 7.00- 22.00uur) sprake van aanwezigheid van een professional.",
    verwacht: 'vanaf 7.00 uur of eerder tot 22.00 uur of later, op de locatie',
    goed: 'van 7.00 uur tot 23.00 uur, op de locatie',
    fout: 'van 9.00 uur tot 17.00 uur, in de nabijheid',
    veld: 'aanwezigheid',
  },
  {
    titel: 'Woondeel met inbegrepen voorzieningen',
    sectie: 'Product specifieke eisen',
    citaat:
      'Bij het woondeel zijn inbegrepen: schoonmaak (eigen en algemene ruimten), voeding (incl. voedingssupplementen, mag ook voedingsbudget zijn), wassen, hulpmiddelen (AWBZ), welzijn en recreatie, geestelijke verzorging, inrichting, verzekeringen, televisie en telefoon, zorg na overlijden, GWL (eigen ruimte, algemene ruimten), huurdersonderhoud, eigenaarsonderhoud. Intramuraal verblijf betekent dat de cliënt woont in een woning van de aanbieder. Het schoonhouden van de woning is inbegrepen, maar de woning wordt in principe samen met de cliënt schoongehouden. Dit geldt ook voor het bereiden van maaltijden. Onderdeel van het verblijf zijn ook activiteiten die in het kader van welzijn worden geboden. Te denken valt aan gezamenlijke momenten voor bijvoorbeeld koffiedrinken en ontmoeting. Ook uitstapjes om bijvoorbeeld een invulling te geven aan het weekeinde zijn onderdeel van het intramurale verblijf en worden door de aanbieder vanuit het tarief gefinancierd.',
    verwacht: 'schoonmaak, voeding, wassen, welzijn en recreatie inbegrepen in het tarief',
    goed: 'inbegrepen: ja',
    fout: 'inbegrepen: voeding niet',
    veld: 'setting',
  },
];

const declarations: Template[] = [
  {
    titel: 'Geen uitsluitingscriteria; acceptatieplicht',
    sectie: 'Acceptatieplicht',
    citaat:
      'Voor dit product geldt een acceptatieplicht voor alle inwoners, voor wie de gemeente dit noodzakelijk acht. Er kan geen beroep op uitsluitingscriteria worden gedaan.',
    verwacht: 'verklaard (aangevinkt)',
    goed: 'verklaard (aangevinkt)',
    fout: 'niet verklaard',
    veld: 'verklaringen/geen-uitsluitingscriteria',
  },
  {
    titel: 'Netwerk van de bewoner betrokken',
    sectie: 'Productomschrijving',
    citaat:
      'Indien een netwerk van de bewoner in beeld is, wordt deze betrokken bij de hulpverlening. Als er geen netwerk in beeld is of het is afwezig, dan werkt de aanbieder aan het ontwikkelen van een netwerk.',
    verwacht: 'verklaard (aangevinkt)',
    goed: 'verklaard (aangevinkt)',
    fout: 'niet verklaard',
    veld: 'verklaringen/netwerk-betrokken',
  },
];

const productNames: [string, string][] = [
  ['15N13', 'Beschermd Wonen: zwaar'],
  ['15N12', 'Beschermd Wonen: middel'],
  ['15N11', 'Beschermd Wonen: licht'],
  ['15N03', 'Beschermd Thuis: zwaar'],
  ['15N02', 'Beschermd Thuis: middel'],
  ['15N22', 'Trainingshuis: middel'],
  ['15N31', 'Meerzorg'],
  ['15N41', 'Wachtzorg'],
  ['15N21', 'Dagbesteding'],
  ['15N51', 'Vervoer'],
  ['15B03', 'Intramuraal beschermd wonen intensief'],
  ['15B01', 'Intramuraal beschermd wonen basis'],
  ['15B33', 'Geclusterd wonen met intensieve begeleiding'],
  ['15A06', 'BW Intramuraal'],
  ['15A57', 'Geclusterd Wonen zwaar'],
  ['15A54', 'Geclusterd Wonen standaard'],
  ['10A13', 'Beschermd Thuis'],
  ['15A11', 'Wonen met begeleiding en verzorging, intensief'],
  ['15B09', 'Zelfstandig wonen met ambulante ondersteuning'],
  ['15A09', 'Groepswonen met nachtelijke bereikbaarheid'],
];

const uitslagen: EisResultaat['uitslag'][] = ['voldoet', 'voldoet', 'voldoet-niet', 'voldoet', 'ontbreekt', 'voldoet', 'signaal'];

function eis(t: Template, id: string, uitslag: EisResultaat['uitslag'], pointerBase: string, soort: 'eis' | 'verklaring'): EisResultaat {
  const result: EisResultaat = {
    id,
    titel: t.titel,
    ernst: uitslag === 'signaal' ? 'signaal' : 'eis',
    soort,
    uitslag,
    velden: [`${pointerBase}/${t.veld}`],
    verwacht: t.verwacht,
    opgegeven: uitslag === 'voldoet' ? t.goed : uitslag === 'ontbreekt' ? 'niet opgegeven' : t.fout,
    bron: { document, sectie: t.sectie, citaat: t.citaat },
  };
  if (uitslag === 'voldoet-niet') result.advies = `Pas het aanbod aan zodat het voldoet: ${t.verwacht}.`;
  if (uitslag === 'ontbreekt') result.advies = `Vul in: ${t.veld.split('/').pop()}.`;
  if (uitslag === 'signaal') result.advies = `Let op: de tekst gaat uit van ${t.verwacht}. Ga na of dit bij het product past.`;
  if (soort === 'verklaring' && uitslag !== 'voldoet') result.advies = 'Vink de verklaring aan als de organisatie hieraan voldoet; zonder verklaring voldoet het product niet.';
  if (t.toelichting) result.toelichting = t.toelichting;
  return result;
}

const failing = (e: EisResultaat) => e.ernst === 'eis' && (e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt');

function product(index: number, eisen: number, longCitation: boolean): ProductResultaat {
  const [code, naam] = productNames[index % productNames.length]!;
  const productcode = index < productNames.length ? code : `${code.slice(0, 3)}${String(index).padStart(2, '0')}`;
  const base = `/aanbod/${index}`;
  const declared = Math.min(declarations.length, Math.max(0, eisen - 1));
  const list: EisResultaat[] = [];
  for (let j = 0; j < eisen - declared; j++) {
    const t = templates[(index + j) % templates.length]!;
    list.push(eis(t, `gz-${productcode}-eis-${j + 1}`, uitslagen[(index * 3 + j) % uitslagen.length]!, base, 'eis'));
  }
  for (let j = 0; j < declared; j++) {
    list.push(eis(declarations[j]!, `gz-${productcode}-verklaring-${j + 1}`, (index + j) % 3 === 2 ? 'voldoet-niet' : 'voldoet', base, 'verklaring'));
  }
  if (longCitation && list[0]) {
    const long = templates.map((t) => t.citaat).join(' ');
    list[0].bron.citaat = `${long} ${long}`.slice(0, 4990);
  }
  const p: ProductResultaat = {
    productcode,
    naam,
    tarief: index % 3 === 1 ? null : { bedrag: Math.round((239.15 - index * 7.35) * 100) / 100, eenheid: index % 3 === 2 ? 'dagdeel' : 'etmaal' },
    uitslag: list.some(failing) ? 'voldoet-niet' : 'voldoet',
    eisen: list,
  };
  if (index % 2 === 0) p.locatie = `Hof van Wijchen, Kasteellaan ${index + 1}`;
  if (code === '15N21' || code === '15N51') p.alleenSterfhuis = true;
  if (index % 4 === 0) {
    p.bijlagen = [
      { soort: 'spv-bewijs', bestandsnaam: `spv-bewijs-2026-${productcode}.pdf`, sha256: sha(`spv-${index}`), grootte: 48211 + index, mediatype: 'application/pdf' },
      { soort: 'diploma', bestandsnaam: `diploma-hbo-regievoerder-${productcode}.png`, sha256: sha(`diploma-${index}`), grootte: 1_204_332 },
    ];
  }
  return p;
}

export function syntheticResult(options: SyntheticOptions): Toetsresultaat {
  const producten = Array.from({ length: options.producten }, (_, i) => product(i, options.eisenPerProduct, i === 0 && !!options.pageLongCitation));
  const regioEisen = Array.from({ length: options.regioEisen ?? 2 }, (_, i) => {
    const r = eis(
      {
        titel: 'Meerzorg alleen in combinatie met Wachtzorg, BT zwaar, Trainingshuis middel of BW zwaar',
        sectie: '9 Meerzorg - Voorwaarden',
        citaat: 'Voorwaarden: Meerzorg kan alleen worden ingezet i.c.m. de producten: Wachtzorg*, BT zwaar, Trainingshuis middel en BW zwaar en dient te worden aangevraagd via de Toegang Beschermd Wonen.',
        verwacht: 'als Meerzorg (15N31) wordt aangeboden, dan ook Wachtzorg, BT zwaar, Trainingshuis middel of BW zwaar',
        goed: 'aangeboden: 15N31, 15N13',
        fout: 'aangeboden: 15N31',
        veld: 'productcode',
      },
      `gz-regio-${i + 1}`,
      i % 2 === 0 ? 'voldoet' : 'voldoet-niet',
      '/aanbod/0',
      'eis',
    );
    return r;
  });
  const alle = [...regioEisen, ...producten.flatMap((p) => p.eisen)];
  return {
    versie: '2',
    invoerVersie: '2',
    id: options.id ?? '3f6c2a9e-8d41-4b7a-9c15-2e8f0a7b6d13',
    getoetstOp: '2026-11-23T10:00:00Z',
    invoerSha256: sha(`zelfevaluatie-${options.producten}-${options.eisenPerProduct}`),
    catalogusVersie: sha('catalogus-gelderland-zuid-2026'),
    regio: { id: 'gelderland-zuid', naam: 'Regio Gelderland Zuid', document, jaar: 2026 },
    aanbieder: { naam: 'Stichting Zorg & Welzijn De Linde <Nijmegen>', kvkNummer: '12345678' },
    uitslag: producten.every((p) => p.uitslag === 'voldoet') && !regioEisen.some(failing) ? 'voldoet' : 'voldoet-niet',
    samenvatting: {
      producten: producten.length,
      productenVoldoen: producten.filter((p) => p.uitslag === 'voldoet').length,
      eisen: alle.length,
      eisenVoldoetNiet: alle.filter((e) => e.uitslag === 'voldoet-niet').length,
      eisenOntbreekt: alle.filter((e) => e.uitslag === 'ontbreekt').length,
      signalen: alle.filter((e) => e.uitslag === 'signaal').length,
    },
    regioEisen,
    producten,
  };
}
