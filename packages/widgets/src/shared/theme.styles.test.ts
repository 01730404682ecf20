import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import '../info-market/define.js';
import type { OpvangInfoMarket } from '../info-market/info-market.js';
import { themeStyles } from './theme.styles.js';

// The test runner's built-in emulate-media command (what @web/test-runner-commands' emulateMedia does).
async function emulateMedia(payload: { reducedMotion: 'reduce' | 'no-preference' }): Promise<void> {
  const socket = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socket)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }>;
  };
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const response = await sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: 'emulate-media', payload });
  if (!response.executed) throw new Error('emulate-media is not available');
}

/** A widget with a transition of its own, as a future widget might have. */
class MovingPart extends LitElement {
  static override styles = [themeStyles, css`.moving { transition: opacity 0.4s; animation: spin 2s infinite; } @keyframes spin { to { opacity: 0.5; } }`];
  protected override render() {
    return html`<p class="moving">Beweegt</p>`;
  }
}
customElements.define('opvang-test-moving-part', MovingPart);

/** WCAG 2.x relative luminance of an `rgb(r, g, b)` computed colour. */
function luminance(color: string): number {
  const channels = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the shared theme', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('passes WCAG AA contrast with its default colours', async () => {
    const element = await fixture<OpvangInfoMarket>(testHtml`<opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`);
    const root = element.shadowRoot as ShadowRoot;
    const base = getComputedStyle(root.querySelector('[part="base"]') as Element);
    const link = getComputedStyle(root.querySelector('[part="calendar"]') as Element);
    expect(contrast(base.color, base.backgroundColor), 'text').to.be.at.least(4.5);
    expect(contrast(link.color, base.backgroundColor), 'links').to.be.at.least(4.5);
    expect(contrast(base.borderTopColor, base.backgroundColor), 'border (non-text)').to.be.at.least(3);

    const logError = console.error;
    console.error = () => undefined; // the invalid market is logged; expected here
    const broken = await fixture<OpvangInfoMarket>(testHtml`<opvang-info-market></opvang-info-market>`).finally(() => (console.error = logError));
    const error = getComputedStyle(broken.shadowRoot?.querySelector('[part="error"]') as Element);
    expect(contrast(error.color, error.backgroundColor), 'error message').to.be.at.least(4.5);
    expect(contrast(error.borderInlineStartColor, error.backgroundColor), 'error accent (non-text)').to.be.at.least(3);
  });

  it('stops transitions and animations when the reader prefers reduced motion', async () => {
    const element = await fixture<MovingPart>(testHtml`<opvang-test-moving-part></opvang-test-moving-part>`);
    const moving = element.shadowRoot?.querySelector('.moving') as Element;
    expect(getComputedStyle(moving).transitionDuration).to.equal('0.4s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(moving).transitionDuration)).to.be.below(0.001);
    expect(parseFloat(getComputedStyle(moving).animationDuration)).to.be.below(0.001);
    expect(getComputedStyle(moving).animationIterationCount).to.equal('1');
  });

  it('gives way to the system colours in forced-colors mode', () => {
    // Chromium's test protocol cannot force colours here, so read the rule the browser would apply.
    const rules = [...(themeStyles.styleSheet?.cssRules ?? [])];
    const forced = rules.find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
    const text = [...(forced?.cssRules ?? [])].map((rule) => rule.cssText).join('\n');
    expect(text).to.contain('color: canvastext');
    expect(text).to.contain('background: canvas');
    expect(text).to.contain('color: linktext');
    expect(text).to.contain('outline-color: highlight');
  });

  it('sizes in relative units, so the widget follows the reader’s font size and zoom', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const element = await fixture<OpvangInfoMarket>(testHtml`<opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`);
      const base = getComputedStyle(element.shadowRoot?.querySelector('[part="base"]') as Element);
      expect(base.fontSize).to.equal('32px');
      expect(base.paddingInlineStart).to.equal('24px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
