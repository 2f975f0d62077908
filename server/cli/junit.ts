import { cli, uitslagLabel } from '../messages.js';
import type { EisResultaat, Toetsresultaat } from '../types/contract.js';

/**
 * The toetsresultaat as JUnit XML, for a procurement team's CI dashboard: one testsuite per product (and one for the
 * region's rules), one testcase per eis. voldoet passes; voldoet niet is a <failure>; ontbreekt is an <error> (the
 * eis could not be decided: a fact is missing; never a pass); a signaal passes with the signal in <system-out>
 * (it never lets a product fail).
 */

const escapeXml = (s: string) =>
  s
    // XML 1.0 cannot carry most control characters, not even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function details(e: EisResultaat): string {
  return [
    `${cli.verwacht}: ${e.verwacht}`,
    `${cli.opgegeven}: ${e.opgegeven}`,
    ...(e.advies ? [`${cli.advies}: ${e.advies}`] : []),
    `${cli.bron}: ${e.bron.sectie}: "${e.bron.citaat}"`,
  ].join('\n');
}

function testcase(e: EisResultaat, classname: string): string {
  const open = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(`${e.id}: ${e.titel}`)}"`;
  const message = escapeXml(e.advies ?? e.verwacht);
  switch (e.uitslag) {
    case 'voldoet-niet':
      return `${open}>\n      <failure type="voldoet-niet" message="${message}">${escapeXml(details(e))}</failure>\n    </testcase>`;
    case 'ontbreekt':
      return `${open}>\n      <error type="ontbreekt" message="${message}">${escapeXml(details(e))}</error>\n    </testcase>`;
    case 'signaal':
      return `${open}>\n      <system-out>${escapeXml(`${uitslagLabel.signaal}: ${details(e)}`)}</system-out>\n    </testcase>`;
    default:
      return `${open}/>`;
  }
}

function suite(name: string, classname: string, eisen: EisResultaat[]): string {
  const failures = eisen.filter((e) => e.uitslag === 'voldoet-niet').length;
  const errors = eisen.filter((e) => e.uitslag === 'ontbreekt').length;
  return [
    `  <testsuite name="${escapeXml(name)}" tests="${eisen.length}" failures="${failures}" errors="${errors}" skipped="0">`,
    ...eisen.map((e) => testcase(e, classname)),
    '  </testsuite>',
  ].join('\n');
}

export function junitReport(r: Toetsresultaat): string {
  const suites: Array<{ name: string; classname: string; eisen: EisResultaat[] }> = [];
  if (r.regioEisen.length > 0) suites.push({ name: `${r.regio.naam}: ${cli.regioEisen}`, classname: r.regio.id, eisen: r.regioEisen });
  for (const p of r.producten) suites.push({ name: `${p.productcode} ${p.naam}`, classname: `${r.regio.id}.${p.productcode}`, eisen: p.eisen });
  const all = suites.flatMap((s) => s.eisen);
  const failures = all.filter((e) => e.uitslag === 'voldoet-niet').length;
  const errors = all.filter((e) => e.uitslag === 'ontbreekt').length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`Eisentoets ${r.regio.naam}: ${r.aanbieder.naam} (KvK ${r.aanbieder.kvkNummer})`)}" tests="${all.length}" failures="${failures}" errors="${errors}">`,
    ...suites.map((s) => suite(s.name, s.classname, s.eisen)),
    '</testsuites>',
    '',
  ].join('\n');
}
