import '../define-all.js';
// Not in define-all (its CDN bundle would carry the step plan): registered on its own.
import '../case/define.js';
import '../deployments/define.js';
import { runWidgetBaseTests } from './test-support/widget-base-tests.js';

const faq = {
  items: [
    {
      id: 'q',
      category: 'Het centrum',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Wie?',
      answer: [{ type: 'paragraph', content: ['Mannen.'] }],
    },
  ],
};
const json = (value: unknown): string =>
  `<script type="application/json">${JSON.stringify(value)}</script>`;

runWidgetBaseTests({
  tag: 'opvang-faq',
  defaultLevel: 3,
  valid: { attributes: '', children: json(faq) },
  invalid: { attributes: '', children: json({ items: [{ id: 'q' }] }) },
});

runWidgetBaseTests({
  tag: 'opvang-contact',
  defaultLevel: 2,
  valid: {
    attributes: '',
    children: json({ name: 'Contactpunt', phone: '+32 50 12 34 56', email: 'opvang@gemeente.be' }),
  },
  invalid: { attributes: '', children: json({ name: 'Nobody' }) },
});

runWidgetBaseTests({
  tag: 'opvang-info-market',
  defaultLevel: 2,
  valid: { attributes: 'start="2099-03-14T19:00" place="Zaal De Kring"', children: '' },
  invalid: { attributes: 'start="next Friday"', children: '' },
});

runWidgetBaseTests({
  tag: 'opvang-case',
  defaultLevel: 2,
  valid: { attributes: 'case-id="demo-widget-base"', children: '' },
  invalid: { attributes: 'store="not a url"', children: '' },
});

runWidgetBaseTests({
  tag: 'opvang-deployments',
  defaultLevel: 2,
  valid: { attributes: 'province="limburg"', children: '' },
  invalid: { attributes: 'province="brabant"', children: '' },
});
