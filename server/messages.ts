/**
 * The Dutch message catalog: every verdict word, unit, value label and sentence that a user sees,
 * in one place. Code elsewhere composes these; it does not write its own Dutch.
 */
export type EisUitslag = 'voldoet' | 'voldoet-niet' | 'ontbreekt' | 'signaal';

export const uitslagLabel: Record<EisUitslag, string> = {
  voldoet: 'Voldoet',
  'voldoet-niet': 'Voldoet niet',
  ontbreekt: 'Ontbreekt',
  signaal: 'Signaal',
};

/** A cue that does not depend on colour (WCAG 1.4.1), used in the CLI, pages and PDF. */
export const uitslagSymbool: Record<EisUitslag, string> = {
  voldoet: '✓',
  'voldoet-niet': '✗',
  ontbreekt: '?',
  signaal: '!',
};

/** Units by the x-eenheid of a field: [singular, plural]. */
export const eenheden: Record<string, readonly [string, string]> = {
  minuten: ['minuut', 'minuten'],
  uur: ['uur', 'uur'],
  keer: ['keer', 'keer'],
  jaar: ['jaar', 'jaar'],
  'cliënten': ['cliënt', 'cliënten'],
  dagdelen: ['dagdeel', 'dagdelen'],
  bytes: ['byte', 'bytes'],
  groepsuren: ['groepsuur', 'groepsuren'],
  medewerkers: ['medewerker', 'medewerkers'],
  producten: ['product', 'producten'],
  bijlagen: ['bijlage', 'bijlagen'],
};

/** Labels of enumerated contract values. */
export const waardeLabel: Record<string, string> = {
  hbo: 'hbo',
  mbo4: 'mbo-4',
  mbo3: 'mbo-3',
  overig: 'overig (bijvoorbeeld beveiliger)',
  'mbo-evc': 'mbo met EVC op hbo-niveau',
  geen: 'geen',
  wakend: 'wakend',
  slapend: 'slapend',
  locatie: 'op de locatie',
  nabijheid: 'in de nabijheid',
  begeleider: 'begeleider',
  beveiliger: 'beveiliger',
};

export const zin = {
  tenMinste: (v: string) => `ten minste ${v}`,
  tenHoogste: (v: string) => `ten hoogste ${v}`,
  meerDan: (v: string) => `meer dan ${v}`,
  minderDan: (v: string) => `minder dan ${v}`,
  klokUiterlijk: (v: string) => `${v} of eerder`,
  klokTenVroegste: (v: string) => `${v} of later`,
  precies: (v: string) => `precies ${v}`,
  ja: 'ja',
  nee: 'nee',
  opgegeven: 'opgegeven',
  nietOpgegeven: 'niet opgegeven',
  geen: 'geen',
  of: 'of',
  bevat: 'bevat',
  is: 'is',
  en: 'en',
  met: 'met',
  niet: (v: string) => `niet: ${v}`,
  als: (voorwaarde: string, dan: string) => `als ${voorwaarde}, dan ${dan}`,
  anders: (v: string) => `anders ${v}`,
  isOpgegeven: (label: string) => `${label} is opgegeven`,
  verklaard: 'verklaard (aangevinkt)',
  nietVerklaard: 'niet verklaard',
  afgeleid: (waarde: string, berekening: string) => `${waarde} (${berekening})`,
};

export const advies = {
  voldoetNietEnkel: (label: string, verwacht: string) => `Pas ${label} aan: ${verwacht}.`,
  voldoetNiet: (verwacht: string) => `Pas het aanbod aan zodat het voldoet: ${verwacht}.`,
  ontbreekt: (velden: string) => `Vul in: ${velden}.`,
  signaal: (verwacht: string) => `Let op: de tekst gaat uit van ${verwacht}. Ga na of dit bij het product past.`,
  verklaring: 'Vink de verklaring aan als de organisatie hieraan voldoet; zonder verklaring voldoet het product niet.',
};

export const fout = {
  onbekendeRegio: (regio: string, bekend: string) => `Onbekende regio "${regio}". Bekende regio's: ${bekend}.`,
  onbekendeProductcode: (code: string, regio: string) => `Productcode "${code}" bestaat niet in de catalogus van ${regio}.`,
  dubbeleProductcode: (code: string, eerder: string) => `Productcode "${code}" staat al in het aanbod (${eerder}); geef elk product één keer op.`,
  onbekendeVerklaring: (id: string, code: string) => `Verklaring "${id}" hoort niet bij product ${code}.`,
  onbekendeBijlage: (soort: string, code: string, bekend: string) =>
    `Bijlage van soort "${soort}" hoort niet bij product ${code}${bekend ? ` (wel: ${bekend})` : ''}.`,
  veld: (label: string, bericht: string) => `${label}: ${bericht}`,
  extraVeld: (naam: string) => `onbekend veld "${naam}"; controleer de schrijfwijze`,
  teDiep: (max: number) => `De JSON is dieper genest dan ${max} niveaus.`,
};
