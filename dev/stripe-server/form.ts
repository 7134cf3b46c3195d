/**
 * Stripe's request bodies are application/x-www-form-urlencoded with bracket nesting
 * (`line_items[0][price_data][currency]=usd`); this turns them into the nested object they
 * describe, lists where every key is an index.
 */
export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

export function parseForm(raw: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: FormObject = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else {
        const next = node[part];
        if (typeof next !== 'object' || next === null) node[part] = {};
        node = node[part] as FormObject;
      }
    });
  }
  return listify(root) as FormObject;
}

function listify(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, listify(value[k]!)] as const);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k)))
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  return Object.fromEntries(entries);
}

/** A string at a path of the parsed form, or undefined. */
export function field(form: FormValue | undefined, ...path: (string | number)[]): string | undefined {
  let node: FormValue | undefined = form;
  for (const part of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Array.isArray(node) ? node[Number(part)] : node[String(part)];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A flat string map at a path (metadata), or {}. */
export function stringMap(form: FormValue | undefined, key: string): Record<string, string> {
  const node = form && typeof form === 'object' && !Array.isArray(form) ? form[key] : undefined;
  if (!node || typeof node !== 'object' || Array.isArray(node)) return {};
  return Object.fromEntries(Object.entries(node).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
