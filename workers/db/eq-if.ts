import { eq } from 'drizzle-orm';

/** `column = value` when a filter was given, nothing otherwise: `and()` drops the undefined terms. */
export const eqIf = <T>(column: Parameters<typeof eq>[0], value: T | undefined) =>
  value === undefined ? undefined : eq(column, value);
