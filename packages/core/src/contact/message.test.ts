import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import {
  contactCategories,
  contactIssueCodes,
  createContactMessage,
  isEmailAddress,
  isPhoneNumber,
  parseContactMessage,
  type ContactFormFields,
} from './message.js';
import {
  contactCategoryLabels,
  contactIssueTexts,
  describeContactIssue,
  replyChannelLabels,
} from './messages.js';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

const valid = {
  id: ID,
  createdAt: '2025-03-14T18:00:00Z',
  language: 'nl',
  category: 'question',
  message: 'Vanaf wanneer komen de eerste bewoners?',
  replyWanted: true,
  replyChannel: 'email',
  email: 'an.peeters@example.be',
  consent: true,
};

function issuesOf(input: unknown) {
  const result = parseContactMessage(input);
  if (result.ok) throw new Error('expected a validation error');
  return result.error.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseContactMessage', () => {
  it('accepts a valid message and normalises time, text and key order', () => {
    const result = parseContactMessage({
      ...valid,
      message: '  Vanaf wanneer komen de eerste bewoners?  ',
      consent: true,
    });
    expect(result).toEqual({
      ok: true,
      value: { ...valid, createdAt: '2025-03-14T19:00:00.000+01:00' },
    });
    if (result.ok) {
      expect(Object.keys(result.value)).toEqual([
        'id',
        'createdAt',
        'language',
        'category',
        'message',
        'replyWanted',
        'replyChannel',
        'email',
        'consent',
      ]);
    }
  });

  it('accepts an anonymous message without a reply (residents come in confidence)', () => {
    const { replyChannel: _channel, email: _email, ...rest } = valid;
    const result = parseContactMessage({ ...rest, replyWanted: false });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).not.toHaveProperty('name');
  });

  it('accepts a phone reply and keeps the name, trimmed', () => {
    const { email: _email, ...rest } = valid;
    const result = parseContactMessage({
      ...rest,
      replyChannel: 'phone',
      phone: '0470 12 34 56',
      name: '  An Peeters ',
    });
    expect(result.ok && result.value).toMatchObject({
      replyChannel: 'phone',
      phone: '0470 12 34 56',
      name: 'An Peeters',
    });
  });

  it('names every wrong field, in form order, with a code', () => {
    expect(issuesOf({ message: 'Hi', consent: false, replyWanted: 'yes', extra: 1 })).toEqual([
      { path: 'id', code: 'id-invalid' },
      { path: 'createdAt', code: 'created-at-invalid' },
      { path: 'language', code: 'language-invalid' },
      { path: 'category', code: 'category-missing' },
      { path: 'message', code: 'message-too-short' },
      { path: 'replyWanted', code: 'reply-wanted-invalid' },
      { path: 'consent', code: 'consent-missing' },
      { path: 'extra', code: 'unknown-field' },
    ]);
  });

  it('says what was expected and what was received', () => {
    const result = parseContactMessage({ ...valid, category: 'gossip' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]).toMatchObject({
        path: 'category',
        code: 'category-invalid',
        received: 'gossip',
      });
      expect(result.error.issues[0].expected).toContain('"question"');
      expect(result.error.message).toContain('category');
    }
  });

  it.each([
    [{ ...valid, message: '   ' }, 'message', 'message-missing'],
    [{ ...valid, message: 'x'.repeat(4001) }, 'message', 'message-too-long'],
    [{ ...valid, name: 'x'.repeat(101) }, 'name', 'name-too-long'],
    [{ ...valid, name: '  ' }, 'name', 'name-invalid'],
    [{ ...valid, category: '' }, 'category', 'category-missing'],
    [{ ...valid, replyChannel: 'pigeon' }, 'replyChannel', 'reply-channel-invalid'],
    [{ ...valid, email: 'an.peeters@' }, 'email', 'email-invalid'],
    [{ ...valid, createdAt: '2025-03-14T18:00:00' }, 'createdAt', 'created-at-invalid'],
    [{ ...valid, id: ID.toUpperCase() }, 'id', 'id-invalid'],
    [{ ...valid, language: 'nl-BE' }, 'language', 'language-invalid'],
  ])('rejects %j at %s with %s', (input, path, code) => {
    expect(issuesOf(input)).toEqual([{ path, code }]);
  });

  it('requires the channel and its address when a reply is wanted', () => {
    const { replyChannel: _channel, email: _email, ...rest } = valid;
    expect(issuesOf(rest)).toEqual([{ path: 'replyChannel', code: 'reply-channel-missing' }]);
    expect(issuesOf({ ...rest, replyChannel: 'email' })).toEqual([
      { path: 'email', code: 'email-missing' },
    ]);
    expect(issuesOf({ ...rest, replyChannel: 'phone' })).toEqual([
      { path: 'phone', code: 'phone-missing' },
    ]);
    expect(issuesOf({ ...valid, phone: '0470 12 34 56' })).toEqual([
      { path: 'phone', code: 'contact-other-channel' },
    ]);
  });

  it('refuses contact details when no reply is wanted', () => {
    expect(issuesOf({ ...valid, replyWanted: false })).toEqual([
      { path: 'replyChannel', code: 'contact-without-reply' },
      { path: 'email', code: 'contact-without-reply' },
    ]);
  });

  it.each([null, 'text', 42, [valid]])('rejects %j as a whole', (input) => {
    expect(issuesOf(input)).toEqual([{ path: '', code: 'not-an-object' }]);
  });

  it('gives the same result for a message and its normalised form (idempotent)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...contactCategories),
        fc.string({ minLength: 10, maxLength: 200 }).filter((text) => text.trim().length >= 10),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (category, message, createdAt) => {
          const first = parseContactMessage({
            ...valid,
            category,
            message,
            createdAt: createdAt.toISOString(),
          });
          expect(first.ok).toBe(true);
          if (!first.ok) return;
          const second = parseContactMessage(JSON.parse(JSON.stringify(first.value)));
          expect(second).toEqual(first);
          expect(new Date(first.value.createdAt).getTime()).toBe(createdAt.getTime());
        },
      ),
    );
  });
});

