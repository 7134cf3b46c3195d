/**
 * The fields a PATCH really sets: an absent (`undefined`) field means "leave as is", `null` means
 * "clear". Null when nothing is set, so the verb can skip the write (and its audit row).
 */
export function definedChanges<T extends object>(changes: T): { [K in keyof T]?: Exclude<T[K], undefined> } | null {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return Object.keys(set).length > 0 ? (set as { [K in keyof T]?: Exclude<T[K], undefined> }) : null;
}
