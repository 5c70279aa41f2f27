/**
 * Makes Lit's dev-mode warnings fail the test during which they appear.
 *
 * The tests run Lit's development build (see web-test-runner.config.mjs), which warns about
 * mistakes such as an update scheduled from `updated()` ("change-in-update"), several copies of
 * Lit on one page ("multiple-versions") or a Promise returned from `performUpdate()`. Those
 * warnings only reach the console, where nobody reads them; here they fail the test instead.
 *
 * The config prepends `import '/test/helpers/lit-dev-warnings.ts';` to every test file, so this
 * module runs before Lit is loaded. It records Lit's warnings two ways:
 * - Lit keeps every warning it has issued in `globalThis.litIssuedWarnings` (a Set it shares
 *   between its packages and only creates when missing). This module creates that Set first,
 *   with an `add` that records: that sees every `issueWarning()`, even while a test has replaced
 *   `console.warn` with a spy.
 * - A wrapper around `console.warn` for the few warnings Lit prints directly (for example
 *   "Some template strings are undefined").
 * Then a root-level `afterEach` marks the current test failed (without stopping the rest of the
 * run) and a root-level `after` fails the file for warnings after its last test. A test that
 * provokes a Lit warning on purpose says so with `allowLitDevWarnings('<code>')`.
 *
 * Not counted: Lit's one "Lit is in dev mode" notice, and the library's own `[leg-health-widgets]`
 * warnings about bad attribute values, which tests provoke on purpose.
 * (Lit 3 throws, rather than warns, for "class-field-shadowing": that fails a test by itself.)
 */

/** Warnings Lit issues with a code end with "See https://lit.dev/msg/<code> ...". */
const CODED_WARNING = /https:\/\/lit\.dev\/msg\/([a-z0-9-]+)/;
/** The ones without a code, as Lit's development builds word them. */
const UNCODED_WARNINGS = [
  "Static values 'literal' or 'unsafeStatic' cannot be used as values to non-static templates",
  'Expressions are not supported inside',
  "@query'd field",
  'Some template strings are undefined',
  'Attempted to render the template host',
  'The requestUpdate() method was called with an Event as the property name',
];
/** Allowed: the notice that Lit runs in dev mode (the test config keeps dev mode on on purpose). */
const ALLOWED_CODES = new Set(['dev-mode']);

/** The recorder's state, on `globalThis` so that every copy of this module shares it. */
interface State {
  /** Lit warnings recorded and not yet reported. */
  readonly pending: Set<string>;
  /** Codes a test has allowed with `allowLitDevWarnings`, until the end of that test. */
  readonly allowed: Set<string>;
  /** Whether the recorders and hooks are in place (by the first copy of this module). */
  installed: boolean;
}
type Global = typeof globalThis & { litIssuedWarnings?: Set<string>; __lhwLitDevWarnings?: State };
const global = globalThis as Global;
const state: State = (global.__lhwLitDevWarnings ??= { pending: new Set(), allowed: new Set(), installed: false });

/** Whether a console message or `litIssuedWarnings` entry is a Lit dev-mode warning that counts. */
export function isLitDevWarning(message: string): boolean {
  if (message.startsWith('[leg-health-widgets]')) return false;
  const coded = CODED_WARNING.exec(message);
  if (coded) return !ALLOWED_CODES.has(coded[1]) && !state.allowed.has(coded[1]);
  return UNCODED_WARNINGS.some((text) => message.includes(text));
}

function record(message: unknown): void {
  if (typeof message === 'string' && isLitDevWarning(message)) state.pending.add(message);
}

/** The Lit warnings recorded since the last call, and forgets them. */
export function takeLitDevWarnings(): string[] {
  const taken = [...state.pending];
  state.pending.clear();
  return taken;
}

/**
 * Lets the current test provoke Lit warnings with these codes (the part after
 * `https://lit.dev/msg/`), e.g. a test that loads two copies of Lit on purpose calls
 * `allowLitDevWarnings('multiple-versions')`. The permission ends with the test.
 * Lit issues each warning once per page: a later test will not see it again.
 */
export function allowLitDevWarnings(...codes: string[]): void {
  for (const code of codes) state.allowed.add(code);
}

if (!state.installed) {
  state.installed = true;

  // Lit does `globalThis.litIssuedWarnings ??= new Set()`, so it keeps this one. Entries that
  // are bare codes (a page may add 'change-in-update' to silence that warning) are not warnings.
  class RecordingSet extends Set<string> {
    override add(value: string): this {
      record(value);
      return super.add(value);
    }
  }
  const existing = global.litIssuedWarnings;
  if (existing) {
    // Lit is already loaded (this module was imported late): still catch what comes next.
    const add = existing.add.bind(existing);
    existing.add = (value: string) => {
      record(value);
      return add(value);
    };
  } else {
    global.litIssuedWarnings = new RecordingSet();
  }

  const originalWarn = console.warn;
  console.warn = function warn(this: Console, ...args: unknown[]) {
    record(args[0]); // Lit's issueWarning() also adds the same text to the Set: kept once
    return originalWarn.apply(this, args);
  };

  function report(messages: string[]): Error {
    return new Error(
      `Lit dev-mode warning${messages.length > 1 ? 's' : ''} (fix the cause; see test/helpers/lit-dev-warnings.ts):\n` +
        messages.map((message) => `  - ${message}`).join('\n'),
    );
  }

  // Root-level hooks: they run for every test of the file that imported this module.
  if (typeof afterEach === 'function' && typeof after === 'function') {
    afterEach(function failOnLitDevWarnings(this: Mocha.Context) {
      const messages = takeLitDevWarnings();
      state.allowed.clear();
      if (messages.length === 0) return;
      const hook = this.test as (Mocha.Runnable & { error?: (error: unknown) => void }) | undefined;
      // A hook that reports an error through `error()` fails the current test (mocha's runner
      // checks it after every hook) and lets the remaining tests run; throwing would skip them.
      if (typeof hook?.error === 'function') hook.error(report(messages));
      else throw report(messages);
    });
    after(function failOnLateLitDevWarnings() {
      const messages = takeLitDevWarnings();
      if (messages.length > 0) throw report(messages);
    });
  }
}
