import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { OpvangContact } from './contact.js';
import { clearContactStorage, contactPoint, shadow } from './test-support/fixtures.js';

const TRAP_ENDPOINT = 'http://127.0.0.1:9/messages?file=layout';

async function contactIn(width: number, lang: string): Promise<OpvangContact> {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang} style="inline-size: ${width}px">
      <opvang-contact endpoint=${TRAP_ENDPOINT} .contactPoint=${contactPoint}></opvang-contact>
    </div>
  `);
  const element = wrapper.querySelector('opvang-contact') as OpvangContact;
  await element.updateComplete;
  return element;
}

describe('<opvang-contact> layout on a phone', () => {
  beforeEach(() => clearContactStorage(TRAP_ENDPOINT));

  // A 360 px phone with the page's usual 16 px margins leaves 328 px for the widget.
  for (const lang of ['nl', 'fr', 'de', 'en']) {
    it(`keeps each checkbox on the line of its label at 360 px (${lang})`, async () => {
      const element = await contactIn(328, lang);
      const boxes = [...shadow(element).querySelectorAll<HTMLInputElement>('.check > input')];
      expect(boxes.length, 'the form has checkboxes').to.be.at.least(2);
      for (const box of boxes) {
        const label = shadow(element).querySelector(`label[for="${box.id}"]`) as HTMLElement;
        const boxRect = box.getBoundingClientRect();
        const labelRect = label.getBoundingClientRect();
        expect(labelRect.left, `the label of #${box.id} starts beside its box`).to.be.at.least(
          boxRect.right,
        );
        expect(labelRect.top, `the label of #${box.id} starts on the line of its box`).to.be.below(
          boxRect.bottom,
        );
      }
    });
  }
});
