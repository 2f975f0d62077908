import { productcodesIn, ruleTriggers } from '../catalog/rules.js';
import type { Region } from '../catalog/types.js';
import type { Toetsresultaat } from '../types/contract.js';

/**
 * Which of the region's rules over products speak to this bid, and which offered products a failing rule
 * pulls down. A rule "if you offer X, then also Y" says nothing to a bid without X, so a page or report for
 * the provider leaves it out instead of listing it as "voldoet"; a failing rule is always shown.
 */
export interface RuleScope {
  /** Ids of the rules that apply to the products offered. */
  toepasselijk: Set<string>;
  /** Offered product code → titles of the failing rules that name it. */
  geraakt: Map<string, string[]>;
}

export function ruleScope(result: Toetsresultaat, region: Region): RuleScope {
  const offered = new Set(result.producten.map((p) => p.productcode));
  const uitslag = new Map(result.regioEisen.map((e) => [e.id, e]));
  const toepasselijk = new Set<string>();
  const geraakt = new Map<string, string[]>();
  for (const regel of region.regels) {
    const e = uitslag.get(regel.id);
    const triggers = ruleTriggers(regel.schema);
    const failing = e?.ernst === 'eis' && (e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt');
    if (failing || triggers.length === 0 || triggers.some((c) => offered.has(c))) toepasselijk.add(regel.id);
    if (!failing) continue;
    for (const code of productcodesIn(regel.schema)) {
      if (offered.has(code)) geraakt.set(code, [...(geraakt.get(code) ?? []), regel.titel]);
    }
  }
  return { toepasselijk, geraakt };
}
