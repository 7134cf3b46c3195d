export { LOG_LEVELS, type LogFields, type LogLevel, serializeError } from './format-line';
export { createLogger, type Logger, type LoggerOptions } from './logger';
