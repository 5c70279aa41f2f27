// Records this page's layout shifts for test/no-js.test.ts, from the start of the page (buffered).
// The Layout Instability API exists in Chromium only: elsewhere the list stays empty and
// `layoutShiftsSupported` is false.
window.layoutShifts = [];
window.layoutShiftsSupported = Boolean(PerformanceObserver.supportedEntryTypes?.includes('layout-shift'));
if (window.layoutShiftsSupported) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.layoutShifts.push(entry);
  }).observe({ type: 'layout-shift', buffered: true });
}
