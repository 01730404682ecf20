import type { Locale } from '../i18n/locale.js';

// The one catalogue of validation messages. Every issue, whatever found it (the decoders,
// zod/mini through `fromZodIssues`, a parser's own check), says what is wrong, where (its
// path) and what was expected. The English words fill `ValidationIssue.message` and
// `expected`; `describeIssue(issue, locale)` says the same in nl, fr, de or en.

/**
 * The kinds of problem every parser shares. An issue whose `code` is one of these has its
 * sentence in four languages here; a capability may put its own code on an issue instead
 * (the contact form's `ContactIssueCode`s, with sentences for residents).
 */
export const issueCodes = [
  'missing',
  'wrong-type',
  'empty',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-large',
  'not-allowed',
  'unknown-key',
  'too-deep',
  'invalid',
] as const;

/** One of {@link issueCodes}. */
export type IssueCode = (typeof issueCodes)[number];

/** The kinds of value an issue can expect, by name. */
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'object' | 'date' | 'nothing';

/** The facts a code's sentence names: the type, the bound, the allowed values, the key. */
export interface IssueParams {
  readonly type?: ValueType;
  readonly min?: number;
  readonly max?: number;
  /** The bound itself is not allowed (`more than 0`, not `at least 0`). */
  readonly exclusive?: boolean;
  readonly values?: readonly (string | number | boolean | null)[];
  /** For `unknown-key`: the key found. */
  readonly key?: string;
  /** For `unknown-key`: the keys allowed there, when known. */
  readonly keys?: readonly string[];
}

/** The words of one language: the frame of a sentence and a phrase for each code. */
export interface IssueWords {
  /** `start: not a date (expected …, received …)`: the frame around problem and expectation. */
  readonly sentence: (p: { where: string; problem: string; expected: string; received?: string }) => string;
  readonly types: { readonly [T in ValueType]: string };
  readonly problem: (p: { code: IssueCode; params: IssueParams; type: string }) => string;
  readonly expected: (p: { code: IssueCode; params: IssueParams; type: string; values: string }) => string;
}

