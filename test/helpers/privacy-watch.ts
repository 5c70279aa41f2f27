/**
 * Records every way a script could send something off the page or keep something about a visitor
 * on the device: network APIs (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource,
 * WebRTC, workers, window.open), things that make the browser fetch (Image, <img> and other
 * resource elements' src/href, style sheets or inline styles with url(), @import or @font-face,
 * FontFace and document.fonts), cookies, Web Storage, IndexedDB, Cache Storage and service
 * workers. It also keeps every resource-timing entry the page gets (PerformanceObserver), so a
 * request no script API made (a CSS background image, a font) still shows up.
 *
 * Importing this module installs the recorders, once per page, before any module imported after
 * it: import it before the widgets. Every wrapper records the call, then does what the original
 * does, so the page behaves as usual. Results are plain strings: safe to hand to chai.
 */

/** One recorded call: which API, and what it was asked (a URL, a key, a CSS snippet). */
export interface Call {
  readonly api: string;
  readonly detail: string;
}

const calls: Call[] = [];
const resourceEntries: string[] = [];

function record(api: string, detail: unknown = ''): void {
  let text: string;
  try {
    text = typeof detail === 'string' ? detail : detail instanceof Request ? detail.url : String(detail);
  } catch {
    text = '(unprintable)';
  }
  calls.push({ api, detail: text.length > 200 ? `${text.slice(0, 200)}…` : text });
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Replaces `owner[name]` (a method) with a recording wrapper. Does nothing if it is missing. */
function wrapMethod(owner: object | undefined, name: string, api: string, describe: (args: unknown[]) => unknown = (a) => a[0]): void {
  if (!owner) return;
  const original = (owner as Record<string, unknown>)[name];
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    record(api, describe(args));
    return (original as AnyFunction).apply(this, args);
  };
  Object.defineProperty(owner, name, { value: wrapped, configurable: true, writable: true, enumerable: false });
}

/** Replaces the global constructor `name` with a Proxy that records `new` and calls. */
function wrapConstructor(name: string, describe: (args: unknown[]) => unknown = (a) => a[0]): void {
  const global = globalThis as unknown as Record<string, unknown>;
  const original = global[name];
  if (typeof original !== 'function') return;
  global[name] = new Proxy(original as AnyFunction, {
    construct(target, args, newTarget) {
      record(`new ${name}`, describe(args));
      return Reflect.construct(target, args, newTarget === global[name] ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(name, describe(args));
      return Reflect.apply(target, thisArg, args);
    },
  });
}

/** Wraps the setter of accessor `name` found on `proto` or its prototypes. */
function wrapSetter(proto: object | undefined, name: string, api: string, filter: (self: unknown, value: unknown) => boolean = () => true): void {
  for (let owner = proto; owner; owner = Object.getPrototypeOf(owner)) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name);
    if (!descriptor) continue;
    const { set } = descriptor;
    if (!set || !descriptor.configurable) return;
    Object.defineProperty(owner, name, {
      ...descriptor,
      set(this: unknown, value: unknown) {
        if (filter(this, value)) record(api, value);
        set.call(this, value);
      },
    });
    return;
  }
}

