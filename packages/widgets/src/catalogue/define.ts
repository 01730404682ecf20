import { defineElement } from '../shared/define-element.js';
import { OpvangCatalogue } from './catalogue.js';

defineElement('opvang-catalogue', OpvangCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-catalogue': OpvangCatalogue;
  }
}
