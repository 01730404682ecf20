// HttpCaseStore against the REAL case server (started by case-server-plugin.mjs, on another
// origin than the test page, so CORS is exercised too): every answer of the contract maps onto
// the store interface as the fake server's tests say.
import { expect } from '@open-wc/testing';
import type { CaseEvent } from '@opvang/core/step-plan';
import { executeServerCommand } from '@web/test-runner-commands';
import { HttpCaseStore } from './http-store.js';
import { demoFacts, openingEvent } from './test-support/fake-server.js';
import { StoreError, type StoreFailure } from './types.js';

interface Server {
  readonly url: string;
  readonly token: string;
  readonly tokens: {
    readonly officer: string;
    readonly viewer: string;
    readonly elsewhere: string;
  };
}

const actor = { role: 'liaison-officer', name: 'Test' } as const;

async function failureOf(promise: Promise<unknown>): Promise<StoreFailure['kind']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error.failure.kind;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('HttpCaseStore against the real case server', function () {
  this.timeout(60_000);
  let server: Server;
  let caseId: string;
  const note = (at: string): CaseEvent => ({ kind: 'note-added', caseId, at, actor, text: 'x' });

  before(async () => {
    server = await executeServerCommand<Server, undefined>('case-server');
    caseId = `http-${String(Date.now())}`;
  });

  const as = (token: string | undefined, pollMs?: number) =>
    new HttpCaseStore({
      baseUrl: server.url,
      ...(token === undefined ? {} : { token }),
      ...(pollMs === undefined ? {} : { pollMs }),
    });

  it('opens, reads, lists and appends, with conflicts and refusals as the contract says', async () => {
    const officer = as(server.tokens.officer);
    const opening = { id: `open-${caseId}`, event: openingEvent(demoFacts(caseId)) };
    const opened = await officer.open(opening);
    expect(opened.version).to.equal(1);
    expect((await officer.open(opening)).version, 'the same id again is a retry').to.equal(1);
    expect((await officer.list()).some((doc) => doc.caseId === caseId)).to.equal(true);
    expect(await officer.read('no-such-case')).to.equal(undefined);

    const first = { id: `${caseId}-1`, event: note('2026-11-30T11:00') };
    const appended = await officer.append(caseId, 1, [first]);
    expect(appended.kind).to.equal('appended');
    expect((await officer.append(caseId, 1, [first])).kind, 'a retried id').to.equal('appended');
    const stale = await officer.append(caseId, 1, [
      { id: `${caseId}-2`, event: note('2026-11-30T11:05') },
    ]);
    expect(stale.kind).to.equal('conflict');
    if (stale.kind === 'conflict') expect(stale.document.version).to.equal(2);
    const refused = await officer.append(caseId, 2, [
      { id: `${caseId}-3`, event: note('2026-11-30T11:10') },
      { id: `${caseId}-4`, event: note('2026-11-30T09:00') },
    ]);
    expect(refused.kind).to.equal('rejected');
    if (refused.kind === 'rejected') {
      expect(refused.index).to.equal(1);
      expect(refused.rejection).to.include({ code: 'out-of-order' });
    }
    const read = await officer.read(caseId);
    expect(read?.version, 'nothing of a refused batch').to.equal(2);
    expect(read?.records[1]?.recordedBy).to.be.a('string');
  });

  it('refuses without a token, to a viewer that writes, and to another municipality', async () => {
    expect(await failureOf(as(undefined).list())).to.equal('unauthenticated');
    expect(await failureOf(as('opv_nobody_secret').read(caseId))).to.equal('unauthenticated');
    const viewer = as(server.tokens.viewer);
    expect((await viewer.read(caseId))?.caseId).to.equal(caseId);
    expect(
      await failureOf(
        viewer.append(caseId, 2, [{ id: `${caseId}-v`, event: note('2026-11-30T12:00') }]),
      ),
    ).to.equal('forbidden');
    const elsewhere = as(server.tokens.elsewhere);
    expect(await failureOf(elsewhere.read(caseId))).to.equal('forbidden');
    expect((await elsewhere.list()).some((doc) => doc.caseId === caseId)).to.equal(false);
  });

  it('hears of another person’s append within a poll', async () => {
    const watcher = as(server.tokens.officer, 50);
    const version = (await watcher.read(caseId))?.version ?? 0;
    let calls = 0;
    const stop = watcher.subscribe(caseId, () => (calls += 1));
    await new Promise((resolve) => setTimeout(resolve, 120));
    await as(server.tokens.officer).append(caseId, version, [
      { id: `${caseId}-other`, event: note('2026-11-30T13:00') },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(calls).to.equal(1);
  });
});
