/** Quotes a value for a warning, shortened so a megabyte of junk does not land in the console. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

const alreadyWarned = new Set<string>();

/**
 * Logs a console warning for a page author, once per distinct message, so a bad attribute on
 * fifty elements (or one re-rendered many times) does not flood the console.
 */
export function warnOnce(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  console.warn(`[leg-health-widgets] ${message}`);
}