const quote = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/** English: what `message` and `expected` say on every issue (for developers and logs). */
export const englishIssueWords: IssueWords = {
  sentence: ({ where, problem, expected, received }) =>
    `${where}${problem} (expected ${expected}${received === undefined ? '' : `, received ${received}`})`,
  types: { string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'a boolean', list: 'a list', object: 'an object', date: 'a valid Date', nothing: 'no value' },
  problem: ({ code, params, type }) =>
    ({
      missing: 'missing',
      'wrong-type': `not ${type}`,
      empty: 'empty',
      'too-short': 'too short',
      'too-long': 'too long',
      'too-few': 'too few items',
      'too-many': 'too many items',
      'too-small': 'too small',
      'too-large': 'too large',
      'not-allowed': 'not allowed here',
      'unknown-key': `unknown key ${JSON.stringify(params.key)}`,
      'too-deep': 'nested too deeply',
      invalid: 'not valid',
    })[code],
  expected: ({ code, params, type, values }) => {
    const n = (count: number | undefined, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
    if (code === 'unknown-key') return params.keys === undefined ? 'only known keys' : `only the keys ${params.keys.join(', ')}`;
    if (code === 'too-deep') return `at most ${n(params.max, 'level')} of nested objects and lists`;
    if (values !== '') return params.values?.length === 1 ? values : `one of ${values}`;
    if (code === 'too-short' || (code === 'empty' && params.min !== undefined)) return `at least ${n(params.min, 'character')}`;
    if (code === 'too-long') return `at most ${n(params.max, 'character')}`;
    if (code === 'too-few') return `at least ${n(params.min, 'item')}`;
    if (code === 'too-many') return `at most ${n(params.max, 'item')}`;
    if (code === 'too-small') return `${params.exclusive === true ? 'more than' : 'at least'} ${params.min}`;
    if (code === 'too-large') return `${params.exclusive === true ? 'less than' : 'at most'} ${params.max}`;
    return type;
  },
};

const count = (value: number | undefined, one: string, many: string) => `${value} ${value === 1 ? one : many}`;

/**
 * Every validation message in nl, fr, de and en: see `describeIssue`.
 *
 * @example
 * ```ts
 * issueText('too-short', { min: 1 }, issueWords.nl); // { message: 'te kort', expected: 'minstens 1 teken' }
 * ```
 */
export const issueWords: { readonly [L in Locale]: IssueWords } = {
  nl: {
    sentence: ({ where, problem, expected, received }) =>
      `${where}${problem} (verwacht: ${expected}${received === undefined ? '' : `; ontvangen: ${received}`})`,
    types: { string: 'een tekst', number: 'een getal', integer: 'een geheel getal', boolean: 'waar of onwaar', list: 'een lijst', object: 'een object', date: 'een geldige datum', nothing: 'geen waarde' },
    problem: ({ code, params, type }) =>
      ({
        missing: 'ontbreekt',
        'wrong-type': type.startsWith('een ') ? `g${type}` : `niet ${type}`,
        empty: 'leeg',
        'too-short': 'te kort',
        'too-long': 'te lang',
        'too-few': 'te weinig elementen',
        'too-many': 'te veel elementen',
        'too-small': 'te klein',
        'too-large': 'te groot',
        'not-allowed': 'hier niet toegestaan',
        'unknown-key': `onbekende sleutel ${JSON.stringify(params.key)}`,
        'too-deep': 'te diep genest',
        invalid: 'ongeldig',
      })[code],
    expected: ({ code, params, type, values }) => {
      if (code === 'unknown-key') return params.keys === undefined ? 'alleen bekende sleutels' : `alleen de sleutels ${params.keys.join(', ')}`;
      if (code === 'too-deep') return `hoogstens ${count(params.max, 'niveau', 'niveaus')} geneste objecten en lijsten`;
      if (values !== '') return params.values?.length === 1 ? values : `een van ${values}`;
      if (code === 'too-short' || (code === 'empty' && params.min !== undefined)) return `minstens ${count(params.min, 'teken', 'tekens')}`;
      if (code === 'too-long') return `hoogstens ${count(params.max, 'teken', 'tekens')}`;
      if (code === 'too-few') return `minstens ${count(params.min, 'element', 'elementen')}`;
      if (code === 'too-many') return `hoogstens ${count(params.max, 'element', 'elementen')}`;
      if (code === 'too-small') return `${params.exclusive === true ? 'meer dan' : 'minstens'} ${params.min}`;
      if (code === 'too-large') return `${params.exclusive === true ? 'minder dan' : 'hoogstens'} ${params.max}`;
      return type;
    },
  },
  fr: {
    sentence: ({ where, problem, expected, received }) =>
      `${where.replace(/: $/, ' : ')}${problem} (attendu : ${expected}${received === undefined ? '' : ` ; reçu : ${received}`})`,
    types: { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'vrai ou faux', list: 'une liste', object: 'un objet', date: 'une date valide', nothing: 'aucune valeur' },
    problem: ({ code, params, type }) =>
      ({
        missing: 'manquant',
        'wrong-type': `pas ${type}`,
        empty: 'vide',
        'too-short': 'trop court',
        'too-long': 'trop long',
        'too-few': "trop peu d'éléments",
        'too-many': "trop d'éléments",
        'too-small': 'trop petit',
        'too-large': 'trop grand',
        'not-allowed': 'non autorisé ici',
        'unknown-key': `clé inconnue ${JSON.stringify(params.key)}`,
        'too-deep': 'imbriqué trop profondément',
        invalid: 'non valide',
      })[code],
    expected: ({ code, params, type, values }) => {
      if (code === 'unknown-key') return params.keys === undefined ? 'uniquement des clés connues' : `uniquement les clés ${params.keys.join(', ')}`;
      if (code === 'too-deep') return `au plus ${count(params.max, 'niveau', 'niveaux')} d'objets et de listes imbriqués`;
      if (values !== '') return params.values?.length === 1 ? values : `l'une des valeurs ${values}`;
      if (code === 'too-short' || (code === 'empty' && params.min !== undefined)) return `au moins ${count(params.min, 'caractère', 'caractères')}`;
      if (code === 'too-long') return `au plus ${count(params.max, 'caractère', 'caractères')}`;
      if (code === 'too-few') return `au moins ${count(params.min, 'élément', 'éléments')}`;
      if (code === 'too-many') return `au plus ${count(params.max, 'élément', 'éléments')}`;
      if (code === 'too-small') return `${params.exclusive === true ? 'plus de' : 'au moins'} ${params.min}`;
      if (code === 'too-large') return `${params.exclusive === true ? 'moins de' : 'au plus'} ${params.max}`;
      return type;
    },
  },
  de: {
    sentence: ({ where, problem, expected, received }) =>
      `${where}${problem} (erwartet: ${expected}${received === undefined ? '' : `; erhalten: ${received}`})`,
    types: { string: 'ein Text', number: 'eine Zahl', integer: 'eine ganze Zahl', boolean: 'wahr oder falsch', list: 'eine Liste', object: 'ein Objekt', date: 'ein gültiges Datum', nothing: 'kein Wert' },
    problem: ({ code, params, type }) =>
      ({
        missing: 'fehlt',
        'wrong-type': `nicht ${type}`,
        empty: 'leer',
        'too-short': 'zu kurz',
        'too-long': 'zu lang',
        'too-few': 'zu wenige Elemente',
        'too-many': 'zu viele Elemente',
        'too-small': 'zu klein',
        'too-large': 'zu groß',
        'not-allowed': 'hier nicht erlaubt',
        'unknown-key': `unbekannter Schlüssel ${JSON.stringify(params.key)}`,
        'too-deep': 'zu tief verschachtelt',
        invalid: 'ungültig',
      })[code],
    expected: ({ code, params, type, values }) => {
      if (code === 'unknown-key') return params.keys === undefined ? 'nur bekannte Schlüssel' : `nur die Schlüssel ${params.keys.join(', ')}`;
      if (code === 'too-deep') return `höchstens ${count(params.max, 'Ebene', 'Ebenen')} verschachtelter Objekte und Listen`;
      if (values !== '') return params.values?.length === 1 ? values : `einer der Werte ${values}`;
      if (code === 'too-short' || (code === 'empty' && params.min !== undefined)) return `mindestens ${count(params.min, 'Zeichen', 'Zeichen')}`;
      if (code === 'too-long') return `höchstens ${count(params.max, 'Zeichen', 'Zeichen')}`;
      if (code === 'too-few') return `mindestens ${count(params.min, 'Element', 'Elemente')}`;
      if (code === 'too-many') return `höchstens ${count(params.max, 'Element', 'Elemente')}`;
      if (code === 'too-small') return `${params.exclusive === true ? 'mehr als' : 'mindestens'} ${params.min}`;
      if (code === 'too-large') return `${params.exclusive === true ? 'weniger als' : 'höchstens'} ${params.max}`;
      return type;
    },
  },
  en: englishIssueWords,
};

/** Whether a code is one of the shared {@link issueCodes}. */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && (issueCodes as readonly string[]).includes(code);
}

/**
 * The English `message` and `expected` of an issue of a shared code: the words every
 * decoder, `fromZodIssues` and hand-built issue use, so that no parser words its own.
 *
 * @example
 * ```ts
 * issueText('too-few', { min: 1 }); // { message: 'too few items', expected: 'at least 1 item' }
 * ```
 */
export function issueText(code: IssueCode, params: IssueParams = {}, words: IssueWords = englishIssueWords): { message: string; expected: string } {
  const type = words.types[params.type ?? 'nothing'];
  const values = params.values === undefined ? '' : quote(params.values);
  return { message: words.problem({ code, params, type }), expected: words.expected({ code, params, type, values }) };
}
