import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { stepEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  openStep,
  resetClock,
  setClock,
  shadow,
} from './test-support/case-page.js';

describe('<opvang-case>: narrow screens', () => {
  afterEach(async () => {
    resetClock();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nl', 'de']) {
    it(`fits a 320 px screen without scrolling sideways (${lang}, a step's form open, overdue)`, async () => {
      setClock('2025-04-02T10:00:00+02:00');
      await setViewport({ width: 320, height: 640 });
      const element = await caseWidget(
        await demoStore([stepEvent('step-started', 'C.a', '2025-03-29T09:00')]),
        lang,
      );
      await openStep(element, 'C.a');
      const base = shadow(element).querySelector('[part="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }
});
