/** True for a plain mapping as JSON or YAML give it: an object, neither null nor an array. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
