/**
 * LIKE patterns for text a person typed: `%`, `_` and `\` match themselves (Postgres' default escape is
 * the backslash), so "50%_off" finds that name and not every name.
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Anywhere in the value, case-insensitive with ILIKE. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;

/** At the start of the value, which a b-tree on the column can serve. */
export const prefixPattern = (text: string): string => `${escapeLike(text)}%`;
