/**
 * A Map for memoising pure look-ups in a long-running process (the web server, the job worker):
 * past `limit` entries it starts afresh, so a cache keyed by the words of every text a process
 * ever reads cannot grow without end. Entries are only ever recomputable answers.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit = 200_000) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
