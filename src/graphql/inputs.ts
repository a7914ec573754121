/**
 * In an update input, an absent field means "leave as is" while null means "clear": keep only what was sent.
 */
export function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
