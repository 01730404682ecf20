import type { Localized } from '../i18n/index.js';

// The one catalogue of validation messages. Every issue, whatever found it (the decoders,
// a parser's own check), says what is wrong, where (its
// path) and what was expected. The English words fill `ValidationIssue.message` and
// `expected`; `describeIssueIn(issue, locale)` says the same in nl, fr, de or en.
// Written as templates, not functions: the English ones ship in every widget.

/**
 * The kinds of problem every parser shares. An issue whose `code` is one of these has its
 * words in four languages here; a capability may put its own code on an issue instead
 * (the contact form's `ContactIssueCode`s, with sentences for residents). `invalid` is a
 * parser's own check, in its own (English) words.
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
export type ValueType =
  'string' | 'number' | 'integer' | 'boolean' | 'list' | 'object' | 'date' | 'value' | 'nothing';

/** The facts a code's words name: the type, the bound, the allowed values, the key. */
export interface IssueParams {
  readonly type?: ValueType;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly (string | number | boolean | null)[];
  /** For `unknown-key`: the key found. */
  readonly key?: string;
  /** For `unknown-key`: the keys allowed there, when known. */
  readonly keys?: readonly string[];
}

/**
 * The words of one language, as templates: `$t` the type, `$n` the minimum, `$x` the
 * maximum, `$v` the allowed values, `$k` the key found, `$K` the keys allowed, and
 * `{one|many}` the noun after the count.
 */
export interface IssueWords {
  /** What is wrong, per code. */
  readonly problem: { readonly [C in IssueCode]: string };
  /** What was expected, per code; a code without one expects `$t` (or `values`). */
  readonly expected: { readonly [C in IssueCode]?: string };
  /** What was expected when the allowed values are listed (more than one). */
  readonly values: string;
  /** What was expected of an unknown key when the allowed keys are not known. */
  readonly knownKeys: string;
  readonly types: { readonly [T in ValueType]: string };
  /** The frame of a sentence: after the path, before the expectation, before what was received. */
  readonly frame: readonly [colon: string, expected: string, received: string];
}

const englishProblems: IssueWords['problem'] = {
  missing: 'missing',
  'wrong-type': 'not $t',
  empty: 'empty',
  'too-short': 'too short',
  'too-long': 'too long',
  'too-few': 'too few items',
  'too-many': 'too many items',
  'too-small': 'too small',
  'too-large': 'too large',
  'not-allowed': 'not allowed here',
  'unknown-key': 'unknown key $k',
  'too-deep': 'nested too deeply',
  invalid: 'not valid',
};

const englishTypes: IssueWords['types'] = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'a boolean',
  list: 'a list',
  object: 'an object',
  date: 'a valid Date',
  value: 'a value',
  nothing: 'no value',
};

/** English: what `message` and `expected` say on every issue (for developers and logs). */
export const englishIssueWords: IssueWords = {
  problem: englishProblems,
  expected: {
    empty: 'at least $n {character|characters}',
    'too-short': 'at least $n {character|characters}',
    'too-long': 'at most $x {character|characters}',
    'too-few': 'at least $n {item|items}',
    'too-many': 'at most $x {item|items}',
    'too-small': 'at least $n',
    'too-large': 'at most $x',
    'unknown-key': 'only the keys $K',
    'too-deep': 'at most $x {level|levels} of nested objects and lists',
  },
  values: 'one of $v',
  knownKeys: 'only known keys',
  types: englishTypes,
  frame: [': ', 'expected ', ', received '],
};

/**
 * The English words of {@link englishIssueWords}, filled in by code rather than read from
 * templates: the same words, in the form that weighs least in a widget, since every issue a
 * decoder reports needs them. The message-style test checks that both say the same.
 *
 * @example
 * ```ts
 * englishIssueText('too-few', { min: 1 }); // { message: 'too few items', expected: 'at least 1 item' }
 * ```
 */
