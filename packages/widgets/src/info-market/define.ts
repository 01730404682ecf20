import { defineElement } from '../shared/define-element.js';
import { OpvangInfoMarket } from './info-market.js';

defineElement('opvang-info-market', OpvangInfoMarket);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-info-market': OpvangInfoMarket;
  }
}
