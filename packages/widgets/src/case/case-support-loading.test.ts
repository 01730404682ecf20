// <opvang-case> loads the support catalogue on demand (catalogue-loader.ts): the case shows at
// once, the support form and the items' titles follow; offline, the form says it cannot be
// used now, the rest of the case works, and the next render tries again. A file of its own: the
// catalogue, once loaded, stays loaded for the page.
import { expect, waitUntil } from '@open-wc/testing';
import type { CaseEvent } from '@opvang/core/step-plan';
import { catalogueChunk, loadedCatalogue } from './catalogue-loader.js';
import {
  caseWidget,
  demoStore,
  formError,
  formOf,
  resetClock,
  setClock,
  settle,
  shadow,
  submitForm,
} from './test-support/case-page.js';

const offered: CaseEvent = {
  kind: 'support-offered',
  caseId: 'demo-testdorp',
  at: '2025-03-29T09:00',
  actor: { role: 'liaison-officer' },
  items: ['buddy-scheme'],
};

describe('<opvang-case>: the support catalogue, loaded on demand', () => {
  const realLoad = catalogueChunk.load;
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(() => {
    catalogueChunk.load = realLoad;
    resetClock();
  });

  it('offline: says support cannot be recorded now, keeps the other forms, and tries again', async () => {
    catalogueChunk.load = () => Promise.reject(new TypeError('Failed to fetch'));
    const element = await caseWidget(await demoStore([offered]), 'en');
    await waitUntil(() => shadow(element).querySelector('[part="support"] .warning'));
    expect(shadow(element).querySelector('[part="support"] .warning')?.textContent).to.contain(
      'The catalogue cannot be loaded right now',
    );
    expect(formOf(element, 'support')).to.equal(null);
    // What is typed in the other forms stays through a render while the catalogue is missing.
    const channel = () =>
      formOf(element, 'announce').querySelector<HTMLInputElement>('[name="channel"]');
    const typed = channel();
    if (typed) typed.value = 'Persbericht';
    element.requestUpdate();
    await settle(element);
    expect(channel()?.value).to.equal('Persbericht');
    expect(channel()).to.equal(typed);
    // The item shows as its id meanwhile, and the rest of the case can be recorded.
    expect(shadow(element).querySelector('.support-facts')?.textContent).to.contain('buddy-scheme');
    await submitForm(element, 'announce', { at: '2025-03-29T09:30' });
    expect(formError(element, 'announce')).to.equal('');
    await expect(element).to.be.accessible();
    expect(loadedCatalogue()).to.equal(undefined);

    catalogueChunk.load = realLoad;
    element.requestUpdate();
    await waitUntil(() => formOf(element, 'support'), 'the support form did not come');
    expect(loadedCatalogue()).to.not.equal(undefined);
    expect(shadow(element).querySelector('.support-facts')?.textContent).to.contain('Buddy scheme');
    await waitUntil(() =>
      shadow(element).querySelector('[part="history"]')?.textContent?.includes('Buddy scheme'),
    );
  });
});
