import { defineElement } from '../shared/define-element.js';
import { OpvangFaq } from './faq.js';

// The light registration (`@opvang/widgets/faq/define`, cdn/opvang-faq.js): every content
// source but `facts`. The FAQ writer weighs three times the widget, so it is its own entry:
// `@opvang/widgets/faq/define-with-facts` (./define-with-facts.js), cdn/opvang-faq-facts.js.
defineElement('opvang-faq', OpvangFaq);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-faq': OpvangFaq;
  }
}
