/** Paths under `value` (objects and arrays; functions left out) that are not frozen, named from `path`. */
export function notFrozen(value: unknown, path: string): string[] {
  const found: string[] = [];
  // Each object once: a shared or circular one is reported at its first path.
  const seen = new Set<unknown>();
  const walk = (node: unknown, at: string): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (!Object.isFrozen(node)) found.push(at);
    for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key], `${at}.${key}`);
  };
  walk(value, path);
  return found;
}
