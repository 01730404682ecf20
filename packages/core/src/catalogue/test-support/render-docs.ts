import { formatCitation } from '../../shared/index.js';
import {
  catalogue,
  describeCatalogueKind,
  describeQuestionKind,
  referrals,
  type SourceRef,
} from '../index.js';

// In the docs' one citation format, which shared/citation.test.ts checks against sources/.
const lines = (source: SourceRef): string => formatCitation(source);

// A pipe inside a cell would end it.
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * The markdown tables of `docs/catalogue.md`, generated from the data (test-support; a test
 * checks the page contains them). Run: `npx tsx src/catalogue/test-support/render-docs.ts`.
 */
export function renderCatalogueTables(): string {
  const items = catalogue.map(
    (item) =>
      `| \`${item.id}\` | ${item.kind} | ${cell(item.label.nl)} | ${item.steps.join(', ') || '—'} | ${item.audience.join(', ')} | ${item.phase} | ${[item.source, ...(item.seeAlso ?? [])].map(lines).join('; ')} |`,
  );
  const counts = [...new Set(catalogue.map((item) => item.kind))].map(
    (kind) =>
      `| ${kind} | ${describeCatalogueKind(kind, 'nl')} | ${catalogue.filter((item) => item.kind === kind).length} |`,
  );
  const map = referrals.map(
    (entry) =>
      `| \`${entry.id}\` | ${cell(entry.name)} | ${cell(entry.explanation.en)} | ${entry.questionKinds.map((k) => `${k} (${describeQuestionKind(k, 'nl')})`).join(', ')} | ${cell(entry.when.nl)} | ${[entry.source, ...entry.seeAlso].map(lines).join('; ')} |`,
  );
  return [
    '| Kind | Dutch name | Items |',
    '|---|---|---|',
    ...counts,
    `| total | | ${catalogue.length} |`,
    '',
    '| Id | Kind | Dutch label | Steps | Audience | Phase | Source |',
    '|---|---|---|---|---|---|---|',
    ...items,
    '',
    '| Id | Service | What it is | Question kinds | When to go here (nl) | Source |',
    '|---|---|---|---|---|---|',
    ...map,
  ].join('\n');
}

if (process.argv[1]?.endsWith('render-docs.ts')) console.log(renderCatalogueTables());
