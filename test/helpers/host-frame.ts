/**
 * A host page from test/host-page/ in an <iframe>, so that it has its own document, registry, CSP
 * and stylesheets, and what it does to its window (pollute `Object.prototype`, delete `Intl`) stays
 * there. The pages run the built script (dist/leg-health-widgets.js: `npx rollup -c` first).
 * test/host-page/probe.js runs first on every page and records what the tests read back.
 * The iframes are removed after each test.
 */
import { settle, type Updating } from '../harness/widget.js';

export const widgetTags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
export type WidgetTag = (typeof widgetTags)[number];

/** What test/host-page/probe.js records (see there). */
export interface Probe {
  readonly errors: string[];
  readonly violations: string[];
  readonly warnings: string[];
  readonly defines: { tag: string; constructor: CustomElementConstructor; by: string }[];
  readonly intervals: Set<number>;
  readonly observers: Map<MutationObserver, { target: Node; options?: MutationObserverInit }[]>;
  pageWatchers(): number;
  liveListeners(): string[];
}

/** A page's window; `P` adds what the page's own scripts record in the probe. */
export type FrameWindow<P extends Probe = Probe> = Window & typeof globalThis & { hostPageProbe: P };

export interface HostPage<W extends FrameWindow = FrameWindow> {
  readonly path: string;
  readonly iframe: HTMLIFrameElement;
  readonly win: W;
  readonly doc: Document;
  readonly probe: W['hostPageProbe'];
}

/** A widget in the iframe: a Lit element, seen through the properties the tests use. */
export type Widget = HTMLElement & Updating;

const openFrames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const iframe of openFrames.splice(0)) iframe.remove();
});

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or an error saying `what` after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `condition` until it holds, or fails naming `what` (a function: to say what the page recorded by then). */
export async function waitFor(condition: () => boolean, what: string | (() => string), ms = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await delay(20);
  }
}

/** Loads `test/host-page/<path>` in a new iframe and waits for its load event. */
export async function openPage<W extends FrameWindow = FrameWindow>(path: string, { width = 800, height = 600 } = {}): Promise<HostPage<W>> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `display: block; width: ${width}px; height: ${height}px; border: 0`;
  openFrames.push(iframe);
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = `/test/host-page/${path}`;
  document.body.append(iframe);
  await within(loaded, 10000, () => `${path} did not load within 10 s`);
  const win = iframe.contentWindow as W | null;
  const doc = iframe.contentDocument;
  if (!win || !doc) throw new Error(`${path}: no iframe document`);
  if (!win.hostPageProbe) throw new Error(`${path}: probe.js did not run (was the page served?)`);
  return { path, iframe, win, doc, probe: win.hostPageProbe };
}

/** The element `#id` of the page: a widget unless `E` says otherwise. */
export function byId<E extends Element = Widget>(page: HostPage, id: string): E {
  const el = page.doc.getElementById(id);
  if (!el) throw new Error(`${page.path}: no element #${id}`);
  return el as unknown as E;
}

/** Every widget in the page's light DOM (or under `root`), in document order. */
export function widgetsIn(page: HostPage, root: ParentNode = page.doc): Widget[] {
  return [...root.querySelectorAll<Widget>(widgetTags.join(', '))];
}

/** What the page's probe recorded that went wrong, for a failure message. */
export function pageProblems(page: HostPage): string {
  const { errors, violations } = page.probe;
  return `errors: ${JSON.stringify(errors)}; CSP violations: ${JSON.stringify(violations)}`;
}

/**
 * Waits until the widgets on the page are defined and have rendered. A render that fails (an
 * XHTML page, a page without `Intl`) rejects `updateComplete`: some tests check what the widget
 * shows then, so that counts as done.
 */
export async function rendered(page: HostPage): Promise<void> {
  const widgets = widgetsIn(page);
  const present = widgetTags.filter((tag) => widgets.some((el) => el.localName === tag));
  await within(
    Promise.all(present.map((tag) => page.win.customElements.whenDefined(tag))),
    5000,
    () => `${page.path}: ${present.join(', ')} not all defined within 5 s; ${pageProblems(page)}`,
  );
  for (const el of widgets) await settle(el).catch(() => delay(0));
}
