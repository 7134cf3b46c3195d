export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

/** Whether a line of `level` passes a logger whose minimum is `minimum`. */
export function levelEnabled(level: LogLevel, minimum: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(minimum);
}

/**
 * A Postgres error's SQLSTATE and the names it points at (never row values), and, for a transaction
 * rolled back (class 40: deadlock, serialization) or a lock not available (55), its detail, which names
 * the processes and locks of the cycle. The detail of other classes can quote a row (a unique
 * violation's key), so it stays out of the logs.
 */
function databaseFields(err: Error): LogFields {
  const e = err as Error & Record<string, unknown>;
  const out: LogFields = {};
  for (const key of ['code', 'constraint', 'table', 'column'] as const)
    if (typeof e[key] === 'string' && e[key] !== '') out[key] = e[key];
  const code = typeof e.code === 'string' ? e.code : '';
  if (typeof e.detail === 'string' && (code.startsWith('40') || code.startsWith('55'))) out.detail = e.detail;
  return out;
}

/** An Error as plain JSON (JSON.stringify gives `{}`); drivers wrap the useful error in `cause`. */
export function serializeError(err: Error, depth = 0): LogFields {
  const out: LogFields = { name: err.name, message: err.message, stack: err.stack, ...databaseFields(err) };
  if (err.cause !== undefined && depth < 3)
    out.cause = err.cause instanceof Error ? serializeError(err.cause, depth + 1) : String(err.cause);
  return out;
}

/**
 * One JSON line: level and event first, then the logger's bound fields, then the call's own;
 * Error values become `{ name, message, stack }`. Never throws: a value JSON refuses (a BigInt,
 * a cycle) costs the line its fields, not the caller its work.
 */
export function formatLine(level: LogLevel, event: string, bound: LogFields, fields: LogFields = {}): string {
  const line: LogFields = { level, event, ...bound };
  for (const [key, value] of Object.entries(fields)) line[key] = value instanceof Error ? serializeError(value) : value;
  line.level = level;
  line.event = event;
  try {
    return JSON.stringify(line);
  } catch (err) {
    return JSON.stringify({ level, event, ...bound, logError: String(err) });
  }
}
