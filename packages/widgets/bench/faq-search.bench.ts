// The FAQ search benchmark (issue 12): one keystroke in the search field of an <opvang-faq>
// with 200 items (the content model's limit), from the input event until the widget has
// rendered and the browser has laid it out. Runs the current widget and the baseline (the
// widget as it was, folding every item's text again on each keystroke: ./baseline/) on the
// same content, interleaved, and prints median and p95 of each. Target: one frame, 16 ms.
// Not an assertion: timings depend on the machine; read them beside the baseline.
import '../src/faq/define.js';
import { OpvangFaqBaseline } from './baseline/faq-baseline.js';

customElements.define('opvang-faq-baseline', OpvangFaqBaseline);

const ITEMS = 200;
const ROUNDS = 3;
/** What a resident types: words letter by letter, accents or not, then erased letter by letter. */
const WORDS = ['school', 'vrijwilliger', 'église', 'opvang', 'veiligheid', 'cafe', 'wie'];

function sentence(index: number, words: number): string {
  const vocabulary = [
    'het',
    'centrum',
    'opvang',
    'school',
    'gemeente',
    'vrijwilligers',
    'buren',
    'veiligheid',
    'politie',
    'informatie',
    'bewoners',
    'kinderen',
    'café',
    'église',
    'bijeenkomst',
    'contactpunt',
    'vragen',
    'Fedasil',
    'ontmoeting',
    'werk',
    'daarnaast',
    'overleg',
    'naïef',
    'coördinatie',
    'één',
    'wijk',
    'avond',
    'markt',
    'stand',
    'aanmelden',
  ];
  return Array.from(
    { length: words },
    (_, word) => vocabulary[(index * 7 + word * 13) % vocabulary.length],
  ).join(' ');
}

function content(): unknown {
  return {
    items: Array.from({ length: ITEMS }, (_, index) => ({
      id: `vraag-${index}`,
      category: [
        'Het centrum',
        'School',
        'Veiligheid',
        'Helpen',
        'Wonen',
        'Werk',
        'Gezondheid',
        'Contact',
      ][index % 8],
      language: 'nl',
      lastReviewed: '2026-11-01',
      question: `${sentence(index, 8)} (${index})?`,
      answer: [
        {
          type: 'paragraph',
          content: [
            `${sentence(index + 1, 30)}. `,
            { type: 'emphasis', text: sentence(index + 2, 4) },
            ` ${sentence(index + 3, 20)}.`,
          ],
        },
        {
          type: 'list',
          items: [
            [sentence(index + 4, 10)],
            [
              `${sentence(index + 5, 10)} `,
              { type: 'link', href: 'https://www.fedasil.be', text: 'Fedasil' },
            ],
          ],
        },
        { type: 'link', href: 'https://www.fedasil.be', text: `Meer over ${sentence(index, 3)}` },
      ],
    })),
  };
}

type Faq = HTMLElement & { content: unknown; updateComplete: Promise<boolean> };

/** Mounts a FAQ; returns how long until it had rendered and been laid out, in ms. */
async function mount(tag: string, data: unknown): Promise<{ element: Faq; ms: number }> {
  const started = performance.now();
  const element = document.createElement(tag) as Faq;
  element.content = data;
  document.body.append(element);
  await element.updateComplete;
  element.getBoundingClientRect();
  return { element, ms: performance.now() - started };
}

/** Types every word letter by letter and erases it again; one time per keystroke, in ms. */
async function keystrokes(element: Faq): Promise<number[]> {
  const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
  const list = element.shadowRoot?.querySelector('[part~="list"]') as HTMLElement;
  const times: number[] = [];
  for (const word of WORDS) {
    const values = Array.from(word).map((_, index) => word.slice(0, index + 1));
    for (const value of [...values, ...values.slice(0, -1).reverse(), '']) {
      const started = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
      // Style and layout now, as the next frame would: the keystroke is done when they are.
      list.getBoundingClientRect();
      // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- reading offsetHeight forces the layout being timed
      void list.offsetHeight;
      times.push(performance.now() - started);
    }
  }
  return times;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

const format = (ms: number): string => `${ms.toFixed(1).padStart(6)} ms`;

describe('FAQ search with 200 items', () => {
  it('measures one keystroke, now and before folding once', async () => {
    const data = content();
    const results: Record<string, { keys: number[]; mounts: number[] }> = {
      'opvang-faq': { keys: [], mounts: [] },
      'opvang-faq-baseline': { keys: [], mounts: [] },
    };
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const tag of round % 2 === 0
        ? ['opvang-faq', 'opvang-faq-baseline']
        : ['opvang-faq-baseline', 'opvang-faq']) {
        const { element, ms } = await mount(tag, data);
        const times = await keystrokes(element);
        element.remove();
        // Round 0 warms up the JIT and the style caches: not counted.
        if (round === 0) continue;
        results[tag]?.keys.push(...times);
        results[tag]?.mounts.push(ms);
      }
    }
    const lines = [
      '',
      `FAQ search, ${ITEMS} items, ${results['opvang-faq']?.keys.length ?? 0} keystrokes each (target: one keystroke ≤ 16 ms)`,
    ];
    lines.push('                         keystroke median   p95        upgrade median');
    for (const [tag, { keys, mounts }] of Object.entries(results)) {
      lines.push(
        `${tag.padEnd(24)} ${format(percentile(keys, 0.5))}       ${format(percentile(keys, 0.95))}  ${format(percentile(mounts, 0.5))}`,
      );
    }
    const now = results['opvang-faq'] as { keys: number[] };
    const before = results['opvang-faq-baseline'] as { keys: number[] };
    lines.push(
      `baseline / now, median keystroke: ${(percentile(before.keys, 0.5) / percentile(now.keys, 0.5)).toFixed(1)}×`,
    );
    console.log(lines.join('\n'));
  });
});
