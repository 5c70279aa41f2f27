// Loaded by test/host-page/clobber-page.html after probe.js and before the widgets' script: the
// window's own names and symbols at that moment, so the test can tell which ones the script added.
window.globalsBeforeWidgets = {
  names: Object.keys(window),
  symbols: Object.getOwnPropertySymbols(window).map(String),
};
