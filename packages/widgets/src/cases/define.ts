import { defineElement } from '../shared/define-element.js';
import { OpvangCases } from './cases.js';

defineElement('opvang-cases', OpvangCases);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-cases': OpvangCases;
  }
}
