/** Quotes a value for a warning, shortened so a megabyte of junk does not land in the console. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** How many messages the library remembers having said; past that, the oldest is forgotten. */
const REMEMBERED = 100;

/** What was said, oldest first (a Set keeps insertion order). */
const alreadyWarned = new Set<string>();

/**
 * Logs a console warning for a page author, once per distinct message (or per `key`, for one
 * problem whose words name things that change, such as the languages loaded so far), so a bad
 * attribute on fifty elements (or one re-rendered many times) does not flood the console. A
 * message that comes again moves to the newest end, so one that keeps coming back is never said
 * twice; the memory stays at `REMEMBERED` messages on a page that runs for days.
 */
export function warnOnce(message: string, key: string = message): void {
  if (alreadyWarned.delete(key)) {
    alreadyWarned.add(key);
    return;
  }
  alreadyWarned.add(key);
  if (alreadyWarned.size > REMEMBERED) alreadyWarned.delete(alreadyWarned.values().next().value as string);
  console.warn(`[leg-health-widgets] ${message}`);
}
