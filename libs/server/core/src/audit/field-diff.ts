/**
 * Before and after of the fields that changed, for the audit log and case timelines. `after` may hold
 * only the fields that were set; bookkeeping fields (updatedAt, version) are never reported.
 */
export function fieldDiff<T extends object>(
  before: T,
  after: Partial<T> | Record<string, unknown>,
): { before: Partial<T>; after: Partial<T> } {
  const read = (o: object, key: string) => (o as Record<string, unknown>)[key];
  const changed = Object.keys(after).filter(
    (key) =>
      key !== 'updatedAt' &&
      key !== 'version' &&
      JSON.stringify(read(before, key)) !== JSON.stringify(read(after, key)),
  );
  return {
    before: Object.fromEntries(changed.map((k) => [k, read(before, k)])) as Partial<T>,
    after: Object.fromEntries(changed.map((k) => [k, read(after, k)])) as Partial<T>,
  };
}
