import { expect } from '@open-wc/testing';
import { messages } from './messages.js';

// Glossary, form and format: plurals through Intl.PluralRules, numbers through the core's formats.
describe('the FAQ widget’s count', () => {
  it('says “1 vraag”, not “1 vragen”, in each language', () => {
    expect(messages.nl.count({ shown: 1, total: 1 })).to.equal('1 vraag');
    expect(messages.fr.count({ shown: 1, total: 1 })).to.equal('1 question');
    expect(messages.de.count({ shown: 1, total: 1 })).to.equal('1 Frage');
    expect(messages.en.count({ shown: 1, total: 1 })).to.equal('1 question');
  });

  it('counts what is shown out of the total, in the plural where it is one', () => {
    expect(messages.nl.count({ shown: 1, total: 3 })).to.equal('1 van 3 vragen');
    expect(messages.fr.count({ shown: 1, total: 3 })).to.equal('1 question sur 3');
    expect(messages.de.count({ shown: 0, total: 1 })).to.equal('0 von 1 Frage');
    expect(messages.en.count({ shown: 2, total: 3 })).to.equal('2 of 3 questions');
  });

  it('groups large numbers as the language does', () => {
    expect(messages.en.count({ shown: 1200, total: 1200 })).to.equal('1,200 questions');
    expect(messages.nl.count({ shown: 1200, total: 1200 })).to.equal('1.200 vragen');
  });
});
