import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { createApi } from '../../workers/api/app';

const root = fileURLToPath(new URL('../../dashboard/src', import.meta.url));
const WRAPPER = 'ui/exact-number-input.tsx';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Mantine's NumberInput clamps to min/max on blur and drops a typed "-" or ".": −3 % became 0 % and was saved.
test('every number field of the dashboard keeps what was typed (ExactNumberInput, no clamping)', () => {
  const offenders: string[] = [];
  for (const file of sources(root)) {
    const path = relative(root, file);
    if (path === WRAPPER || path.endsWith('.gen.ts')) continue;
    const text = readFileSync(file, 'utf8');
    if (/\bNumberInput\b[^;]*from '@mantine\/core'/.test(text) && /<NumberInput\b/.test(text)) offenders.push(path);
    if (/allowNegative=\{false\}|allowDecimal=\{false\}|clampBehavior=/.test(text)) offenders.push(path);
    // A browser number field clamps and drops characters too (PinInput's digit codes are not quantities).
    if (/<(input|TextInput)\b[^>]*type="number"/.test(text)) offenders.push(path);
  }
  expect(offenders).toEqual([]);
  expect(readFileSync(join(root, WRAPPER), 'utf8')).toContain('clampBehavior="none"');
});

// Every number a client may send (body or query) is bounded in the schema, so the API refuses what the
// dashboard would refuse instead of storing it. Payloads that Telegram and Stripe define are theirs.
test('every numeric input of the OpenAPI document declares its minimum and maximum', () => {
  const doc = createApi().getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'x', version: 'dev' } });
  const components = (doc.components?.schemas ?? {}) as Record<string, Schema>;
  const unbounded: string[] = [];
  const walk = (schema: Schema | undefined, path: string, seen: Set<string>): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() as string;
      if (!seen.has(name)) walk(components[name], path, new Set([...seen, name]));
      return;
    }
    for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
      walk(part, path, seen);
    const types = ([] as unknown[]).concat(schema.type);
    if (types.includes('integer') || types.includes('number')) {
      const min = schema.minimum ?? schema.exclusiveMinimum;
      const max = schema.maximum ?? schema.exclusiveMaximum;
      // A literal (a document's version: 1) is as bounded as a number can be.
      const literal = schema.const !== undefined || schema.enum !== undefined;
      if (!literal && (min === undefined || max === undefined)) unbounded.push(path);
    }
    for (const [key, value] of Object.entries(schema.properties ?? {})) walk(value, `${path}.${key}`, seen);
    walk(schema.items, `${path}[]`, seen);
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (/\/(telegram|stripe)\//.test(path)) continue;
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      for (const p of op.parameters ?? []) walk(p.schema, `${method} ${path} ?${p.name}`, new Set());
      walk(op.requestBody?.content?.['application/json']?.schema, `${method} ${path} body`, new Set());
    }
  }
  expect(unbounded).toEqual([]);
});

type Schema = {
  $ref?: string;
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
};
type Operation = {
  parameters?: { name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
