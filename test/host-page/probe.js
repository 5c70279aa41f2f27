// The host-page fixtures' recorder, loaded first (a classic, external script: it also runs
// under the strict CSP fixture, which allows no inline script). It records, from before the
// widgets' script runs, what test/host-page.test.ts reads back as plain values:
//   errors       uncaught errors, rejected promises and resources that failed to load
//   violations   every `securitypolicyviolation` event (CSP and Trusted Types)
//   warnings     every console.warn, as text
//   defines      every customElements.define call: the tag, the class and which script made it
//   intervals    setInterval ids not yet cleared (setInterval/clearInterval are wrapped)
//   observers    MutationObservers observing and not yet disconnected, with what they watch
//   listeners    listeners added to window or document and not yet removed
// It changes nothing the widgets do: every wrapper calls the original.
(() => {
  'use strict';

  const probe = {
    errors: [],
    violations: [],
    warnings: [],
    defines: [],
    /** Live interval ids. */
    intervals: new Set(),
    /** Live observers: observer -> [{ target, options }]. */
    observers: new Map(),
    /** Live window/document listeners: { target, type, listener, capture, once }. */
    listeners: [],
    /** How many live MutationObservers watch `lang` attributes on the whole document. */
    pageWatchers() {
      let count = 0;
      for (const targets of probe.observers.values()) {
        const watchesLang = targets.some(
          ({ target, options }) =>
            target === document.documentElement && options?.subtree === true && (options.attributeFilter ?? []).includes('lang'),
        );
        if (watchesLang) count += 1;
      }
      return count;
    },
    /** Listeners on window/document that are still live, described as "window load" etc. */
    liveListeners() {
      const loaded = document.readyState === 'complete';
      return probe.listeners
        .filter(({ type, once }) => !(once && loaded && (type === 'DOMContentLoaded' || type === 'load')))
        .map(({ target, type, capture }) => `${target === window ? 'window' : 'document'} ${type}${capture ? ' (capture)' : ''}`);
    },
  };
  window.hostPageProbe = probe;

  const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

  // Capturing on window also sees resource errors (a <script src> that fails), which do not bubble.
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && 'src' in target) probe.errors.push(`failed to load ${target.src}`);
      else if (target && target !== window && 'href' in target) probe.errors.push(`failed to load ${target.href}`);
      else probe.errors.push(event.error ? describe(event.error) : String(event.message));
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      probe.violations.push(
        `${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || '(inline)'}` +
          `${event.sample ? ` sample "${event.sample}"` : ''} at ${event.sourceFile || '?'}:${event.lineNumber}`,
      ),
    true,
  );

  const warn = console.warn;
  console.warn = function (...args) {
    probe.warnings.push(args.map(String).join(' '));
    return warn.apply(this, args);
  };

  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (tag, constructor, options) {
    const script = document.currentScript;
    // A classic script is named by its data-copy attribute; a module has no currentScript.
    probe.defines.push({ tag, constructor, by: script ? script.dataset.copy || script.src : 'module' });
    return define.call(this, tag, constructor, options);
  };

  const setInterval = window.setInterval;
  const clearInterval = window.clearInterval;
  window.setInterval = function (...args) {
    const id = setInterval.apply(this, args);
    probe.intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    probe.intervals.delete(id);
    return clearInterval.call(this, id);
  };

  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.observe = function (target, options) {
    const targets = probe.observers.get(this) ?? [];
    targets.push({ target, options });
    probe.observers.set(this, targets);
    return observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function () {
    probe.observers.delete(this);
    return disconnect.call(this);
  };

  // Wrapped after the probe's own listeners above, so only the page's and the widgets' count.
  const addEventListener = EventTarget.prototype.addEventListener;
  const removeEventListener = EventTarget.prototype.removeEventListener;
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if ((this === window || this === document) && listener) {
      const capture = captureOf(options);
      const known = probe.listeners.some(
        (l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture,
      );
      if (!known) probe.listeners.push({ target: this, type, listener, capture, once: Boolean(options?.once) });
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (this === window || this === document) {
      const capture = captureOf(options);
      probe.listeners = probe.listeners.filter(
        (l) => !(l.target === this && l.type === type && l.listener === listener && l.capture === capture),
      );
    }
    return removeEventListener.call(this, type, listener, options);
  };
})();
