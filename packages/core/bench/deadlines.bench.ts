// Deadlines: our implementation against the straightforward one (luxon arithmetic day by day
// plus the date-holidays package), in the same run, on the same 100 000 random inputs.
// Checks that both give identical due instants, then prints throughputs and the ratio.
// Run: pnpm bench deadlines   (from the repository root: npm run bench)
import { DateTime } from 'luxon';
import {
  belgianCalendar,
  deadline,
  elapsedHours,
  workingDays,
  type DeadlineRule,
} from '../dist/deadlines/index.js';
import { baselineElapsed, baselineWorking } from '../src/deadlines/test-support/luxon-baseline.js';

const COUNT = 100_000;
const ZONE = 'Europe/Brussels';

/** mulberry32: a small seeded generator, so every run uses the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const next = random(20_240_331);
const from = Date.UTC(2020, 0, 1);
const to = Date.UTC(2030, 11, 31);
const inputs = Array.from({ length: COUNT }, (_, index) => {
  const instant = DateTime.fromMillis(from + Math.floor((next() * (to - from)) / 60_000) * 60_000, {
    zone: ZONE,
  });
  // Half with an offset, half as Brussels wall-clock time without one.
  const text = index % 2 === 0 ? (instant.toISO() ?? '') : instant.toFormat("yyyy-MM-dd'T'HH:mm");
  return { text, hours: 1 + Math.floor(next() * 168), days: 1 + Math.floor(next() * 5) };
});

const closingDays = ['2025-05-02', '2026-05-15', '2027-12-24'];
const calendar = belgianCalendar({ community: 'flemish', closingDays });

// The baseline, what one writes without thinking about speed, is shared with the property
// tests, which check it against ours on generated edge cases.
const baselineCalendar = { community: 'flemish', closingDays } as const;
const baselineWorkingHere = (text: string, days: number) =>
  baselineWorking(text, days, baselineCalendar);

function ours(text: string, rule: DeadlineRule): string {
  const result = deadline(text, rule, calendar);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.due;
}

/**
 * Times ours and the baseline in alternating rounds and keeps each one's best: on a shared
 * machine the load changes during a run, and alternating exposes both to the same load.
 */
function timeSideBySide(
  a: () => string[],
  b: () => string[],
  rounds = 4,
): [{ results: string[]; perSecond: number }, { results: string[]; perSecond: number }] {
  a(); // warm-up
  b();
  let bestA = Number.POSITIVE_INFINITY;
  let bestB = Number.POSITIVE_INFINITY;
  let resultsA: string[] = [];
  let resultsB: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let begin = performance.now();
    resultsA = a();
    bestA = Math.min(bestA, performance.now() - begin);
    begin = performance.now();
    resultsB = b();
    bestB = Math.min(bestB, performance.now() - begin);
  }
  return [
    { results: resultsA, perSecond: (COUNT / bestA) * 1000 },
    { results: resultsB, perSecond: (COUNT / bestB) * 1000 },
  ];
}

function time(run: () => string[]): { results: string[]; perSecond: number } {
  run(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  let results: string[] = [];
  for (let round = 0; round < 3; round += 1) {
    const begin = performance.now();
    results = run();
    best = Math.min(best, performance.now() - begin);
  }
  return { results, perSecond: (COUNT / best) * 1000 };
}

function timeOnce(run: () => string[]): { results: string[]; perSecond: number } {
  const begin = performance.now();
  const results = run();
  return { results, perSecond: (COUNT / (performance.now() - begin)) * 1000 };
}

let mismatches = 0;
function compare(name: string, a: string[], b: string[]): void {
  for (let index = 0; index < COUNT; index += 1) {
    if (a[index] !== b[index]) {
      if (mismatches < 5)
        console.error(
          `${name}: input ${JSON.stringify(inputs[index])}: ours ${a[index]}, baseline ${b[index]}`,
        );
      mismatches += 1;
    }
  }
}

const format = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
function report(
  name: string,
  target: number,
  our: { perSecond: number },
  base: { perSecond: number },
): void {
  const ratio = our.perSecond / base.perSecond;
  console.log(
    `${name.padEnd(22)} ours ${format(our.perSecond).padStart(14)}   baseline ${format(base.perSecond).padStart(12)}   ratio ${ratio.toFixed(0).padStart(5)}×   (target ≥${target}×: ${ratio >= target ? 'met' : 'NOT met'})`,
  );
}

console.log(
  `${COUNT.toLocaleString('en-US')} random inputs, 2020–2030, half with an offset; Node ${process.version}`,
);

const [elapsedOurs, elapsedBase] = timeSideBySide(
  () => inputs.map((input) => ours(input.text, elapsedHours(input.hours))),
  () => inputs.map((input) => baselineElapsed(input.text, input.hours)),
);
compare('elapsedHours', elapsedOurs.results, elapsedBase.results);
report('elapsedHours(1–168)', 30, elapsedOurs, elapsedBase);

const workingOurs = time(() => inputs.map((input) => ours(input.text, workingDays(input.days))));
// The baseline is slow (date-holidays takes about a millisecond per day asked), so one timed
// pass is already minutes long; it runs once. Deadlines here are days, not weeks: 1–5 working days.
const workingBase = timeOnce(() =>
  inputs.map((input) => baselineWorkingHere(input.text, input.days)),
);
compare('workingDays', workingOurs.results, workingBase.results);
report('workingDays(1–5)', 300, workingOurs, workingBase);

if (mismatches > 0) {
  console.error(`${mismatches} results differ from the baseline`);
  process.exit(1);
}
console.log('All results identical to the baseline.');
