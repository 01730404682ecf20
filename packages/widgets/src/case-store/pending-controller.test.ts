import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HttpCaseStore } from './http-store.js';
import { PendingController } from './pending-controller.js';
import { PendingQueue } from './pending.js';
import { MemoryPendingStorage } from './pending-storage.js';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from './test-support/fake-server.js';

class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('PendingController', () => {
  it('runs the queue while the host is connected and keeps waiting and conflicts current', async () => {
    const server = new FakeCaseServer();
    server.seed(demoFacts('demo-1'));
    const store = new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
    const queue = new PendingQueue({ store, storeKey: BASE, storage: new MemoryPendingStorage() });
    const host = new Host();
    let current: PendingQueue | undefined = queue;
    const controller = new PendingController(host, () => current);
    expect(host.controllers).to.deep.equal([controller]);
    controller.hostConnected();
    server.offline = true;
    await queue.record('demo-1', 1, [
      {
        id: 'a',
        event: {
          kind: 'note-added',
          caseId: 'demo-1',
          at: '2026-11-30T11:00',
          actor: { role: 'liaison-officer' },
          text: 'x',
        },
      },
    ]);
    await controller.refresh();
    expect(controller.waiting.map((entry) => entry.id)).to.deep.equal(['a']);
    expect(controller.conflicts).to.deep.equal([]);
    expect(controller.volatile).to.equal(false);
    expect(host.updates).to.be.greaterThan(0);
    server.offline = false;
    globalThis.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await controller.refresh();
    expect(controller.waiting).to.deep.equal([]);
    controller.hostDisconnected();
    current = undefined;
    controller.sync();
    await controller.refresh();
  });
});
