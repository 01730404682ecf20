import {
  countByOpeningYear,
  countByProvince,
  countClosures,
  deployments,
  noSupportNeeded,
  describePeriodNote,
  describeSourceNote,
  describeDeploymentState,
} from '../index.js';
import { describeProvince } from '../../provinces/index.js';

/**
 * The markdown tables of `docs/register.md`, generated from the data (test-support; a test
 * checks the page contains them). Run: `npx tsx src/register/test-support/render-docs.ts`.
 * No durations and no "open" count: the dates are the deployments' as the source lists them.
 */
export function renderRegisterTables(): string {
  const rows = deployments.map((d) => {
    const segs = d.parsed.segments
      .map((s) =>
        s.period
          ? `${describeDeploymentState(s.state, 'en')} ${s.period.start}…${s.period.end} (${s.period.precision})`
          : describeDeploymentState(s.state, 'en'),
      )
      .join('; ');
    const notes = [
      ...d.sourceNotes.map((n) => describeSourceNote(n, 'en')),
      ...d.parsed.notes.map((n) => describePeriodNote(n, 'en')),
    ].join(' ');
    const place = d.place === d.municipality ? d.place : `${d.place} (${d.municipality})`;
    return `| ${d.id} | ${describeProvince(d.province, 'en')} | ${place} | \`${d.raw.trim()}\` | ${d.parsed.start}…${d.parsed.end} | ${d.parsed.precision} | ${segs} | ${notes} |`;
  });
  const byProvince = Object.entries(countByProvince(deployments)).map(
    ([p, n]) => `| ${p} | ${n} |`,
  );
  const byYear = Object.entries(countByOpeningYear(deployments))
    .sort()
    .map(([y, n]) => `| ${y} | ${n} |`);
  const closures = countClosures(deployments);
  const noNeed = noSupportNeeded.map(
    (d) => `| ${d.municipality} | ${d.inRegister ? 'yes' : 'no'} |`,
  );
  return [
    '| Source line | Province | Place as written (municipality) | Raw text | Interval (first fact) | Precision | Facts | Notes |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| Province | Deployments |',
    '|---|---|',
    ...byProvince,
    `| total | ${deployments.length} |`,
    '',
    '| Year of first fact | Deployments |',
    '|---|---|',
    ...byYear,
    '',
    `No closure reported in the source (2023): ${closures.noClosureReported}; a closure reported: ${closures.closureReported}.`,
    '',
    '| Said it did not need support | In the register |',
    '|---|---|',
    ...noNeed,
  ].join('\n');
}

if (process.argv[1]?.endsWith('render-docs.ts')) console.log(renderRegisterTables());