/** Resource-loading elements and the attributes that make them fetch. */
const FETCHING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  link: ['href'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

/** CSS that makes the browser fetch something. */
export const FETCHING_CSS = /url\s*\(|image-set\s*\(|@import|@font-face/i;

function fetchesByAttribute(element: unknown, name: unknown): boolean {
  if (!(element instanceof Element) || typeof name !== 'string') return false;
  const attribute = name.toLowerCase();
  if (attribute === 'style' || attribute === 'background') return true;
  return FETCHING_ATTRIBUTES[element.localName.toLowerCase()]?.includes(attribute) ?? false;
}

let observer: PerformanceObserver | undefined;

function install(): void {
  const w = window as unknown as Record<string, unknown>;

  // Network.
  wrapMethod(window, 'fetch', 'fetch');
  wrapMethod(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open', (a) => `${String(a[0])} ${String(a[1])}`);
  wrapMethod(XMLHttpRequest.prototype, 'send', 'XMLHttpRequest.send', () => '');
  wrapMethod(Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
  for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'Worker', 'SharedWorker', 'Image', 'FontFace', 'Audio']) {
    wrapConstructor(name);
  }
  wrapMethod(window, 'open', 'window.open');
  wrapMethod(HTMLFormElement.prototype, 'submit', 'form.submit', () => '');

  // Things that make the browser fetch.
  wrapSetter(HTMLImageElement.prototype, 'src', 'img.src');
  wrapSetter(HTMLImageElement.prototype, 'srcset', 'img.srcset');
  wrapSetter(HTMLScriptElement.prototype, 'src', 'script.src');
  wrapSetter(HTMLLinkElement.prototype, 'href', 'link.href');
  wrapSetter(HTMLIFrameElement.prototype, 'src', 'iframe.src');
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    const css = String(name).toLowerCase() !== 'style' || FETCHING_CSS.test(String(value));
    if (fetchesByAttribute(this, name) && css) record(`<${this.localName}> setAttribute`, `${name}=${value}`);
    setAttribute.call(this, name, value);
  };
  const setAttributeNS = Element.prototype.setAttributeNS;
  Element.prototype.setAttributeNS = function (this: Element, ns: string | null, name: string, value: string) {
    if (fetchesByAttribute(this, name.replace(/^[^:]*:/, '')) || name === 'xlink:href') record(`<${this.localName}> setAttributeNS`, `${name}=${value}`);
    setAttributeNS.call(this, ns, name, value);
  };
  for (const method of ['replace', 'replaceSync', 'insertRule']) {
    const original = (CSSStyleSheet.prototype as unknown as Record<string, AnyFunction>)[method];
    if (typeof original !== 'function') continue;
    (CSSStyleSheet.prototype as unknown as Record<string, AnyFunction>)[method] = function (this: CSSStyleSheet, ...args: unknown[]) {
      const text = String(args[0]);
      if (FETCHING_CSS.test(text)) record(`CSSStyleSheet.${method}`, text.slice(FETCHING_CSS.exec(text)?.index ?? 0));
      return original.apply(this, args);
    };
  }
  const setProperty = CSSStyleDeclaration.prototype.setProperty;
  CSSStyleDeclaration.prototype.setProperty = function (this: CSSStyleDeclaration, ...args: [string, string | null, string?]) {
    if (FETCHING_CSS.test(String(args[1]))) record('style.setProperty', `${args[0]}: ${String(args[1])}`);
    return setProperty.apply(this, args);
  };
  const fonts = document.fonts as unknown as object | undefined;
  if (fonts) {
    const fontSetProto = Object.getPrototypeOf(fonts) as object;
    wrapMethod(fontSetProto, 'load', 'document.fonts.load');
    wrapMethod(fontSetProto, 'add', 'document.fonts.add', (a) => (a[0] as { family?: string })?.family ?? '');
  }

  // Cookies and storage on the device.
  wrapSetter(Document.prototype, 'cookie', 'document.cookie =');
  const cookieStore = w.cookieStore as object | undefined;
  if (cookieStore) {
    for (const method of ['get', 'getAll', 'set', 'delete']) wrapMethod(Object.getPrototypeOf(cookieStore) as object, method, `cookieStore.${method}`);
  }
  for (const method of ['setItem', 'getItem', 'removeItem', 'clear', 'key']) {
    wrapMethod(Storage.prototype, method, `Storage.${method}`);
  }
  if (typeof IDBFactory !== 'undefined') {
    for (const method of ['open', 'deleteDatabase', 'databases']) wrapMethod(IDBFactory.prototype, method, `indexedDB.${method}`);
  }
  if (typeof CacheStorage !== 'undefined') {
    for (const method of ['open', 'match', 'has', 'keys', 'delete']) wrapMethod(CacheStorage.prototype, method, `caches.${method}`);
  }
  if (typeof ServiceWorkerContainer !== 'undefined') {
    wrapMethod(ServiceWorkerContainer.prototype, 'register', 'navigator.serviceWorker.register');
  }

  // Every request the page makes, whoever made it. The buffer of getEntriesByType() holds 250
  // entries by default: the test page's own modules could fill it, and later entries would be lost.
  performance.setResourceTimingBufferSize?.(100_000);
  if (typeof PerformanceObserver !== 'undefined') {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) resourceEntries.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: false });
  }
}

type Global = typeof globalThis & { __lhwPrivacyWatch?: boolean };
if (!(globalThis as Global).__lhwPrivacyWatch) {
  (globalThis as Global).__lhwPrivacyWatch = true;
  install();
}

/** A point in the recordings; `since(mark)` gives what came after it. */
export interface Mark {
  readonly calls: number;
  readonly observed: number;
  readonly timingEntries: number;
}

/** What the page's own storage looks like, to compare before and after. */
export interface DeviceState {
  readonly cookie: string;
  readonly localStorageLength: number;
  readonly sessionStorageLength: number;
}

function cookieNow(): string {
  for (let owner: object | null = Document.prototype; owner; owner = Object.getPrototypeOf(owner)) {
    const get = Object.getOwnPropertyDescriptor(owner, 'cookie')?.get;
    if (get) return String(get.call(document));
  }
  return '';
}

export const privacyWatch = {
  mark(): Mark {
    observer?.takeRecords().forEach((entry) => resourceEntries.push(entry.name));
    return { calls: calls.length, observed: resourceEntries.length, timingEntries: performance.getEntriesByType('resource').length };
  },

  /** Every recorded call since the module was installed. */
  allCalls(): Call[] {
    return [...calls];
  },

  /**
   * What happened after `mark`: recorded calls, resource entries seen by the observer, and the
   * resource-timing entries added to the buffer.
   */
  since(mark: Mark): { calls: Call[]; observed: string[]; timingEntries: string[] } {
    observer?.takeRecords().forEach((entry) => resourceEntries.push(entry.name));
    return {
      calls: calls.slice(mark.calls),
      observed: resourceEntries.slice(mark.observed),
      timingEntries: performance
        .getEntriesByType('resource')
        .slice(mark.timingEntries)
        .map((entry) => entry.name),
    };
  },

  /** Whether the observer runs (every browser the suite uses supports it). */
  observing(): boolean {
    return observer !== undefined;
  },

  deviceState(): DeviceState {
    return {
      cookie: cookieNow(),
      localStorageLength: localStorage.length,
      sessionStorageLength: sessionStorage.length,
    };
  },
};
