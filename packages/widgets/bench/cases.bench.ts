// The portfolio benchmark (issue 16): <opvang-cases> with 300 cases, from the element's creation
// until its table is rendered and laid out (every case rebuilt with loadCase and judged with
// caseStatus on the way), and caseStatus alone for 300 cases. Baselines in the same run: the
// same 300 rows as a plain HTML table written with innerHTML (the DOM's own cost, nothing
// computed), and loadCase alone for the 300 logs. Targets: render ≤ 100 ms, caseStatus ≤ 10 ms.
// Not an assertion: timings depend on the machine; read them beside the baselines.
import { caseStatus, loadCase, type CaseEvent, type CaseState } from '@opvang/core/step-plan';
import { demoFacts, FakeCaseServer } from '../src/case-store/test-support/fake-server.js';
import type { CaseDocument, CaseStore } from '../src/case-store/types.js';
import '../src/cases/define.js';
import type { OpvangCases } from '../src/cases/cases.js';

const CASES = 300;
const ROUNDS = 15;
const NOW = new Date('2026-12-05T09:00:00+01:00');
const actor = { role: 'liaison-officer', name: 'Bench' } as const;

/** 300 fictional cases at different stages: just opened, contact done, a few steps further. */
function documents(): CaseDocument[] {
  const server = new FakeCaseServer();
  for (let index = 0; index < CASES; index += 1) {
    const caseId = `bench-${String(index)}`;
    const day = 1 + (index % 28);
    const facts = demoFacts(caseId, {
      municipality: `Demodorp ${String(index % 40)}`,
      confirmedAt: `2026-11-${String(day).padStart(2, '0')}T10:00`,
      targetGroups: index % 3 === 0 ? ['unaccompanied-minors'] : ['adults'],
    });
    const events: CaseEvent[] = [];
    const at = (hour: number) => `2026-11-${String(day).padStart(2, '0')}T${String(hour)}:00`;
    if (index % 4 !== 0)
      events.push({ kind: 'step-completed', caseId, step: 'C.a', at: at(11), actor });
    if (index % 4 === 2)
      events.push({ kind: 'step-started', caseId, step: 'C.b', at: at(12), actor });
    if (index % 5 === 0)
      events.push({ kind: 'note-added', caseId, at: at(13), actor, text: 'gebeld' });
    server.seed(facts, ...events);
  }
  return [...server.cases.keys()].map((caseId) => server.document(caseId));
}

class ArrayStore implements CaseStore {
  constructor(readonly cases: readonly CaseDocument[]) {}
  list(): Promise<readonly CaseDocument[]> {
    return Promise.resolve(this.cases);
  }
  read(caseId: string): Promise<CaseDocument | undefined> {
    return Promise.resolve(this.cases.find((doc) => doc.caseId === caseId));
  }
  open(): Promise<CaseDocument> {
    return Promise.reject(new Error('read only'));
  }
  append(): Promise<never> {
    return Promise.reject(new Error('read only'));
  }
  subscribe(): () => void {
    return () => undefined;
  }
}

async function renderWidget(store: CaseStore): Promise<number> {
  const started = performance.now();
  const element: OpvangCases = document.createElement('opvang-cases');
  element.setAttribute('lang', 'nl');
  element.now = NOW;
  element.caseStore = store;
  document.body.append(element);
  for (let tries = 0; !element.shadowRoot?.querySelector('tbody'); tries += 1) {
    if (tries > 10_000) throw new Error('the portfolio never rendered its table');
    await element.updateComplete;
  }
  element.getBoundingClientRect();
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- reading offsetHeight forces the layout being timed
  void element.offsetHeight;
  const ms = performance.now() - started;
  element.remove();
  return ms;
}

function renderPlainTable(cases: readonly CaseDocument[]): number {
  const started = performance.now();
  const host = document.createElement('div');
  host.innerHTML = `<table><tbody>${cases
    .map(
      (doc) =>
        `<tr><th><a href="case.html?id=${doc.caseId}">${doc.municipality}</a></th><td>Provincie onbekend</td><td>3 van 20 stappen</td><td>C.b Eerste contact</td><td>5 dec. 2026 10:00</td></tr>`,
    )
    .join('')}</tbody></table>`;
  document.body.append(host);
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- reading offsetHeight forces the layout being timed
  void host.offsetHeight;
  const ms = performance.now() - started;
  host.remove();
  return ms;
}

function timeLoad(cases: readonly CaseDocument[]): { ms: number; states: CaseState[] } {
  const started = performance.now();
  const states = cases.map((doc) => {
    const loaded = loadCase(doc.log);
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  });
  return { ms: performance.now() - started, states };
}

function timeStatus(states: readonly CaseState[]): number {
  const started = performance.now();
  let overdue = 0;
  for (const state of states) overdue += caseStatus(state, NOW).overdue.length;
  const ms = performance.now() - started;
  if (overdue < 0) throw new Error('unreachable');
  return ms;
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const format = (ms: number): string => `${ms.toFixed(1).padStart(6)} ms`;
/** Median and the fastest round: on a shared machine the fastest is the nearest to the work itself. */
const both = (values: readonly number[]): string =>
  `${format(median(values))} median, ${format(Math.min(...values))} fastest`;

describe(`<opvang-cases> with ${String(CASES)} cases`, () => {
  it('measures the render and caseStatus, beside their baselines', async () => {
    const cases = documents();
    const store = new ArrayStore(cases);
    const results = {
      widget: [] as number[],
      plain: [] as number[],
      load: [] as number[],
      status: [] as number[],
    };
    for (let round = 0; round <= ROUNDS; round += 1) {
      const widget = await renderWidget(store);
      const plain = renderPlainTable(cases);
      const { ms: load, states } = timeLoad(cases);
      const status = timeStatus(states);
      // Round 0 warms up the JIT and the style caches: not counted.
      if (round === 0) continue;
      results.widget.push(widget);
      results.plain.push(plain);
      results.load.push(load);
      results.status.push(status);
    }
    console.log(
      [
        '',
        `<opvang-cases>, ${String(CASES)} cases, ${String(ROUNDS)} rounds after a warm-up`,
        `  render, loadCase + caseStatus included (target ≤ 100 ms): ${both(results.widget)}`,
        `  baseline: the same rows as a plain innerHTML table:       ${both(results.plain)}`,
        `  caseStatus for ${String(CASES)} cases (target ≤ 10 ms):            ${both(results.status)}`,
        `  baseline: loadCase for the same ${String(CASES)} logs:              ${both(results.load)}`,
      ].join('\n'),
    );
  });
});
