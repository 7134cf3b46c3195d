export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

/** Whether a line of `level` passes a logger whose minimum is `minimum`. */
export function levelEnabled(level: LogLevel, minimum: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(minimum);
}

/** An Error as plain JSON (JSON.stringify gives `{}`); drivers wrap the useful error in `cause`. */
export function serializeError(err: Error, depth = 0): LogFields {
  const out: LogFields = { name: err.name, message: err.message, stack: err.stack };
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
