/**
 * A Map that forgets everything once it holds `max` entries: what an isolate remembers between
 * requests (parsed user agents, KV values, looked-up codes) stays bounded, and a busy isolate,
 * which sees few distinct keys, refills it at once. Its owner keeps it; domain/ holds none.
 */
export class BoundedMemo<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** Stores the value (emptying the memo first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.#entries.size >= this.#max) this.#entries.clear();
    this.#entries.set(key, value);
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
