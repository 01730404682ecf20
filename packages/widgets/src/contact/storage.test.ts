import { expect } from '@open-wc/testing';
import { ResilientStorage } from './storage.js';

/** A storage as a full or blocked localStorage behaves: every write (or every access) throws. */
function refusing(what: 'writes' | 'everything'): Storage {
  const items = new Map<string, string>([['old', 'kept before']]);
  const deny = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  const guard = <T>(action: () => T): T => (what === 'everything' ? deny() : action());
  return {
    get length() {
      return guard(() => items.size);
    },
    clear: () => guard(() => items.clear()),
    getItem: (key) => guard(() => items.get(key) ?? null),
    key: (index) => guard(() => [...items.keys()][index] ?? null),
    removeItem: (key) => guard(() => void items.delete(key)),
    setItem: deny,
  };
}

describe('storage that never throws', () => {
  it('keeps what a full storage refuses in memory, says so, and lists both', () => {
    const storage = new ResilientStorage(() => refusing('writes'));
    expect(storage.volatile).to.equal(false);
    storage.setItem('new', 'only in memory');
    expect(storage.volatile).to.equal(true);
    expect(storage.getItem('new')).to.equal('only in memory');
    expect(storage.getItem('old')).to.equal('kept before');
    expect([storage.key(0), storage.key(1)].sort()).to.deep.equal(['new', 'old']);
    expect(storage.length).to.equal(2);
    storage.removeItem('new');
    expect(storage.volatile, 'nothing left to lose').to.equal(false);
    storage.clear();
  });

  it('works from memory when storage cannot even be opened', () => {
    const storage = new ResilientStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    storage.setItem('a', '1');
    expect(storage.getItem('a')).to.equal('1');
    expect(storage.volatile).to.equal(true);
    storage.clear();
    expect(storage.length).to.equal(0);
  });

  it('reads nothing, and throws nothing, from a storage whose every access throws', () => {
    const storage = new ResilientStorage(() => refusing('everything'));
    expect(storage.getItem('old')).to.equal(null);
    expect(storage.length).to.equal(0);
    storage.removeItem('old');
    storage.setItem('a', '1');
    expect(storage.getItem('a')).to.equal('1');
  });
});
