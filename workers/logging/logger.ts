import { formatLine, levelEnabled, type LogFields, type LogLevel } from './format-line';

/** Structured JSON lines on the console, which Workers Logs indexes field by field. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** The same logger with more fields bound to every line (a job name, a message id). */
  child(fields: LogFields): Logger;
}

// The console method sets the line's level in Workers Logs and in wrangler's output.
const WRITE: Record<LogLevel, (line: string) => void> = {
  debug: (line) => console.debug(line),
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

export interface LoggerOptions {
  /** Lines below this level are dropped; config's LOG_LEVEL, info by default. */
  level?: LogLevel;
  /** Bound to every line: requestId, or queue and messageId, or cron and job. */
  fields?: LogFields;
}

export function createLogger({ level = 'info', fields = {} }: LoggerOptions = {}): Logger {
  const at =
    (lineLevel: LogLevel) =>
    (event: string, own?: LogFields): void => {
      if (levelEnabled(lineLevel, level)) WRITE[lineLevel](formatLine(lineLevel, event, fields, own));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => createLogger({ level, fields: { ...fields, ...more } }),
  };
}
