import { highlightRanges, type Block, type FaqSearchIndex, type Inline } from '@opvang/core/faq';
import { html, type TemplateResult } from 'lit';

/** What to mark in a text: the search index and the folded needle (empty: nothing). */
export interface Marking {
  readonly index: FaqSearchIndex;
  readonly needle: string;
}

/**
 * A text with each search match in a `<mark part="match">`.
 *
 * @example
 * ```ts
 * html`<span>${marked(item.question, { index, needle: 'school' })}</span>`;
 * ```
 */
export function marked(text: string, { index, needle }: Marking): (string | TemplateResult)[] {
  if (needle === '') return [text];
  const runs: (string | TemplateResult)[] = [];
  let at = 0;
  for (const { start, end } of highlightRanges(index, text, needle)) {
    if (start > at) runs.push(text.slice(at, start));
    runs.push(html`<mark part="match">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) runs.push(text.slice(at));
  return runs;
}

function inline(content: readonly Inline[], marking: Marking): TemplateResult[] {
  return content.map((run) =>
    typeof run === 'string'
      ? html`${marked(run, marking)}`
      : run.type === 'emphasis'
        ? html`<em>${marked(run.text, marking)}</em>`
        : html`<a href=${run.href}>${marked(run.text, marking)}</a>`,
  );
}

/**
 * One block of an answer as elements, never as markup: a paragraph, a list or a link, with
 * search matches marked.
 *
 * @example
 * ```ts
 * html`${item.answer.map((block) => answerBlock(block, marking))}`;
 * ```
 */
export function answerBlock(block: Block, marking: Marking): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${inline(block.content, marking)}</p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${inline(item, marking)}</li>`);
      return block.ordered === true ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'link':
      return html`<p>${inline([block], marking)}</p>`;
  }
}
