import { expect, fixture } from '@open-wc/testing';
import { captureConsole } from './console.js';

/** How one widget is shown with good and with bad content, for {@link runWidgetBaseTests}. */
export interface WidgetBaseCase {
  /** The widget's tag, registered by the test file. */
  readonly tag: string;
  /** The level its headings have without `heading-level`. */
  readonly defaultLevel: number;
  /** Attributes and children that make it show its content (the headings included). */
  readonly valid: { readonly attributes: string; readonly children: string };
  /** Attributes and children that it cannot show; the children hold no fallback text. */
  readonly invalid: { readonly attributes: string; readonly children: string };
}

const FALLBACK = 'Fallback for readers without the widget';

async function render(
  tag: string,
  attributes: string,
  children: string,
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  return fixture(`<${tag} ${attributes}>${children}<p>${FALLBACK}</p></${tag}>`);
}

/** Renders the element again a few times, as a language change or a clock tick does. */
async function rerender(
  element: HTMLElement & { updateComplete: Promise<boolean> },
): Promise<void> {
  for (const lang of ['fr', 'en', 'fr']) {
    element.setAttribute('lang', lang);
    await element.updateComplete;
  }
}

/**
 * What every opvang widget does alike (see shared/opvang-element.ts), as one suite each widget
 * runs: a bad `heading-level` warns once and falls back, bad content shows one sentence with the
 * same role and is logged once, and the element's own content stays as the fallback.
 *
 * @example
 * ```ts
 * runWidgetBaseTests({ tag: 'opvang-info-market', defaultLevel: 2, valid: { attributes: 'start="2025-03-14T19:00" place="Zaal"', children: '' }, invalid: { attributes: '', children: '' } });
 * ```
 */
export function runWidgetBaseTests(widget: WidgetBaseCase): void {
  const { tag, defaultLevel, valid, invalid } = widget;
  describe(`<${tag}>: what every widget does alike`, () => {
    it('takes its heading level from heading-level', async () => {
      const element = await render(tag, `heading-level="5" ${valid.attributes}`, valid.children);
      expect(
        element.shadowRoot?.querySelector('[role="heading"]')?.getAttribute('aria-level'),
      ).to.equal('5');
    });

    for (const bad of ['9', '0', '2.5', 'two']) {
      it(`warns once about heading-level="${bad}" and uses its default level ${defaultLevel}`, async () => {
        const warnings = captureConsole('warn');
        try {
          const element = await render(
            tag,
            `heading-level="${bad}" ${valid.attributes}`,
            valid.children,
          );
          await rerender(element);
          expect(
            element.shadowRoot?.querySelector('[role="heading"]')?.getAttribute('aria-level'),
          ).to.equal(String(defaultLevel));
          const said = warnings.calls
            .map((call) => String(call[0]))
            .filter((text) => text.includes('heading-level'));
          expect(said).to.deep.equal([
            `<${tag}>: heading-level must be 1 to 6, got ${String(Number(bad))}; using ${defaultLevel}.`,
          ]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows bad content as one alert, keeps the fallback under it and logs the problem once', async () => {
      const errors = captureConsole('error');
      try {
        const element = await render(tag, invalid.attributes, invalid.children);
        await rerender(element);
        const root = element.shadowRoot as ShadowRoot;
        const error = root.querySelectorAll('[part="error"]');
        expect(error).to.have.length(1);
        expect(error[0]?.getAttribute('role')).to.equal('alert');
        expect(root.querySelectorAll('[role="status"]')).to.have.length(0);
        const slot = root.querySelector('slot');
        expect(
          slot
            ?.assignedNodes()
            .map((node) => node.textContent)
            .join(''),
        ).to.contain(FALLBACK);
        expect(errors.calls).to.have.length(1);
        expect(String(errors.calls[0]?.[0])).to.match(new RegExp(`^<${tag}>: `));
        await expect(element).to.be.accessible();
      } finally {
        errors.restore();
      }
    });
  });
}
