import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define-element.js';

describe('defineElement', () => {
  it('registers a tag that is not defined yet', () => {
    class First extends LitElement {}
    expect(defineElement('opvang-test-first', First)).to.equal(First);
    expect(customElements.get('opvang-test-first')).to.equal(First);
  });

  it('keeps the first class, never throws, and warns once when another copy arrives', () => {
    class Original extends LitElement {}
    class Copy extends LitElement {}
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('opvang-test-twice', Original);
      expect(defineElement('opvang-test-twice', Copy)).to.equal(Original);
      expect(defineElement('opvang-test-twice', Copy)).to.equal(Original);
      expect(customElements.get('opvang-test-twice')).to.equal(Original);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('<opvang-test-twice> was already defined');
    } finally {
      console.warn = original;
    }
  });

  it('is silent when the same class is defined again', () => {
    class Same extends LitElement {}
    const original = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      defineElement('opvang-test-same', Same);
      defineElement('opvang-test-same', Same);
      expect(warned).to.equal(false);
    } finally {
      console.warn = original;
    }
  });
});
