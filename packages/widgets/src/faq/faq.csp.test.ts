import { expect } from '@open-wc/testing';

// The built CDN file in a page whose policy enforces Trusted Types, the way a strict municipal
// site would serve it: the structured data must still reach the head, with no violation.
const POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// A page that allows Lit's policy but not the widget's own.
const ONLY_LIT = `${POLICY}; trusted-types lit-html`;
const FAQ = {
  items: [
    {
      id: 'safety',
      category: 'Veiligheid',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Is het veilig? </script><script>alert(1)</script>',
      answer: [{ type: 'paragraph', content: ['Ja.'] }],
    },
  ],
};

async function strictFrame(body: string, policy = POLICY): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" src="/cdn/opvang-faq.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

async function waitFor<T>(read: () => T | null | undefined, timeout = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('<opvang-faq> under Trusted Types', () => {
  it('adds FAQPage JSON-LD to the head without a TrustedScript and without a violation', async () => {
    const json = JSON.stringify(FAQ).replace(/</g, '\\u003c');
    const frame = await strictFrame(
      `<opvang-faq structured-data><script type="application/json">${json}</script><p>Vragen</p></opvang-faq>`,
    );
    const doc = frame.contentDocument as Document;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
    try {
      const block = await waitFor(() =>
        doc.head.querySelector('script[type="application/ld+json"]'),
      );
      const data = JSON.parse(block.textContent ?? '') as { mainEntity: { name: string }[] };
      expect(data.mainEntity[0]?.name).to.equal(FAQ.items[0]?.question);
      expect(block.textContent).to.not.contain('</script>');
      const widget = doc.querySelector('opvang-faq');
      expect(widget?.shadowRoot?.querySelector('button[aria-expanded]')?.textContent).to.contain(
        'Is het veilig?',
      );
      expect(violations).to.deep.equal([]);

      // An update goes through the same sink, in place, still without a violation.
      (widget as HTMLElement & { content: unknown }).content = {
        items: [{ ...FAQ.items[0], question: 'Nieuw?' }],
      };
      await waitFor(() => (block.textContent?.includes('Nieuw?') ? true : null));
      expect(doc.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations).to.deep.equal([]);

      // The policy really is enforced here: the text setter of a script is refused.
      const probe = doc.createElement('script');
      expect(() => (probe.textContent = '1')).to.throw();
    } finally {
      frame.remove();
    }
  });

  // What the Text node fallback costs: Chromium keeps the data block's text (it is never run),
  // but reports the child change as a `require-trusted-types-for` violation, which is why the
  // widget prefers its own policy.
  it('still writes and updates the JSON-LD as a Text node when the page does not allow its policy', async () => {
    const json = JSON.stringify(FAQ).replace(/</g, '\\u003c');
    const frame = await strictFrame(
      `<opvang-faq structured-data><script type="application/json">${json}</script></opvang-faq>`,
      ONLY_LIT,
    );
    const doc = frame.contentDocument as Document;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.sample}`),
    );
    try {
      const trustedTypes = (
        frame.contentWindow as Window & {
          trustedTypes: { createPolicy(name: string, rules: object): unknown };
        }
      ).trustedTypes;
      expect(() => trustedTypes.createPolicy('probe', {})).to.throw();
      const block = await waitFor(() =>
        doc.head.querySelector('script[type="application/ld+json"]'),
      );
      const data = JSON.parse(block.textContent ?? '') as { mainEntity: { name: string }[] };
      expect(data.mainEntity[0]?.name).to.equal(FAQ.items[0]?.question);
      const widget = doc.querySelector('opvang-faq') as HTMLElement & { content: unknown };
      widget.content = { items: [{ ...FAQ.items[0], question: 'Nieuw?' }] };
      await waitFor(() => (block.textContent?.includes('Nieuw?') ? true : null));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(doc.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(violations).to.include('trusted-types opvang-faq');
      expect(
        violations.some((violation) =>
          violation.startsWith('require-trusted-types-for HTMLScriptElement text'),
        ),
      ).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
