// Lookups keyed by input (a CSV cell, a job title, an asset id) must never reach Object.prototype:
// a type "constructor" is not Object's constructor, and an asset id "__proto__" is an asset id.

/** The record's own value for key, never an inherited one. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The record's own value for key, created by make() when absent, as an own property even for "__proto__". */
export function ownSlot<T>(record: Record<string, T>, key: string, make: () => T): T {
  if (!Object.hasOwn(record, key))
    Object.defineProperty(record, key, { value: make(), writable: true, enumerable: true, configurable: true });
  return record[key]!;
}
