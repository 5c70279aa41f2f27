// Pollutes Object.prototype before the widgets' script runs, as a page with a prototype-pollution
// bug does (a deep merge of `{"__proto__": {...}}`, or a script that sets them): the keys named
// in the address (`?keys=type,state`), or all of those below. Lit reads its property options
// (`static properties`) and render options through the prototype chain unless they are own
// properties of objects without a prototype. test/hardening/lit-options.test.ts loads it.
(() => {
  'use strict';
  const values = {
    // Lit's property declarations.
    type: Boolean,
    state: true,
    attribute: 'data-polluted',
    hasChanged: () => false,
    reflect: true,
    noAccessor: true,
    useDefault: true,
    converter: { fromAttribute: () => 'polluted' },
    // Lit's render options, and the shadow root's.
    renderBefore: { polluted: true },
    creationScope: { importNode: () => document.createTextNode('polluted') },
    slotAssignment: 'manual',
    delegatesFocus: true,
  };
  const asked = new URLSearchParams(location.search).get('keys');
  const keys = asked ? asked.split(',') : Object.keys(values);
  for (const key of keys) Object.prototype[key] = values[key];
  window.pollutedKeys = keys;
})();
