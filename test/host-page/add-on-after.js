// add-on-after.html's own script: a language button adds the add-on's built classic script,
// dist/lang/<code>.js, after the widgets have rendered. It records, for the test, which add-ons
// have loaded (or failed to) in `hostPageProbe.addOns`.
(() => {
  'use strict';

  const probe = window.hostPageProbe;
  probe.addOns = [];
  for (const button of document.querySelectorAll('button[data-add-on]')) {
    button.addEventListener('click', () => {
      const code = button.dataset.addOn;
      const script = document.createElement('script');
      script.src = `/dist/lang/${code}.js`;
      script.addEventListener('load', () => probe.addOns.push(`${code} loaded`));
      script.addEventListener('error', () => probe.addOns.push(`${code} failed to load`));
      document.head.append(script);
    });
  }
})();
