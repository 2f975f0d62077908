/** Values a schema allows (const/enum) for a property of the given name, wherever it occurs. */
export function valuesOfProperty(s: unknown, name: string): string[] {
  const out = new Set<string>();
  const walk = (node: unknown, named: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, false));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (named) {
      if (typeof o.const === 'string') out.add(o.const);
      if (Array.isArray(o.enum)) for (const c of o.enum) out.add(String(c));
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === 'properties' && v && typeof v === 'object') {
        for (const [pk, pv] of Object.entries(v as Record<string, unknown>)) walk(pv, pk === name);
      } else walk(v, false);
    }
  };
  walk(s, false);
  return [...out];
}

const productcodesCache = new WeakMap<object, string[]>();

/** Product codes a region rule names; read once per (catalog) schema. */
export function productcodesIn(s: unknown): string[] {
  if (!s || typeof s !== 'object') return valuesOfProperty(s, 'productcode');
  let codes = productcodesCache.get(s);
  if (!codes) productcodesCache.set(s, (codes = valuesOfProperty(s, 'productcode')));
  return codes;
}

/**
 * Product codes whose offer makes a region rule apply: those in its `if` (a rule "if you offer X, then also Y"
 * says nothing to a bid without X), or every code it names when it has no `if` ("X and Y only together").
 */
export function ruleTriggers(s: unknown): string[] {
  const schema = s as { if?: unknown } | null;
  return productcodesIn(schema && typeof schema === 'object' && schema.if !== undefined ? schema.if : s);
}
