import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field } from './form.js';

// The one field helper: every field of the form gets its label, its control marked invalid and
// described by its error, and the error itself, the same way.
function shown(errors: ReadonlyMap<string, string>, layout?: 'check' | 'group'): HTMLElement {
  const root = document.createElement('div');
  render(
    field(
      errors,
      'replyWanted',
      'Ik wil een antwoord',
      (invalid, describedBy) =>
        html`<input type="checkbox" id="replyWanted" name="replyWanted" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`,
      layout,
    ),
    root,
  );
  return root;
}

describe('field()', () => {
  it('marks the control invalid and described by its error while there is one', () => {
    const root = shown(new Map([['replyWanted', 'Kies of u een antwoord wilt.']]), 'check');
    const input = root.querySelector('input');
    expect(input?.getAttribute('aria-invalid')).to.equal('true');
    expect(input?.getAttribute('aria-describedby')).to.equal('replyWanted-error');
    expect(root.querySelector('#replyWanted-error')?.textContent).to.equal(
      'Kies of u een antwoord wilt.',
    );
    expect(root.querySelector('[part="field"]')?.className).to.equal('field check');
    expect(root.querySelector('label')?.getAttribute('for')).to.equal('replyWanted');
  });

  it('shows no error and marks nothing while the field is right', () => {
    const root = shown(new Map([['message', 'Schrijf uw bericht.']]));
    const input = root.querySelector('input');
    expect(input?.getAttribute('aria-invalid')).to.equal('false');
    expect(input?.hasAttribute('aria-describedby')).to.equal(false);
    expect(root.querySelector('[part="field-error"]')).to.equal(null);
    expect(
      root.querySelector('[part="field"]')?.firstElementChild?.localName,
      'the label comes first',
    ).to.equal('label');
  });

  it('marks a group of choices on its fieldset, with a legend', () => {
    const root = shown(new Map([['replyWanted', 'Kies.']]), 'group');
    const group = root.querySelector('fieldset');
    expect(group?.getAttribute('aria-invalid')).to.equal('true');
    expect(group?.getAttribute('aria-describedby')).to.equal('replyWanted-error');
    expect(group?.querySelector('legend')?.textContent).to.equal('Ik wil een antwoord');
  });
});
