// csp-print.html's driver, a classic external script (the page's CSP allows no inline script),
// loaded after probe.js and the bundle. It adds `hostPageProbe.printSummary(plan)`, which the test
// (test/summary-print-csp.test.ts) calls once the widget has rendered. It runs here, in the page,
// under the page's CSP:
//   1. goes through the twitching check as `plan` says, by clicks, to a result;
//   2. replaces window.print with a stub that records what a print would show (the summary's box,
//      its text, the sheets the document gained) and presses "Print" in the summary panel;
//   3. resolves with a report of plain values (the test reads only those, as it does the probe's).
// The summary's box stays in the page afterwards (no afterprint), so that the test can look at the
// page in print media; the test then dispatches afterprint itself.
(() => {
  'use strict';

  const HOLDER = '[data-lhw-print]';
  const textOf = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));

  /** Waits for the widget's update and the focus move after it (a task later). */
  async function settled(el) {
    await el.updateComplete;
    await nextTask();
    await el.updateComplete;
  }

  async function submit(el) {
    const button = el.shadowRoot.querySelector('[part~="check"] form button[type="submit"]');
    if (!button) throw new Error('no submit button on the check');
    button.click();
    await settled(el);
  }

  /**
   * The check, screen by screen: the first screen's boxes `plan.signBoxes` (indices in page
   * order), then on each step screen every radio group as `plan.answers` says (a follow-up shows
   * once the question before it is answered, so the groups are read again after each answer), and
   * the boxes `plan.triggerBoxes` on the screen that has boxes. Returns how many screens it saw.
   */
  async function toResult(el, plan) {
    const root = el.shadowRoot;
    const signs = [...root.querySelectorAll('fieldset.signs input[type="checkbox"]')];
    for (const index of plan.signBoxes) signs[index].click();
    await el.updateComplete;
    await submit(el);
    let screens = 1;
    while (!root.querySelector('[part~="result"]')) {
      screens += 1;
      if (screens > 10) throw new Error('the check gave no result after 10 screens');
      const answered = new Set();
      for (;;) {
        const radios = [...root.querySelectorAll('[part~="check"] form input[type="radio"]')];
        const name = radios.map((radio) => radio.name).find((candidate) => !answered.has(candidate));
        if (name === undefined) break;
        answered.add(name);
        const value = plan.answers[name];
        const radio = radios.find((candidate) => candidate.name === name && candidate.value === value);
        if (!radio) throw new Error(`no answer "${value}" to "${name}" on screen ${screens}`);
        radio.click();
        await el.updateComplete;
      }
      const boxes = [...root.querySelectorAll('[part~="check"] form input[type="checkbox"]')];
      if (boxes.length > 0) for (const index of plan.triggerBoxes) boxes[index].click();
      await el.updateComplete;
      await submit(el);
    }
    return screens;
  }

  /** The result card's level, from its class `care-<level>`. */
  function resultLevel(el) {
    const card = el.shadowRoot.querySelector('[part~="result"]');
    const level = [...(card?.classList ?? [])].find((name) => name.startsWith('care-') && name !== 'care-card');
    return level ? level.slice('care-'.length) : 'none';
  }

  /** What the page holds while window.print() runs: what a print would show. */
  function snapshot(sheetsBefore) {
    const holders = [...document.querySelectorAll(HOLDER)];
    const holder = holders[0];
    const root = holder?.shadowRoot;
    const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
    return {
      holders: holders.length,
      holderInBody: holder?.parentElement === document.body,
      holderLast: holder !== undefined && document.body.lastElementChild === holder,
      addedSheets: document.adoptedStyleSheets.filter((sheet) => !sheetsBefore.includes(sheet)).length,
      holderDisplayOnScreen: holder ? getComputedStyle(holder).display : '(no holder)',
      shadowSheets: root ? root.adoptedStyleSheets.length : 0,
      text: root ? textOf(root) : '(no open shadow root)',
      titles: all('h2').map(textOf),
      headings: all('h3').map(textOf),
      rows: all('tbody tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td'))]),
      footer: all('footer').map(textOf),
    };
  }

  window.hostPageProbe.printSummary = async (plan) => {
    const el = document.getElementById('twitch');
    await customElements.whenDefined('twitch-redflag-check');
    await settled(el);
    const screens = await toResult(el, plan);

    const calls = [];
    const events = [];
    const sheetsBefore = [...document.adoptedStyleSheets];
    const print = window.print;
    window.print = () => calls.push(snapshot(sheetsBefore));
    const record = (event) => events.push(JSON.stringify(event.detail));
    document.addEventListener('lhw-summary', record);
    try {
      const button = [...el.shadowRoot.querySelectorAll('[part~="summary"] button')].find((b) => textOf(b) === plan.printLabel);
      if (!button) throw new Error(`no "${plan.printLabel}" button in the summary panel`);
      button.click();
      await settled(el);
    } finally {
      window.print = print;
      document.removeEventListener('lhw-summary', record);
    }
    return {
      screens,
      level: resultLevel(el),
      trustedTypes: 'trustedTypes' in window,
      calls,
      events,
      sheetsBefore: sheetsBefore.length,
    };
  };
})();
