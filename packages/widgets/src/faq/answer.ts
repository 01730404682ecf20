import type { Block, Inline } from '@opvang/core/faq';
import { html, type TemplateResult } from 'lit';

/** How a text is shown: as it is, or with each search match in a `<mark part="match">`. */
export type Mark = (text: string) => (string | TemplateResult)[];

/** No search: each text as it is. */
export const unmarked: Mark = (text) => [text];

function inline(content: readonly Inline[], mark: Mark): TemplateResult[] {
  return content.map((run) =>
    typeof run === 'string'
      ? html`${mark(run)}`
      : run.type === 'emphasis'
        ? html`<em>${mark(run.text)}</em>`
        : html`<a href=${run.href}>${mark(run.text)}</a>`,
  );
}

/**
 * One block of an answer as elements, never as markup: a paragraph, a list or a link, with
 * search matches marked by `mark`.
 *
 * @example
 * ```ts
 * html`${item.answer.map((block) => answerBlock(block, mark))}`;
 * ```
 */
export function answerBlock(block: Block, mark: Mark): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${inline(block.content, mark)}</p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${inline(item, mark)}</li>`);
      return block.ordered === true ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'link':
      return html`<p>${inline([block], mark)}</p>`;
  }
}
