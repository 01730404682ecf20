// A web-test-runner plugin for the theme's forced-colors test: the built-in emulate-media
// command knows colour scheme and reduced motion only, so this one asks Chromium itself
// (DevTools protocol, Emulation.setEmulatedMedia) to render the page in forced-colors mode,
// as Windows High Contrast does, and back. It also answers `default-font-size`: the reader's
// font size setting (chrome://settings/fonts), through Page.setFontSizes, which is what the CSS
// keyword `medium` resolves to.
export function forcedColorsPlugin() {
  // Emulation lasts as long as the protocol session that asked for it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors' && command !== 'default-font-size') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(
          `forced-colors needs Chromium through puppeteer, not ${session.browser.type}`,
        );
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      if (command === 'default-font-size') {
        await sessions.get(page).send('Page.setFontSizes', {
          fontSizes: { standard: payload?.standard ?? 16, fixed: 13 },
        });
        return true;
      }
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active === true ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
