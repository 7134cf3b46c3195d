import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { compileStatement, type NamedStatement, type Slot } from './compile-statement';

/**
 * Runs a named statement with this call's values in its slots, as a named prepared statement: a connection
 * that has run the same text before skips parsing, and after Postgres's five custom plans may reuse a
 * generic one instead of planning again. Works on a pool (any of its connections) and inside a
 * transaction (its own). What it saves needs a connection that outlives the call (a warm pool, Neon's
 * pooler, Hyperdrive); on a fresh one it costs what an unnamed query does.
 */
export function runNamed(
  db: Executor,
  statement: NamedStatement,
  values: Record<string, unknown> = {},
): Promise<{ rows: unknown[] }> {
  return db._.session.prepareQuery(statement.query, undefined, statement.name, false).execute(values) as Promise<{
    rows: unknown[];
  }>;
}

/** Shapes kept per statement: a shape comes from data (a rule's window), so the cache must not grow without end. */
const SHAPES_KEPT = 256;

/**
 * A statement of a few shapes, each composed and rendered on its first call only: `build` writes the
 * shape with drizzle, marking each per-call value with `slot(key)`, and runNamed fills the slots. For
 * statements run on every conversion, drizzle's composing and rendering cost more of the Worker's CPU than
 * Postgres took to run them.
 */
export function namedShapes<S>(
  prefix: string,
  build: (shape: S, slot: Slot<string>) => SQL,
): (shape: S) => NamedStatement {
  const shapes = new Map<string, NamedStatement>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let found = shapes.get(key);
    if (!found) {
      found = compileStatement(prefix, (slot: Slot<string>) => build(shape, slot));
      if (shapes.size >= SHAPES_KEPT) shapes.clear();
      shapes.set(key, found);
    }
    return found;
  };
}