describe('createContactMessage', () => {
  const fields: ContactFormFields = {
    category: 'volunteering-offer',
    message: 'Ik geef graag Nederlandse les.',
    name: '',
    replyWanted: true,
    replyChannel: 'phone',
    phone: '0470 12 34 56',
    email: 'typed before',
    consent: true,
    language: 'nl',
  };
  const options = { now: new Date('2025-03-14T18:00:00Z'), id: ID };

  it('sends only what the resident chose: no blank name, no other channel', () => {
    const result = createContactMessage(fields, options);
    expect(result).toEqual({
      ok: true,
      value: {
        id: ID,
        createdAt: '2025-03-14T19:00:00.000+01:00',
        language: 'nl',
        category: 'volunteering-offer',
        message: 'Ik geef graag Nederlandse les.',
        replyWanted: true,
        replyChannel: 'phone',
        phone: '0470 12 34 56',
        consent: true,
      },
    });
  });

  it('drops every contact detail when no reply is wanted', () => {
    const result = createContactMessage({ ...fields, replyWanted: false }, options);
    expect(result.ok && result.value).toEqual(expect.objectContaining({ replyWanted: false }));
    expect(result.ok && Object.keys(result.value)).not.toContain('phone');
  });

  it('reports an empty input as missing, by field name', () => {
    const result = createContactMessage(
      { ...fields, phone: '  ', consent: false, category: '' },
      options,
    );
    expect(result.ok ? [] : result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['category', 'category-missing'],
      ['phone', 'phone-missing'],
      ['consent', 'consent-missing'],
    ]);
  });

  it('creates a fresh UUID v4 and the current time by default', () => {
    const before = Date.now();
    const result = createContactMessage(fields);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(new Date(result.value.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('reports an invalid clock as a bad createdAt, not a crash', () => {
    const result = createContactMessage(fields, { now: new Date(Number.NaN), id: ID });
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual(['createdAt']);
  });
});

describe('isPhoneNumber and isEmailAddress', () => {
  it.each([
    '+32 2 123 45 67',
    '0470 12 34 56',
    '0470/12.34.56',
    '02 123 45 67',
    '0032 2 123 45 67',
    '+31 (0)20-1234567',
  ])('accepts %s', (number) => {
    expect(isPhoneNumber(number)).toBe(true);
  });
  it.each([
    '12345',
    '+0 123 456 789',
    '0470 12 34 5x',
    'call me',
    '0000 123 456',
    '+32 2 123 45 67 89 00 11 22 33 44',
  ])('rejects %s', (number) => {
    expect(isPhoneNumber(number)).toBe(false);
  });
  it('checks e-mail addresses after trimming', () => {
    expect(isEmailAddress(' an.peeters@example.be ')).toBe(true);
    expect(isEmailAddress('an.peeters@')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(250)}@example.be`)).toBe(false);
  });
});

describe('texts for residents', () => {
  it('has a sentence for every issue code, category and channel in every language', () => {
    for (const locale of locales) {
      for (const code of contactIssueCodes)
        expect(contactIssueTexts[locale][code].trim()).not.toBe('');
      for (const category of contactCategories)
        expect(contactCategoryLabels[locale][category].trim()).not.toBe('');
      expect(Object.values(replyChannelLabels[locale]).every((label) => label.trim() !== '')).toBe(
        true,
      );
    }
  });

  it('translates: the French text is not the Dutch one', () => {
    for (const code of contactIssueCodes) {
      const texts = new Set(locales.map((locale) => describeContactIssue({ code }, locale)));
      expect(texts.size).toBe(locales.length);
    }
  });

  it('states the limits in the sentence', () => {
    expect(describeContactIssue({ code: 'message-too-short' }, 'de')).toContain('10');
    expect(describeContactIssue({ code: 'message-too-long' }, 'en')).toContain('4000');
  });
});

describe('the guide', () => {
  it('documents every problem code', async () => {
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(new URL('../../../../docs/contact.md', import.meta.url), 'utf8');
    for (const code of contactIssueCodes) expect(guide).toContain(`| \`${code}\` |`);
  });
});
