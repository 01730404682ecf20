import { defineElement } from '../shared/define-element.js';
import { OpvangDeployments } from './deployments.js';

defineElement('opvang-deployments', OpvangDeployments);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-deployments': OpvangDeployments;
  }
}