export function englishIssueText(
  code: IssueCode,
  { type = 'nothing', min, max, values, key, keys }: IssueParams = {},
): { message: string; expected: string } {
  const count = (value: number | undefined, noun: string) =>
    `${String(value)} ${noun}${value === 1 ? '' : 's'}`;
  const a = englishTypes[type];
  const listed = values?.map((value) => JSON.stringify(value)).join(', ');
  const expected =
    code === 'too-short' || (code === 'empty' && min !== undefined)
      ? `at least ${count(min, 'character')}`
      : code === 'too-long'
        ? `at most ${count(max, 'character')}`
        : code === 'too-few'
          ? `at least ${count(min, 'item')}`
          : code === 'too-many'
            ? `at most ${count(max, 'item')}`
            : code === 'too-small'
              ? `at least ${String(min)}`
              : code === 'too-large'
                ? `at most ${String(max)}`
                : code === 'unknown-key'
                  ? keys === undefined
                    ? 'only known keys'
                    : `only the keys ${keys.join(', ')}`
                  : code === 'too-deep'
                    ? `at most ${count(max, 'level')} of nested objects and lists`
                    : listed === undefined
                      ? a
                      : values?.length === 1
                        ? listed
                        : `one of ${listed}`;
  const message =
    code === 'wrong-type'
      ? `not ${a}`
      : code === 'unknown-key'
        ? `unknown key ${JSON.stringify(key)}`
        : englishProblems[code];
  return { message, expected };
}

/**
 * Every validation message in nl, fr, de and en; {@link issueText} fills them in.
 *
 * @example
 * ```ts
 * issueText('too-short', { min: 1 }, issueWords.nl); // { message: 'te kort', expected: 'minstens 1 teken' }
 * ```
 */
