import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { loadCase, toEventLog } from '@opvang/core/step-plan';
import { LocalCaseStore } from '../case-store/index.js';
import type { OpvangCase } from './case.js';
import { freshDatabase, openingEvent, stepEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  resetClock,
  setClock,
  settle,
  shadow,
  shadowText,
  tagOf,
} from './test-support/case-page.js';

const EVENTS = [
  stepEvent('step-completed', 'C.a', '2025-03-29T09:00'),
  stepEvent('step-started', 'C.b', '2025-03-29T09:30'),
];

/** Clicks the export button and returns what the browser was asked to download. */
async function exported(element: OpvangCase): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  const links: HTMLAnchorElement[] = [];
  HTMLAnchorElement.prototype.click = function capture(this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    const button = [...shadow(element).querySelectorAll('button')].find((one) =>
      one.textContent?.includes('JSON'),
    );
    button?.click();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  const link = links[0];
  if (link === undefined) throw new Error('nothing was downloaded');
  return { name: link.download, text: await (await fetch(link.href)).text() };
}

/** Chooses a file in the import control, as a person would. */
async function importText(element: OpvangCase, text: string): Promise<void> {
  const input = shadow(element).querySelector<HTMLInputElement>('#import') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([text], 'log.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

const importError = (element: OpvangCase): string =>
  shadow(element).querySelector('#import-error')?.textContent?.trim() ?? '';

describe('<opvang-case>: the event log', () => {
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(resetClock);

  it('exports the versioned log (toEventLog) and imports it into another browser’s store unchanged', async () => {
    const source = await demoStore(EVENTS);
    const { name, text } = await exported(await caseWidget(source));
    expect(name).to.equal('demo-testdorp.json');
    const log = JSON.parse(text) as unknown;
    const stored = await source.read('demo-testdorp');
    const state = loadCase(stored?.log);
    expect(state.ok && log).to.deep.equal(
      state.ok && JSON.parse(JSON.stringify(toEventLog(state.value))),
    );
    expect((log as { schemaVersion: number }).schemaVersion).to.equal(2);

    const target = new LocalCaseStore({ recordedBy: 'Bo', databaseName: freshDatabase() });
    const element = await caseWidget(target);
    expect(shadowText(element)).to.contain('Dit dossier bestaat hier nog niet.');
    await importText(element, text);
    await waitUntil(
      () => shadow(element).querySelector('[part="plan"]'),
      'the imported case is shown',
    );
    expect(shadowText(element)).to.contain('Het logboek is geïmporteerd.');
    expect(tagOf(element, 'C.a')).to.equal('Klaar');
    expect(tagOf(element, 'C.b')).to.equal('Bezig');
    expect((await target.read('demo-testdorp'))?.log).to.deep.equal(stored?.log);
    // The same file again: nothing new, nothing doubled.
    await importText(element, text);
    expect((await target.read('demo-testdorp'))?.version).to.equal(3);
  });

  it('imports a longer log over the start of it, appending what is missing', async () => {
    const { text } = await exported(await caseWidget(await demoStore(EVENTS)));
    const target = await demoStore([EVENTS[0] as (typeof EVENTS)[number]]);
    const element = await caseWidget(target);
    await importText(element, text);
    expect(importError(element)).to.equal('');
    expect((await target.read('demo-testdorp'))?.version).to.equal(3);
  });

  it('shows why a file cannot be imported, with the event and the path, and imports nothing', async () => {
    const target = await demoStore();
    const element = await caseWidget(target, 'en');
    await importText(element, '{ not json');
    expect(importError(element)).to.equal('Not imported: This file is not JSON.');
    const bad = {
      schemaVersion: 1,
      caseId: 'demo-testdorp',
      events: [
        openingEvent(),
        { ...stepEvent('step-started', 'C.a', '2025-03-29T09:00'), step: 'Z' },
      ],
    };
    await importText(element, JSON.stringify(bad));
    expect(importError(element)).to.match(/^Not imported: Event 1: step: /u);
    await importText(element, JSON.stringify({ ...bad, schemaVersion: 3 }));
    expect(importError(element)).to.contain('schemaVersion');
    const other = {
      schemaVersion: 1,
      caseId: 'demo-elders',
      events: [openingEvent('demo-elders')],
    };
    await importText(element, JSON.stringify(other));
    expect(importError(element)).to.equal(
      'Not imported: This log belongs to case demo-elders, not to this case.',
    );
    expect((await target.read('demo-testdorp'))?.version).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('refuses a log that differs from the case kept here', async () => {
    const { text } = await exported(await caseWidget(await demoStore(EVENTS)));
    const target = await demoStore([stepEvent('step-started', 'C.a', '2025-03-29T08:00')]);
    const element = await caseWidget(target, 'en');
    await importText(element, text);
    expect(importError(element)).to.contain('This log differs from the case as it is kept here');
    expect((await target.read('demo-testdorp'))?.version).to.equal(2);
  });

  it('prints the deadline, the task list and the history on A4, without forms or buttons', async () => {
    const element = await caseWidget(await demoStore(EVENTS));
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) => {
        const node = shadow(element).querySelector(selector);
        return node !== null && getComputedStyle(node).display !== 'none';
      };
      expect(shown('[part="plan"]')).to.equal(true);
      expect(shown('[part="history"]')).to.equal(true);
      expect(shown('[part="deadline"]')).to.equal(true);
      expect(shown('[part="record"]')).to.equal(false);
      expect(shown('[part="transfer"]')).to.equal(false);
      expect(shown('[part="next"]')).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('has no inline style anywhere (a strict CSP without unsafe-inline)', async () => {
    const widget = await caseWidget(await demoStore(EVENTS));
    expect(shadow(widget).querySelectorAll('[style]')).to.have.length(0);
    expect(shadow(widget).querySelectorAll('style')).to.have.length(0);
  });
});
