/**
 * A value of one of our own tables for a key that came from the server: only the table's own
 * entries count, so `constructor` or `__proto__` from udata never reach `Object.prototype`.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
