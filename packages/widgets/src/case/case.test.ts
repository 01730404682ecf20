import { expect } from '@open-wc/testing';
import { stepEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  resetClock,
  setClock,
  shadow,
  shadowText,
  tagOf,
} from './test-support/case-page.js';

describe('<opvang-case>: the task list', () => {
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(resetClock);

  it('shows every step with its status, who acts and its due date, GOV.UK style', async () => {
    const store = await demoStore([stepEvent('step-started', 'C.a', '2025-03-29T09:00')]);
    const element = await caseWidget(store);
    expect(tagOf(element, 'B.a')).to.equal('Klaar');
    expect(tagOf(element, 'C.a')).to.equal('Bezig');
    // C.b waits for C.a, and everything after C for C.
    expect(tagOf(element, 'C.b')).to.equal('Kan nog niet starten');
    // D.d waits for C: it says what for, each step with its title.
    expect(tagOf(element, 'D.d')).to.equal('Kan nog niet starten');
    const hint = shadow(element).querySelector('[id="hint-D.d"]')?.textContent ?? '';
    expect(hint).to.contain('Wacht op: C.a Aanbod ondersteuning verbindingsofficier');
    // D.b applies only with minors among the residents; the demo case has adults only.
    expect(shadowText(element)).to.contain('Niet van toepassing');
    const due = shadow(element).querySelector('[id="hint-C.a"]')?.textContent ?? '';
    expect(due).to.contain('Wie: Verbindingsofficier (AgII)');
    expect(due).to.contain('Uiterlijk: zondag 30 maart 2025 om 17:00');
    await expect(element).to.be.accessible();
  });

  it('shows a skipped step with its reason and an overdue one by a word, not by colour alone', async () => {
    setClock('2025-04-02T10:00:00+02:00');
    const store = await demoStore([
      {
        kind: 'step-skipped',
        caseId: 'demo-testdorp',
        at: '2025-03-29T09:00',
        actor: { role: 'liaison-officer' },
        step: 'C.b',
        reason: 'Geen afspraak nodig',
      },
    ]);
    const element = await caseWidget(store, 'en');
    expect(tagOf(element, 'C.b')).to.equal('Skipped');
    expect(shadow(element).querySelector('[id="hint-C.b"]')?.textContent).to.contain(
      'Reason: Geen afspraak nodig',
    );
    expect(tagOf(element, 'C.a')).to.equal('Overdue');
  });

  it('lists the steps that can be worked on now first, overdue first', async () => {
    setClock('2025-04-02T10:00:00+02:00');
    const store = await demoStore();
    const element = await caseWidget(store, 'en');
    const next = shadow(element).querySelector('[part="next"]');
    const names = [...(next?.querySelectorAll('.task-name') ?? [])].map((node) =>
      node.textContent?.trim(),
    );
    expect(names[0]).to.equal('C.a Offer of the liaison officer’s support');
    expect(names).to.have.length(1);
    // Before the plan in the page.
    const plan = shadow(element).querySelector('[part="plan"]') as Element;
    expect(next?.compareDocumentPosition(plan)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('once C is done, offers what comes after it, and no longer C.a', async () => {
    const store = await demoStore([
      stepEvent('step-completed', 'C.a', '2025-03-29T09:00'),
      stepEvent('step-completed', 'C.b', '2025-03-29T09:30'),
    ]);
    const element = await caseWidget(store, 'en');
    const next = shadow(element).querySelector('[part="next"]');
    const names = [...(next?.querySelectorAll('.task-name') ?? [])].map((node) =>
      node.textContent?.trim(),
    );
    expect(names).to.include('E Core group');
    expect(names).not.to.include('C.a Offer of the liaison officer’s support');
    expect(tagOf(element, 'E')).to.equal('Not started');
    expect(shadowText(element)).to.contain(
      'The contact was recorded on Saturday, 29 March 2025 at 09:00',
    );
  });
});
