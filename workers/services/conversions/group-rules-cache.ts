/**
 * Partner groups' reward rules as this isolate last read them, by group id with the row's stamp: its
 * version (bumped by a trigger on every change to the row, migration 0075) and the transaction that wrote
 * it (`xmin`, so an update that was rolled back never passes for a committed one of the same version). A
 * group with 50 rules is about 13 kB of JSON that every conversion of its members would otherwise carry
 * from Postgres and parse. Shared between requests, so never mutated.
 */
const kept = new Map<string, { stamp: string; rules: object[] }>();

/** Enough for every busy group of an isolate; a full map starts over rather than tracking use. */
const KEPT_GROUPS = 512;

export function keptRules(groupId: string): { stamp: string; rules: object[] } | null {
  return kept.get(groupId) ?? null;
}

export function keepRules(groupId: string, stamp: string, rules: object[]): void {
  if (kept.size >= KEPT_GROUPS && !kept.has(groupId)) kept.clear();
  kept.set(groupId, { stamp, rules });
}
