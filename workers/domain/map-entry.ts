/**
 * The map's value for the key, made by `make` and stored on first use: the get-or-add of nested tallies
 * (by beneficiary, then month, then currency) without a key string built per row. Pass a `make` defined
 * once (newMap, newList) on hot paths, so no closure is made per call.
 */
export function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export const newMap = <K, V>(): Map<K, V> => new Map<K, V>();
export const newList = <T>(): T[] => [];
