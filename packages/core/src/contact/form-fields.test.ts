import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import {
  contactFormFieldOrder,
  emptyContactForm,
  formFieldsOf,
  telHref,
  type ContactFormValues,
} from './form-fields.js';
import { contactMailBody } from './messages.js';
import {
  contactCategories,
  createContactMessage,
  replyChannels,
  type ContactMessage,
} from './message.js';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const NOW = new Date('2025-03-14T18:00:00Z');

function created(fields: ContactFormValues, language = 'nl'): ContactMessage {
  const result = createContactMessage({ ...fields, language }, { id: ID, now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.value;
}

const phoneReply: ContactFormValues = {
  category: 'volunteering-offer',
  message: 'Ik geef graag Nederlandse les.',
  name: 'An',
  replyWanted: true,
  replyChannel: 'phone',
  email: '',
  phone: '0470 12 34 56',
  consent: true,
};

describe('formFieldsOf', () => {
  it('gives back the fields a message was created from, so createContactMessage makes the same message again', () => {
    const message = created(phoneReply);
    expect(formFieldsOf(message)).toEqual(phoneReply);
    expect(created(formFieldsOf(message), message.language)).toEqual(message);
  });

  it('round-trips every valid message createContactMessage makes', () => {
    const text = (min: number, max: number) =>
      fc
        .string({ minLength: min, maxLength: max })
        .filter((value) => value.trim() === value && value.trim().length >= min);
    const fields = fc.record({
      category: fc.constantFrom(...contactCategories),
      message: text(10, 60),
      name: fc.oneof(fc.constant(''), text(1, 20)),
      reply: fc.constantFrom('none', ...replyChannels),
      language: fc.constantFrom(...locales),
    });
    fc.assert(
      fc.property(fields, ({ reply, language, ...typed }) => {
        const values: ContactFormValues = {
          ...typed,
          replyWanted: reply !== 'none',
          replyChannel: reply === 'none' ? '' : reply,
          email: reply === 'email' ? 'an.peeters@example.be' : '',
          phone: reply === 'phone' ? '+32 2 123 45 67' : '',
          consent: true,
        };
        const message = created(values, language);
        expect(formFieldsOf(message)).toEqual(values);
        expect(created(formFieldsOf(message), language)).toEqual(message);
      }),
    );
  });

  it('leaves out what a stored record holds for a reply nobody wanted, and reads what is not a string as empty', () => {
    expect(
      formFieldsOf({
        message: 'Vanaf wanneer komen de bewoners?',
        replyWanted: false,
        email: 'typed@before.be',
        name: 7,
        consent: 'yes',
      }),
    ).toEqual({
      ...emptyContactForm(),
      message: 'Vanaf wanneer komen de bewoners?',
    });
  });

  it('gives nothing for a record without message text', () => {
    expect(formFieldsOf({ message: '   ', category: 'question' })).toBe(undefined);
    expect(formFieldsOf({})).toBe(undefined);
  });
});

describe('contactFormFieldOrder', () => {
  it('is the order createContactMessage reports the form’s issues in', () => {
    const result = createContactMessage({
      ...emptyContactForm(),
      replyWanted: true,
      replyChannel: 'email',
      email: 'not an address',
      name: 'x'.repeat(200),
      language: 'nl',
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.error.issues.map((issue) => issue.path);
    expect(paths).toEqual(['category', 'message', 'name', 'email', 'consent']);
    const ranks = paths.map((path) => (contactFormFieldOrder as readonly string[]).indexOf(path));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).not.toContain(-1);
  });

  it('names every field an empty form has, and only those', () => {
    expect(Object.keys(emptyContactForm())).toEqual([...contactFormFieldOrder]);
  });
});

describe('telHref', () => {
  it('dials only the digits and a leading plus', () => {
    expect(telHref('+32 50 12 34 56')).toBe('tel:+3250123456');
    expect(telHref('0470/12.34.56')).toBe('tel:0470123456');
    expect(telHref('(02) 123-45-67')).toBe('tel:021234567');
  });
});

describe('contactMailBody', () => {
  it('holds the category label, the message, the name and the way to answer, trimmed', () => {
    expect(
      contactMailBody({ ...phoneReply, message: '  Ik geef graag les.  ', name: ' An ' }, 'nl'),
    ).toBe('Aanbod om te helpen als vrijwilliger\n\nIk geef graag les.\n\nAn\n0470 12 34 56');
  });

  it('leaves out a reply channel nobody wanted, and a blank name, with no blank lines at the end', () => {
    expect(
      contactMailBody(
        {
          ...emptyContactForm(),
          category: 'question',
          message: 'Waar is de ingang?',
          email: 'typed@before.be',
        },
        'fr',
      ),
    ).toBe('Question\n\nWaar is de ingang?');
  });

  it('gives an empty line for a category it does not know', () => {
    expect(contactMailBody({ ...emptyContactForm(), message: 'Waar is de ingang?' }, 'nl')).toBe(
      'Waar is de ingang?',
    );
  });
});
