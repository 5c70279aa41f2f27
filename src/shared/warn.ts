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
