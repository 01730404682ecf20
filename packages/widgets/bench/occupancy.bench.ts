// The occupancy dashboard benchmark (issue 17), in Chromium: <opvang-occupancy> with 300 centres,
// 52 weeks × 1000 paths. Two figures and their baselines, in the same run:
// - a slider step: the input event until the dashboard (required buffer, four charts, their
//   tables) is rendered and laid out, with the buffer search's memory filled as the widget fills
//   it in idle time. Target ≤ 16 ms median. Baseline: the same step with requiredBuffer from
//   scratch and the projection at its answer (what a slider without memory would do), then the
//   same redraw.
// - the first render: from the element's creation with the network as a property (checked with
//   parseNetwork) until its charts are rendered and laid out. Target ≤ 150 ms. Baseline: the
//   network checked, assessed, planned and projected once, without any DOM.
// Not an assertion: timings depend on the machine; read them beside the baselines.
import { assess, parseNetwork, plan, project, requiredBuffer } from '@opvang/core/buffer';
import '../src/occupancy/define.js';
import type { OpvangOccupancy } from '../src/occupancy/occupancy.js';
import { testNetwork } from '../src/occupancy/test-support/network.js';

const CENTRES = 300;
const STEPS = 30;
const BASELINE_STEPS = 5;
const ROUNDS = 8;

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const format = (ms: number): string => `${ms.toFixed(1).padStart(7)} ms`;
const both = (values: readonly number[]): string =>
  `${format(median(values))} median, ${format(Math.min(...values))} fastest (n = ${String(values.length)})`;

function layout(element: HTMLElement): void {
  element.getBoundingClientRect();
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- reading offsetHeight forces the layout being timed
  void element.offsetHeight;
}

async function mount(network: unknown): Promise<{ element: OpvangOccupancy; ms: number }> {
  const started = performance.now();
  const element: OpvangOccupancy = document.createElement('opvang-occupancy');
  element.setAttribute('lang', 'nl');
  element.network = network;
  document.body.append(element);
  for (let tries = 0; !element.shadowRoot?.querySelector('[data-chart="cost"] svg'); tries += 1) {
    if (tries > 1000) throw new Error('the dashboard never rendered its charts');
    await element.updateComplete;
  }
  layout(element);
  return { element, ms: performance.now() - started };
}

async function step(element: OpvangOccupancy, tolerance: number): Promise<number> {
  const slider = element.shadowRoot?.querySelector<HTMLInputElement>('#tolerance');
  if (!slider) throw new Error('no slider');
  const started = performance.now();
  slider.value = String(tolerance);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
  layout(element);
  return performance.now() - started;
}

describe(`<opvang-occupancy> with ${String(CENTRES)} centres, 52 weeks × 1000 paths`, () => {
  it('measures a slider step and the first render, beside their baselines', async () => {
    const network = testNetwork(CENTRES);
    const results = {
      first: [] as number[],
      core: [] as number[],
      step: [] as number[],
      scratch: [] as number[],
      fill: [] as number[],
    };
    for (let round = 0; round <= ROUNDS; round += 1) {
      const { element, ms } = await mount(network);
      const coreStart = performance.now();
      const parsed = parseNetwork(network);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const dashboard = element.dashboard;
      if (dashboard === undefined) throw new Error('no dashboard');
      assess(parsed.value, dashboard.policy);
      plan(parsed.value, dashboard.policy);
      project(parsed.value, dashboard.policy, dashboard.settings.forecast, {
        paths: 1000,
        seed: 1,
      });
      const core = performance.now() - coreStart;
      if (round > 0) {
        results.first.push(ms);
        results.core.push(core);
      }
      element.remove();
    }
    const { element } = await mount(network);
    const dashboard = element.dashboard;
    if (dashboard === undefined) throw new Error('no dashboard');
    // What the widget does in idle periods, all at once here: every tolerance of the slider.
    const fillStart = performance.now();
    dashboard.work(() => Number.POSITIVE_INFINITY);
    results.fill.push(performance.now() - fillStart);
    await step(element, 1);
    for (let index = 0; index < STEPS; index += 1)
      results.step.push(await step(element, 2 + (index % 48)));
    for (let index = 0; index < BASELINE_STEPS; index += 1) {
      const tolerance = 3 + index * 7;
      const started = performance.now();
      const need = requiredBuffer(
        dashboard.network,
        dashboard.policy,
        dashboard.settings.forecast,
        {
          maxProbabilityAbove: tolerance / 100,
          paths: 1000,
          seed: 1,
        },
      );
      if (!need.ok) throw new Error(need.error.message);
      project(dashboard.network, dashboard.policy, dashboard.settings.forecast, {
        paths: 1000,
        seed: 1,
        bufferPlaces: need.value.bufferPlaces ?? 0,
      });
      const computed = performance.now() - started;
      results.scratch.push(computed + (await step(element, tolerance)));
    }
    element.remove();
    console.log(
      [
        '',
        `<opvang-occupancy>, ${String(CENTRES)} centres, 52 weeks × 1000 paths`,
        `  slider step, memory filled (target ≤ 16 ms):                  ${both(results.step)}`,
        `  baseline: requiredBuffer from scratch + projection + redraw:   ${both(results.scratch)}`,
        `  filling the memory for all 50 tolerances (idle time, once):   ${both(results.fill)}`,
        `  first render (target ≤ 150 ms):                               ${both(results.first)}`,
        `  baseline: parse + assess + plan + one projection, no DOM:     ${both(results.core)}`,
      ].join('\n'),
    );
  });
});
