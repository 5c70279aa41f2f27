// A test-runner command shared by the component and the screenshot configs.

/**
 * `executeServerCommand('lhw-emulate-media', { colorScheme, forcedColors, reducedMotion })`:
 * Chromium's own media emulation, which a page cannot do for itself. Unlike the built-in
 * emulate-media command it also covers `forced-colors`, which makes Chromium really force colours.
 * Chromium only (the page's DevTools protocol): in another browser the command fails, and the
 * test that asked says why it skips.
 */
export function emulateMediaPlugin() {
  const features = { colorScheme: 'prefers-color-scheme', forcedColors: 'forced-colors', reducedMotion: 'prefers-reduced-motion' };
  // Straight to the DevTools protocol (puppeteer's emulateMediaFeatures rejects forced-colors),
  // through one session per page: the emulation ends when its session does.
  const sessions = new WeakMap();
  return {
    name: 'lhw-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lhw-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: Object.entries(features).flatMap(([key, name]) => (payload[key] ? [{ name, value: payload[key] }] : [])),
      });
      return true;
    },
  };
}
