import { countByOpeningYear, countByProvince, countOpenClosed, declinedSupport, deployments, durations, noteText, provinceName, stateLabel } from '../index.js';

/**
 * The markdown tables of `docs/register.md`, generated from the data (test-support; a test
 * checks the page contains them). Run: `npx tsx src/register/test-support/render-docs.ts`.
 */
export function renderRegisterTables(): string {
  const rows = deployments.map((d) => {
    const segs = d.parsed.segments.map((s) => (s.period ? `${stateLabel(s.state, 'en')} ${s.period.start}…${s.period.end} (${s.period.precision})` : stateLabel(s.state, 'en'))).join('; ');
    const notes = d.parsed.notes.map((n) => noteText(n, 'en')).join(' ');
    return `| ${d.id} | ${provinceName(d.province, 'en')} | ${d.municipality} | \`${d.raw.trim()}\` | ${d.parsed.start}…${d.parsed.end} | ${d.parsed.precision} | ${segs} | ${notes} |`;
  });
  const byProvince = Object.entries(countByProvince(deployments)).map(([p, n]) => `| ${p} | ${n} |`);
  const byYear = Object.entries(countByOpeningYear(deployments)).sort().map(([y, n]) => `| ${y} | ${n} |`);
  const oc = countOpenClosed(deployments);
  const dur = durations(deployments).map((d) => `| ${d.id} | ${d.municipality} | ${d.minDays} | ${d.maxDays} |`);
  const declined = declinedSupport.map((d) => `| ${d.municipality} | ${d.inRegister ? 'yes' : 'no'} |`);
  return [
    '| Source line | Province | Municipality | Raw text | Interval (first fact) | Precision | Facts | Notes |',
    '|---|---|---|---|---|---|---|---|', ...rows, '',
    '| Province | Deployments |', '|---|---|', ...byProvince, `| total | ${deployments.length} |`, '',
    '| Year of first fact | Deployments |', '|---|---|', ...byYear, '',
    `Open: ${oc.open}; closed: ${oc.closed}.`, '',
    '| Source line | Municipality | Min days | Max days |', '|---|---|---|---|', ...dur, '',
    '| Declined support | In the register |', '|---|---|', ...declined,
  ].join('\n');
}

if (process.argv[1]?.endsWith('render-docs.ts')) console.log(renderRegisterTables());
