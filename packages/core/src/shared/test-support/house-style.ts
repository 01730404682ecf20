import { expect } from 'vitest';
import { locales } from '../../i18n/index.js';
import { isIssueCode } from '../issue-texts.js';
import { describeIssueIn, type ValidationError, type ValidationIssue } from '../validation.js';

// The house style of a validation message, checked on what a reader gets: where (the path),
// what is wrong, what was expected; no zod default wording; a count with its right plural.
// The rules are stated here as a reader would, not copied from the code that words them.

/** zod's own words, which must never reach a reader. */
const ZOD_WORDING = [
  /invalid input/i,
  /\bexpected a [aeiou]/i,
  /\binvalid (?:string|type|option|value)\b/i,
  /too (?:small|big): expected/i,
  /\ba (?:array|object)\b/,
];

/** A count and a noun that disagree: "1 items", "3 character". */
const WRONG_PLURAL = [
  /\b1 (?:items|characters|levels|tekens|elementen|niveaus|caractères|éléments|niveaux|Elemente|Ebenen)\b/,
  /\b(?:0|[2-9]|\d{2,}) (?:item|character|level|teken|element|niveau|caractère|élément|Element|Ebene)\b/,
];

/** How each language frames the expectation: the word a reader looks for. */
const EXPECTED_WORD = { nl: 'verwacht', fr: 'attendu', de: 'erwartet', en: 'expected' } as const;

/** Asserts that one text reads in the house style: no zod wording, right plurals. */
export function expectHouseWording(text: string, context: string): void {
  for (const pattern of ZOD_WORDING)
    expect(text, `${context}: zod's wording ${pattern}`).not.toMatch(pattern);
  for (const pattern of WRONG_PLURAL)
    expect(text, `${context}: a wrong plural ${pattern}`).not.toMatch(pattern);
}

/**
 * Asserts that one issue is in the house style, in all four languages: a path, a code, what
 * is wrong and what was expected, and a sentence in each language naming the path.
 */
export function expectHouseStyleIssue(
  issue: ValidationIssue,
  context = JSON.stringify(issue.path),
): void {
  expect(typeof issue.path, `${context}: path`).toBe('string');
  expect(issue.message.trim(), `${context}: what is wrong`).not.toBe('');
  expect(issue.expected.trim(), `${context}: what was expected`).not.toBe('');
  expect(issue.code, `${context}: a code`).toEqual(expect.any(String));
  expectHouseWording(issue.message, context);
  expectHouseWording(issue.expected, context);
  const english = describeIssueIn(issue, 'en');
  for (const locale of locales) {
    const sentence = describeIssueIn(issue, locale);
    if (issue.path !== '')
      expect(
        sentence.startsWith(issue.path),
        `${context} (${locale}) names the path: ${sentence}`,
      ).toBe(true);
    expect(sentence, `${context} (${locale}) says what was expected`).toContain(
      EXPECTED_WORD[locale],
    );
    expectHouseWording(sentence, `${context} (${locale})`);
    // The shared kinds are worded in the reader's language, not in English inside a frame.
    if (locale !== 'en' && isIssueCode(issue.code) && issue.code !== 'invalid') {
      expect(sentence, `${context} (${locale}) is translated`).not.toContain(issue.message);
      expect(sentence, `${context} (${locale}) is translated`).not.toBe(english);
    }
  }
}

/** Asserts the house style on a whole error: its summary and every issue. */
export function expectHouseStyle(error: ValidationError): void {
  expect(error.message.startsWith(`Invalid ${error.subject}`), error.message).toBe(true);
  expectHouseWording(error.message, error.subject);
  for (const issue of error.issues)
    expectHouseStyleIssue(issue, `${error.subject} at ${JSON.stringify(issue.path)}`);
}
