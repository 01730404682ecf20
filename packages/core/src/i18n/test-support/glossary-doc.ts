import { locales } from '../locale.js';
import type { FormRule, Term } from '../terms.js';

const cell = (text: string) => text.replace(/\|/gu, '\\|');

/**
 * The generated part of docs/glossary.md: the table in four languages, the renderings to
 * avoid, and what each *check* found, all from the term data, so that the doc cannot drift.
 */
export function glossaryMarkdown(terms: readonly Term[], rules: readonly FormRule[]): string {
  const lines: string[] = [
    '| concept (nl) | fr | de | en | avoid | status |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const term of terms) {
    const avoid = term.avoid
      .map((a) => `${a.locale}: ${a.text}${a.why === undefined ? '' : ` (${a.why})`}`)
      .join('; ');
    const status =
      term.check === undefined
        ? ''
        : term.check.status === 'confirmed'
          ? 'checked: confirmed'
          : `checked: best reading (${term.check.locales.join(', ')})`;
    lines.push(`| ${[term.nl, term.fr, term.de, term.en, avoid, status].map(cell).join(' | ')} |`);
  }
  lines.push('', '### What the checks found', '');
  for (const term of terms) {
    if (term.check === undefined) continue;
    const label = term.check.status === 'confirmed' ? 'Confirmed' : 'Best reading, not confirmed';
    lines.push(
      `- **${term.nl}** (${term.check.locales.join(', ')}). ${term.check.question} ${label}. ${term.check.finding}`,
    );
  }
  lines.push('', '### Rules of form the test checks', '');
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.rule)) continue;
    seen.add(rule.rule);
    const languages = rules
      .filter((other) => other.rule === rule.rule)
      .map((other) => other.locale);
    lines.push(
      `- ${rule.rule} (${languages.length === locales.length ? 'every language' : languages.join(', ')}).`,
    );
  }
  return `${lines.join('\n')}\n`;
}
