import { catalogueItem } from '@opvang/core/catalogue';
import { locales, type Locale } from '@opvang/core/i18n';
import { decode, list, object, oneOf, text } from '@opvang/core/shared';

/** What the officer is putting together: the municipality, its language and the items, in the order chosen. */
export interface PackageSelection {
  readonly municipality: string;
  readonly language: Locale;
  readonly items: readonly string[];
}

/** Where the selection was last kept. */
export type Saved = 'stored' | 'memory-only';

/** No municipality yet, in Dutch (the language of most municipalities AgII works with), nothing chosen. */
export const emptySelection: PackageSelection = { municipality: '', language: 'nl', items: [] };

const stored = object({
  // A text, so that a later shape can be told apart; `oneOf` takes strings.
  version: oneOf(['1'] as const),
  municipality: text({ max: 200 }),
  language: oneOf(locales),
  items: list(text({ max: 120 }), 0, 200),
});

/** A stored selection, or `undefined` when it is damaged or of another shape; ids the catalogue no longer has are dropped. */
function readStored(raw: string): PackageSelection | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const read = decode('support package', stored, parsed);
  if (!read.ok) return undefined;
  const known = read.value.items.filter((id) => catalogueItem(id) !== undefined);
  return {
    municipality: read.value.municipality,
    language: read.value.language,
    items: [...new Set(known)],
  };
}

/**
 * The localStorage key of the selection of the catalogue with this fragment prefix.
 *
 * @example
 * ```ts
 * selectionKey('catalogue'); // 'opvang-catalogue:catalogue:package'
 * ```
 */
export function selectionKey(prefix: string): string {
  return `opvang-catalogue:${prefix}:package`;
}

/**
 * Keeps the support package's selection in `localStorage` under a key of its own, so it survives
 * a reload; and when the browser refuses (storage full, turned off, a private window), in memory,
 * saying so: nothing the officer chose is lost while the page is open.
 *
 * @example
 * ```ts
 * const keeper = new SelectionKeeper('catalogue');
 * keeper.selection.items; // what was chosen before the reload
 * keeper.update({ ...keeper.selection, items: ['buddy-scheme'] }); // 'stored' or 'memory-only'
 * ```
 */
export class SelectionKeeper {
  #selection: PackageSelection = emptySelection;
  #saved: Saved = 'stored';

  constructor(
    readonly prefix: string,
    private readonly storage: () => Storage = () => globalThis.localStorage,
  ) {
    let raw: string | null = null;
    try {
      raw = this.storage().getItem(selectionKey(prefix));
    } catch {
      // Storage that cannot be read is storage that cannot be written either: say so now.
      this.#saved = 'memory-only';
    }
    if (raw !== null) this.#selection = readStored(raw) ?? emptySelection;
  }

  /** The selection now. */
  get selection(): PackageSelection {
    return this.#selection;
  }

  /** Whether the last change reached the browser's storage. */
  get saved(): Saved {
    return this.#saved;
  }

  /** Takes a new selection and tries to store it; it is kept in memory whatever happens. */
  update(next: PackageSelection): Saved {
    this.#selection = next;
    try {
      this.storage().setItem(
        selectionKey(this.prefix),
        JSON.stringify({
          version: '1',
          municipality: next.municipality,
          language: next.language,
          items: next.items,
        }),
      );
      this.#saved = 'stored';
    } catch {
      this.#saved = 'memory-only';
    }
    return this.#saved;
  }

  /** Adds or removes one item. */
  toggle(id: string, wanted: boolean): Saved {
    const items = this.#selection.items.filter((item) => item !== id);
    return this.update({ ...this.#selection, items: wanted ? [...items, id] : items });
  }
}