export const issueWords: Localized<IssueWords> = {
  nl: {
    problem: {
      missing: 'ontbreekt',
      'wrong-type': 'verkeerd type',
      empty: 'leeg',
      'too-short': 'te kort',
      'too-long': 'te lang',
      'too-few': 'te weinig elementen',
      'too-many': 'te veel elementen',
      'too-small': 'te klein',
      'too-large': 'te groot',
      'not-allowed': 'hier niet toegestaan',
      'unknown-key': 'onbekende sleutel $k',
      'too-deep': 'te diep genest',
      invalid: 'ongeldig',
    },
    expected: {
      empty: 'minstens $n {teken|tekens}',
      'too-short': 'minstens $n {teken|tekens}',
      'too-long': 'hoogstens $x {teken|tekens}',
      'too-few': 'minstens $n {element|elementen}',
      'too-many': 'hoogstens $x {element|elementen}',
      'too-small': 'minstens $n',
      'too-large': 'hoogstens $x',
      'unknown-key': 'alleen de sleutels $K',
      'too-deep': 'hoogstens $x {niveau|niveaus} geneste objecten en lijsten',
    },
    values: 'een van $v',
    knownKeys: 'alleen bekende sleutels',
    types: {
      string: 'een tekst',
      number: 'een getal',
      integer: 'een geheel getal',
      boolean: 'waar of onwaar',
      list: 'een lijst',
      object: 'een object',
      date: 'een geldige datum',
      value: 'een waarde',
      nothing: 'geen waarde',
    },
    frame: [': ', 'verwacht: ', '; ontvangen: '],
  },
  fr: {
    problem: {
      missing: 'manquant',
      'wrong-type': 'type incorrect',
      empty: 'vide',
      'too-short': 'trop court',
      'too-long': 'trop long',
      'too-few': "trop peu d'éléments",
      'too-many': "trop d'éléments",
      'too-small': 'trop petit',
      'too-large': 'trop grand',
      'not-allowed': 'non autorisé ici',
      'unknown-key': 'clé inconnue $k',
      'too-deep': 'imbriqué trop profondément',
      invalid: 'non valide',
    },
    expected: {
      empty: 'au moins $n {caractère|caractères}',
      'too-short': 'au moins $n {caractère|caractères}',
      'too-long': 'au plus $x {caractère|caractères}',
      'too-few': 'au moins $n {élément|éléments}',
      'too-many': 'au plus $x {élément|éléments}',
      'too-small': 'au moins $n',
      'too-large': 'au plus $x',
      'unknown-key': 'uniquement les clés $K',
      'too-deep': "au plus $x {niveau|niveaux} d'objets et de listes imbriqués",
    },
    values: "l'une des valeurs $v",
    knownKeys: 'uniquement des clés connues',
    types: {
      string: 'un texte',
      number: 'un nombre',
      integer: 'un nombre entier',
      boolean: 'vrai ou faux',
      list: 'une liste',
      object: 'un objet',
      date: 'une date valide',
      value: 'une valeur',
      nothing: 'aucune valeur',
    },
    frame: ['\u202f: ', 'attendu\u202f: ', '\u202f; reçu\u202f: '],
  },
  de: {
    problem: {
      missing: 'fehlt',
      'wrong-type': 'falscher Typ',
      empty: 'leer',
      'too-short': 'zu kurz',
      'too-long': 'zu lang',
      'too-few': 'zu wenige Elemente',
      'too-many': 'zu viele Elemente',
      'too-small': 'zu klein',
      'too-large': 'zu groß',
      'not-allowed': 'hier nicht erlaubt',
      'unknown-key': 'unbekannter Schlüssel $k',
      'too-deep': 'zu tief verschachtelt',
      invalid: 'ungültig',
    },
    expected: {
      empty: 'mindestens $n {Zeichen|Zeichen}',
      'too-short': 'mindestens $n {Zeichen|Zeichen}',
      'too-long': 'höchstens $x {Zeichen|Zeichen}',
      'too-few': 'mindestens $n {Element|Elemente}',
      'too-many': 'höchstens $x {Element|Elemente}',
      'too-small': 'mindestens $n',
      'too-large': 'höchstens $x',
      'unknown-key': 'nur die Schlüssel $K',
      'too-deep': 'höchstens $x {Ebene|Ebenen} verschachtelter Objekte und Listen',
    },
    values: 'einer der Werte $v',
    knownKeys: 'nur bekannte Schlüssel',
    types: {
      string: 'ein Text',
      number: 'eine Zahl',
      integer: 'eine ganze Zahl',
      boolean: 'wahr oder falsch',
      list: 'eine Liste',
      object: 'ein Objekt',
      date: 'ein gültiges Datum',
      value: 'ein Wert',
      nothing: 'kein Wert',
    },
    frame: [': ', 'erwartet: ', '; erhalten: '],
  },
  en: englishIssueWords,
};

/** Whether a code is one of the shared {@link issueCodes}. */
export function isIssueCode(code: unknown): code is IssueCode {
  return (issueCodes as readonly unknown[]).includes(code);
}

/**
 * The `message` and `expected` of an issue of a shared code, from the catalogue (English by
 * default): the words every decoder and parser use, so that none words its own.
 *
 * @example
 * ```ts
 * issueText('too-few', { min: 1 }); // { message: 'too few items', expected: 'at least 1 item' }
 * ```
 */
export function issueText(
  code: IssueCode,
  params: IssueParams = {},
  words: IssueWords = englishIssueWords,
): { message: string; expected: string } {
  const { min, max, values, key, keys } = params;
  const count = min ?? max;
  const listed = values?.map((value) => JSON.stringify(value)).join(', ');
  const template =
    code === 'unknown-key' && keys === undefined
      ? words.knownKeys
      : (words.expected[code] ??
        (values === undefined ? '$t' : values.length === 1 ? '$v' : words.values));
  const fill = (text: string): string =>
    text
      .replace(/\{([^|]*)\|([^}]*)\}/, (_, one: string, many: string) => (count === 1 ? one : many))
      .replace(/\$(\w)/g, (_, name: string) =>
        String(
          {
            t: words.types[params.type ?? 'nothing'],
            n: min,
            x: max,
            v: listed,
            k: JSON.stringify(key),
            K: keys?.join(', '),
          }[name],
        ),
      );
  return { message: fill(words.problem[code]), expected: fill(template) };
}
