import type { FaqItem } from '@opvang/core/faq';
import type { StructuredData } from './structured-data.js';

/**
 * Where the JSON-LD writer comes from: a dynamic `import()`, so that a FAQ without
 * `structured-data` (the default) does not download the writer and schema.org's shape. An object
 * with one function, so that a test can make the import fail as it would offline.
 */
export const structuredDataChunk = {
  load: async (): Promise<typeof StructuredData> =>
    (await import('./structured-data.js')).StructuredData,
};

/**
 * {@link StructuredData}, loaded the first time there are questions to write: until then nothing
 * is in the head, and the questions written once it is there are the latest. When it cannot be
 * loaded (offline), the page has no structured data, and the next write tries again.
 *
 * @example
 * ```ts
 * const data = new LazyStructuredData();
 * data.write(element.items); // in updated(); `data.pending` until the writer is there
 * data.write([]); // on disconnect, or when structured-data is off
 * ```
 */
export class LazyStructuredData {
  #writer: StructuredData | undefined;
  #loading: Promise<void> | undefined;
  #items: readonly FaqItem[] = [];

  /** The writer being loaded, if any: the widget's `updateComplete` waits for it. */
  get pending(): Promise<void> | undefined {
    return this.#loading;
  }

  write(items: readonly FaqItem[]): void {
    this.#items = items;
    if (this.#writer) this.#writer.write(items);
    else if (items.length > 0)
      this.#loading ??= structuredDataChunk.load().then(
        (Writer) => {
          this.#loading = undefined;
          this.#writer = new Writer();
          this.#writer.write(this.#items);
        },
        () => {
          this.#loading = undefined;
        },
      );
  }
}
