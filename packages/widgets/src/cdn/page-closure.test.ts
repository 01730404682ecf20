import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The per-page budgets (`npm run size`) weigh each page's entries and the chunks they import, as
// read from the built files (test-support/cdn-closure.mjs). Here Chromium loads each page of
// "pageBudgets" in packages/widgets/package.json in a fresh document, its entries as a
// webmaster pastes them, and the set of cdn/ files it requested must be exactly that closure:
// nothing the measure leaves out is loaded, and nothing it counts is not. Code that only a
// visitor's action needs is loaded by `import()` and not counted (`lazy`): the page must not
// request it at first, and must request exactly it once the actions below are done.

interface CdnPage {
  readonly name: string;
  readonly entries: readonly string[];
  readonly closure: readonly string[];
  readonly lazy: readonly string[];
}

/** Each widget, as a webmaster writes it, and the visitor's actions that load its lazy code. */
const widgets: Record<string, { readonly markup: string; act(root: ShadowRoot): void }> = {
  'opvang-faq': {
    markup: `<opvang-faq><script type="application/json">${JSON.stringify({
      items: [
        {
          id: 'school',
          category: 'School',
          language: 'nl',
          lastReviewed: '2025-03-01',
          question: 'Gaan de kinderen naar school?',
          answer: [{ type: 'paragraph', content: ['Ja, naar de gewone scholen.'] }],
        },
      ],
    })}</script></opvang-faq>`,
    act: (root) => root.querySelector('input')?.focus(),
  },
  'opvang-contact': {
    markup: `<opvang-contact endpoint="/__cdn-page-none/messages"><script type="application/json">${JSON.stringify(
      { name: 'Contactpunt', email: 'opvang@gemeente.be' },
    )}</script></opvang-contact>`,
    act: (root) => root.querySelector<HTMLElement>('textarea')?.focus(),
  },
  'opvang-info-market': {
    markup:
      '<opvang-info-market start="2099-03-14T19:00" place="Zaal De Kring"></opvang-info-market>',
    act: (root) => root.querySelector<HTMLElement>('a[part="calendar"]')?.focus(),
  },
  // Showing a case loads the support catalogue (case/catalogue-loader.ts): a store with one case.
  'opvang-case': {
    markup: '<opvang-case case-id="demo-cdn"></opvang-case>',
    act: (root) => {
      (root.host as HTMLElement & { caseStore: unknown }).caseStore = oneCaseStore;
    },
  },
};

const opening = {
  kind: 'case-opened',
  caseId: 'demo-cdn',
  at: '2025-03-28T16:00',
  actor: { role: 'federal' },
  facts: {
    caseId: 'demo-cdn',
    municipality: 'Testdorp',
    confirmedAt: '2025-03-28T16:00',
    address: 'Voorbeeldstraat 1, 9999 Testdorp',
    capacity: 10,
    targetGroups: ['adults'],
    expectedOpening: '2025-05-01',
    operator: { kind: 'red-cross' },
  },
  policy: { contactDeadline: { kind: 'elapsed-hours', hours: 48 } },
};
const caseDocument = {
  caseId: 'demo-cdn',
  version: 1,
  municipality: 'Testdorp',
  log: { schemaVersion: 2, caseId: 'demo-cdn', events: [opening] },
  records: [{ id: 'o', event: opening, recordedBy: '', recordedAt: '2025-03-28T16:00' }],
};
/** A case store (CaseStore) holding one case, read only. */
const oneCaseStore = {
  list: () => Promise.resolve([caseDocument]),
  read: () => Promise.resolve(caseDocument),
  open: () => Promise.reject(new Error('read only')),
  append: () => Promise.reject(new Error('read only')),
  subscribe: () => () => undefined,
};

/** The widgets a page with these entries shows. */
function tagsOf(entries: readonly string[]): string[] {
  const tags = entries.flatMap((entry) =>
    entry === 'opvang-widgets.js'
      ? Object.keys(widgets)
      : [entry.replace(/\.js$/, '').replace(/-facts$/, '')],
  );
  return [...new Set(tags)];
}

const pages = await executeServerCommand<CdnPage[], undefined>('cdn-pages');
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function load(id: string, entries: readonly string[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const scripts = entries
    .map((entry) => `<script type="module" src="/__cdn-page/${id}/${entry}"></script>`)
    .join('');
  const markup = tagsOf(entries)
    .map((tag) => widgets[tag]?.markup ?? '')
    .join('');
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">${scripts}</head><body>${markup}</body></html>`;
  // The load event waits for module scripts and everything they import.
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('what a page with CDN widgets loads', () => {
  it('has pages to check', () => {
    expect(pages.map((page) => page.name)).to.include.members([
      'faq',
      'contact',
      'info-market',
      'all-three',
    ]);
  });

  for (const page of pages) {
    it(`${page.name} (${page.entries.join(', ')}): exactly the files npm run size weighs`, async () => {
      const id = `${run}-${page.name}`;
      // The contact widget loads its sending code at once when this origin's storage holds
      // outbox entries (other test files leave some): set them aside while the page loads.
      const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
      const aside = keys
        .filter((key): key is string => key?.startsWith('opvang-contact:outbox:') === true)
        .map((key) => [key, localStorage.getItem(key) ?? ''] as const);
      for (const [key] of aside) localStorage.removeItem(key);
      const frame = await load(id, page.entries);
      try {
        // A moment for anything loaded after the first evaluation (an `import()`).
        await new Promise((resolve) => setTimeout(resolve, 200));
        const requested = await executeServerCommand<string[], { page: string }>(
          'cdn-page-requests',
          {
            page: id,
          },
        );
        expect(requested, 'what the browser requested').to.deep.equal([...page.closure]);
        const body = frame.contentDocument?.body;
        for (const element of body?.children ?? []) {
          if (element.shadowRoot) widgets[element.localName]?.act(element.shadowRoot);
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        const after = await executeServerCommand<string[], { page: string }>('cdn-page-requests', {
          page: id,
        });
        expect(after, 'what the browser requested after the actions').to.deep.equal(
          [...page.closure, ...page.lazy].sort(),
        );
        expect(frame.contentWindow?.customElements.get('opvang-faq') !== undefined).to.equal(
          page.entries.some((entry) => entry.startsWith('opvang-faq')),
          'the scripts ran',
        );
      } finally {
        frame.remove();
        for (const [key, value] of aside) localStorage.setItem(key, value);
      }
    });
  }
});
