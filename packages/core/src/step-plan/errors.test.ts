import { rejectionCodes } from './test-support/rejection-codes.js';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { issue, validationError } from '../shared/index.js';
import { describeCaseError, rejection } from './errors.js';

const codes = rejectionCodes;

describe('case errors', () => {
  it('explain every rejection in nl, fr, de and en, each language its own text', () => {
    for (const code of codes) {
      const error = rejection(code, {
        step: 'H',
        missing: ['C.a', 'C.b'],
        format: 'panel-discussion',
      });
      expect(error.message).toBe(describeCaseError(error, 'en'));
      const texts = locales.map((locale) => describeCaseError(error, locale));
      expect(new Set(texts).size, code).toBe(4);
      for (const text of texts) expect(text.length, code).toBeGreaterThan(15);
    }
  });

  it('name the event of a log that could not be loaded, in the reader’s language', () => {
    const cause = rejection('out-of-order');
    const error = { kind: 'log-rejected' as const, eventIndex: 4, cause, message: '' };
    expect(describeCaseError(error, 'nl')).toBe(
      'Gebeurtenis 4: Deze gebeurtenis is eerder gedateerd dan de vorige; gebeurtenissen volgen elkaar in de tijd op.',
    );
    expect(describeCaseError({ kind: 'log-rejected', cause, message: '' }, 'de')).toBe(
      describeCaseError(cause, 'de'),
    );
    const invalid = validationError('case event', [
      { path: 'step', message: 'not a step', expected: 'a step id' },
      issue('at', 'missing', { type: 'string' }),
    ]);
    expect(describeCaseError(invalid, 'fr')).toBe(
      'step\u202f: not a step (attendu\u202f: a step id); at\u202f: manquant (attendu\u202f: un texte)',
    );
  });
});
