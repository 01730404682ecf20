import { expect } from '@open-wc/testing';
import { describeCaseError } from '@opvang/core/step-plan';
import { freshDatabase, openingEvent, stepEvent } from '../case/test-support/fixtures.js';
import { LocalCaseStore, StoreError, type CaseDocument } from './index.js';

const NOW = new Date('2025-03-29T09:00:00Z');

function store(databaseName = freshDatabase(), indexedDB?: IDBFactory | null): LocalCaseStore {
  return new LocalCaseStore({
    recordedBy: 'An Voorbeeld',
    databaseName,
    now: () => NOW,
    ...(indexedDB === undefined ? {} : { indexedDB }),
  });
}

async function opened(cases: LocalCaseStore): Promise<CaseDocument> {
  return cases.open({ id: 'open-1', event: openingEvent() });
}

const started = stepEvent('step-started', 'C.a', '2025-03-29T10:00');
const completed = stepEvent('step-completed', 'C.a', '2025-03-29T11:00');

describe('LocalCaseStore', () => {
  it('opens a case at version 1, with who recorded it and when (Brussels time)', async () => {
    const cases = store();
    const document = await opened(cases);
    expect(document.version).to.equal(1);
    expect(document.municipality).to.equal('Testdorp');
    expect(document.log.events).to.have.length(1);
    expect(document.records[0]).to.include({
      id: 'open-1',
      recordedBy: 'An Voorbeeld',
      recordedAt: '2025-03-29T10:00:00.000+01:00',
    });
    expect(await cases.read('demo-testdorp')).to.deep.equal(document);
    expect((await cases.list()).map((one) => one.caseId)).to.deep.equal(['demo-testdorp']);
    expect(cases.volatile).to.equal(false);
    await cases.close();
  });

  it('keeps the cases for the next visit (IndexedDB, not memory)', async () => {
    const name = freshDatabase();
    const first = store(name);
    await opened(first);
    await first.close();
    const second = store(name);
    expect((await second.read('demo-testdorp'))?.version).to.equal(1);
    await second.close();
  });

  it('opens a case once: the same submission again is a retry, another one is refused', async () => {
    const cases = store();
    const document = await opened(cases);
    expect(await opened(cases)).to.deep.equal(document);
    const refused = await cases
      .open({ id: 'open-2', event: openingEvent() })
      .catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(StoreError);
    expect((refused as StoreError).failure.kind).to.equal('invalid');
    await cases.close();
  });

  it('appends at the expected version and stores each event once (idempotent by id)', async () => {
    const cases = store();
    await opened(cases);
    const first = await cases.append('demo-testdorp', 1, [{ id: 'e-1', event: started }]);
    expect(first.kind).to.equal('appended');
    if (first.kind !== 'appended') return;
    expect(first.document.version).to.equal(2);
    expect(first.document.records.map((record) => record.id)).to.deep.equal(['open-1', 'e-1']);
    // The same event again, even at a stale version: dropped, and nothing changes.
    const again = await cases.append('demo-testdorp', 1, [{ id: 'e-1', event: started }]);
    expect(again).to.deep.equal({ kind: 'appended', document: first.document });
    // Mixed: the known one is dropped, the new one stored.
    const mixed = await cases.append('demo-testdorp', 2, [
      { id: 'e-1', event: started },
      { id: 'e-2', event: completed },
    ]);
    expect(mixed.kind === 'appended' && mixed.document.version).to.equal(3);
    await cases.close();
  });

  it('answers a stale version with a conflict and the current case, and stores nothing', async () => {
    const cases = store();
    await opened(cases);
    await cases.append('demo-testdorp', 1, [{ id: 'e-1', event: started }]);
    const outcome = await cases.append('demo-testdorp', 1, [{ id: 'e-2', event: completed }]);
    expect(outcome.kind).to.equal('conflict');
    expect(outcome.kind === 'conflict' && outcome.document.version).to.equal(2);
    expect((await cases.read('demo-testdorp'))?.version).to.equal(2);
    await cases.close();
  });

  it('rejects a batch with an event applyEvent refuses, names its index in the request, and stores none of it', async () => {
    const cases = store();
    await opened(cases);
    const outcome = await cases.append('demo-testdorp', 1, [
      { id: 'e-1', event: started },
      { id: 'e-2', event: stepEvent('step-completed', 'D.d', '2025-03-29T12:00') },
    ]);
    expect(outcome.kind).to.equal('rejected');
    if (outcome.kind !== 'rejected') return;
    expect(outcome.index).to.equal(1);
    expect(describeCaseError(outcome.rejection, 'en')).to.contain(
      'Step D.d can only be started or completed',
    );
    expect((await cases.read('demo-testdorp'))?.version).to.equal(1);
    await cases.close();
  });

  it('refuses appends to a case it does not hold, and bad ids', async () => {
    const cases = store();
    const missing = await cases
      .append('nothing-here', 1, [{ id: 'e-1', event: started }])
      .catch((error: unknown) => error);
    expect((missing as StoreError).failure.kind).to.equal('not-found');
    await opened(cases);
    const bad = await cases
      .append('demo-testdorp', 1, [{ id: 'no spaces', event: started }])
      .catch((error: unknown) => error);
    expect((bad as StoreError).failure.kind).to.equal('invalid');
    await cases.close();
  });

  it('tells another tab (another store on the same database) what changed', async () => {
    const name = freshDatabase();
    const [here, there] = [store(name), store(name)];
    await opened(here);
    let heard = 0;
    const stop = there.subscribe('demo-testdorp', () => (heard += 1));
    let heardOther = 0;
    const stopOther = there.subscribe('another-case', () => (heardOther += 1));
    await here.append('demo-testdorp', 1, [{ id: 'e-1', event: started }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).to.equal(1);
    expect(heardOther).to.equal(0);
    expect((await there.read('demo-testdorp'))?.version).to.equal(2);
    stop();
    stopOther();
    await Promise.all([here.close(), there.close()]);
  });

  it('without IndexedDB keeps the cases in memory and says a reload would lose them', async () => {
    const cases = store(freshDatabase(), null);
    await opened(cases);
    expect(cases.volatile).to.equal(true);
    const outcome = await cases.append('demo-testdorp', 1, [{ id: 'e-1', event: started }]);
    expect(outcome.kind === 'appended' && outcome.document.version).to.equal(2);
    expect((await cases.read('demo-testdorp'))?.version).to.equal(2);
    expect(await cases.list()).to.have.length(1);
  });

  it('when IndexedDB is full, keeps the write in memory, and moves it back once IndexedDB takes it', async () => {
    const cases = store();
    await opened(cases);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function full(): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const outcome = await cases.append('demo-testdorp', 1, [{ id: 'e-1', event: started }]);
      expect(outcome.kind === 'appended' && outcome.document.version).to.equal(2);
      expect(cases.volatile).to.equal(true);
      expect((await cases.read('demo-testdorp'))?.version).to.equal(2);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const next = await cases.append('demo-testdorp', 2, [{ id: 'e-2', event: completed }]);
    expect(next.kind === 'appended' && next.document.version).to.equal(3);
    expect(cases.volatile).to.equal(false);
    await cases.close();
  });
});
