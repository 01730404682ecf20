import { defineElement } from '../shared/define-element.js';
import { OpvangFaq } from './faq.js';
import './facts.js';

defineElement('opvang-faq', OpvangFaq);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-faq': OpvangFaq;
  }
}
