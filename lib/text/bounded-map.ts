/** Every BoundedMap made (all are module-level caches), for clearBoundedMaps. */
const every: BoundedMap<unknown, unknown>[] = [];

/**
 * A Map for memoising pure look-ups in a long-running process (the web server, the job worker):
 * past `limit` entries it starts afresh, so a cache keyed by the words of every text a process
 * ever reads cannot grow without end. Entries are only ever recomputable answers.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit = 200_000) {
    super();
    every.push(this as BoundedMap<unknown, unknown>);
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/**
 * Empties every BoundedMap: the answers are recomputed on demand, the same as before. For measuring
 * (`npm run bench:import`: a first build in a process whose code is compiled and warm but whose
 * caches know none of the text's words) and for tests; a running app never needs it.
 */
export function clearBoundedMaps(): void {
  for (const map of every) map.clear();
  for (const clear of clearers) clear();
}

const clearers: (() => void)[] = [];

/** Registers a cache that is no Map (a table by char code) to be emptied with the BoundedMaps. */
export function onClearBoundedMaps(clear: () => void): void {
  clearers.push(clear);
}
