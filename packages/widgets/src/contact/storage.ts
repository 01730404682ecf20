/**
 * Storage that never throws. `localStorage` can be missing or blocked (private mode, a
 * browser setting: access throws) or full (any script on the site can fill it: `setItem`
 * throws `QuotaExceededError`). Whatever cannot be written there is kept in memory for this
 * page instead, so the widget goes on sending, and {@link ResilientStorage.volatile} tells it
 * to warn the resident that a reload would lose it.
 */
export class ResilientStorage implements Storage {
  readonly #backing: Storage | undefined;
  /** Items the backing storage refused; they shadow whatever it still holds under that key. */
  readonly #memory = new Map<string, string>();

  constructor(backing: () => Storage) {
    let storage: Storage | undefined;
    try {
      storage = backing();
      storage.getItem('opvang-contact:probe');
    } catch {
      storage = undefined;
    }
    this.#backing = storage;
  }

  /** True while something lives only in this page's memory: a reload or a closed tab loses it. */
  get volatile(): boolean {
    return this.#memory.size > 0;
  }

  get length(): number {
    return this.#keys().length;
  }

  clear(): void {
    this.#memory.clear();
    this.#try(() => this.#backing?.clear());
  }

  getItem(key: string): string | null {
    return this.#memory.get(key) ?? this.#try(() => this.#backing?.getItem(key)) ?? null;
  }

  key(index: number): string | null {
    return this.#keys()[index] ?? null;
  }

  removeItem(key: string): void {
    this.#memory.delete(key);
    this.#try(() => this.#backing?.removeItem(key));
  }

  setItem(key: string, value: string): void {
    if (
      this.#backing !== undefined &&
      this.#try(() => (this.#backing?.setItem(key, value), true))
    ) {
      this.#memory.delete(key);
      return;
    }
    this.#memory.set(key, value);
    // An older copy must not come back after the page's memory is gone.
    this.#try(() => this.#backing?.removeItem(key));
  }

  #keys(): string[] {
    const keys = new Set(this.#memory.keys());
    const backing = this.#backing;
    this.#try(() => {
      if (backing === undefined) return;
      for (let index = 0; index < backing.length; index += 1) {
        const key = backing.key(index);
        if (key !== null) keys.add(key);
      }
    });
    return [...keys];
  }

  #try<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      return undefined;
    }
  }
}

/** The page's `localStorage` where the browser allows it, made safe: see {@link ResilientStorage}. */
export const browserStorage = (): ResilientStorage =>
  new ResilientStorage(() => globalThis.localStorage);
