// A page that removes `Intl` before the widgets load (some privacy tools and old embedded
// browsers do), keeping it in `window.removedIntl` so the test can give it back.
window.removedIntl = window.Intl;
delete window.Intl;
