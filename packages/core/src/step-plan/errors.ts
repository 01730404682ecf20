import { localeOfTag, type Locale, type Localized } from '../i18n/index.js';
import {
  depthError,
  describeIssueIn,
  isRecord,
  OpvangValidationError,
  validationError,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';
import { stepDefinition, type StepId } from './steps.js';

/** Why an event cannot be applied to a case. */
export type RejectionCode =
  | 'other-case'
  | 'out-of-order'
  | 'step-has-sub-steps'
  | 'not-applicable'
  | 'dependencies-not-done'
  | 'already-started'
  | 'already-done'
  | 'already-skipped'
  | 'format-required'
  | 'forbidden-format'
  | 'format-not-expected'
  | 'already-declined'
  | 'not-opening-event'
  | 'already-announced'
  | 'already-involved'
  | 'unknown-catalogue-item';

/** An event that is well formed but impossible for this case; the case is unchanged. */
export interface EventRejected {
  readonly kind: 'event-rejected';
  readonly code: RejectionCode;
  /** The step the event is about, if any. */
  readonly step?: StepId;
  /** For `dependencies-not-done`: the steps still to do (the texts name each with its title). */
  readonly missing?: readonly StepId[];
  /** For `forbidden-format`: the format given. */
  readonly format?: string;
  /** For `unknown-catalogue-item`: the event's kind (`support-offered` or `support-delivered`). */
  readonly event?: 'support-offered' | 'support-delivered';
  /** For `unknown-catalogue-item`: the ids that name no item of `@opvang/core/catalogue`. */
  readonly items?: readonly string[];
  /** In English, for developers and logs; {@link describeCaseError} gives it in a language. */
  readonly message: string;
}

/** An event log that cannot be loaded: which event, and why. Nothing is half loaded. */
export interface LogRejected {
  readonly kind: 'log-rejected';
  /** The index of the event in `events` that failed; absent when the envelope itself is wrong. */
  readonly eventIndex?: number;
  readonly cause: ValidationError | EventRejected;
  readonly message: string;
}

/** Everything that can go wrong with a case. */
export type CaseError = ValidationError | EventRejected | LogRejected;

type Details = Pick<EventRejected, 'step' | 'missing' | 'format' | 'event' | 'items'>;
type Texts = {
  readonly [C in RejectionCode]: (
    details: Details & {
      readonly title: string;
      readonly missingList: string;
      /** The unknown ids, quoted and joined. */
      readonly itemList: string;
      /** The event's kind in words, for `unknown-catalogue-item`. */
      readonly eventName: string;
    },
  ) => string;
};

const supportEventNames: Localized<{
  readonly [K in NonNullable<EventRejected['event']>]: string;
}> = {
  nl: {
    'support-offered': 'ondersteuning aangeboden',
    'support-delivered': 'ondersteuning geleverd',
  },
  fr: { 'support-offered': 'soutien proposé', 'support-delivered': 'soutien fourni' },
  de: {
    'support-offered': 'Unterstützung angeboten',
    'support-delivered': 'Unterstützung geleistet',
  },
  en: { 'support-offered': 'support offered', 'support-delivered': 'support delivered' },
};

/* eslint-disable @typescript-eslint/restrict-template-expressions -- rejection() passes each code the details its texts use */
const texts: Localized<Texts> = {
  nl: {
    'other-case': () => 'Deze gebeurtenis hoort bij een ander dossier.',
    'out-of-order': () =>
      'Deze gebeurtenis is eerder gedateerd dan de vorige; gebeurtenissen volgen elkaar in de tijd op.',
    'step-has-sub-steps': ({ step }) => `Stap ${step} bestaat uit deelstappen; registreer die.`,
    'not-applicable': ({ step, title }) =>
      `Stap ${step} (${title}) is niet van toepassing op dit dossier.`,
    'dependencies-not-done': ({ step, missingList }) =>
      `Stap ${step} kan pas worden gestart of afgerond als deze stappen klaar zijn: ${missingList}.`,
    'already-started': ({ step }) => `Stap ${step} is al gestart.`,
    'already-done': ({ step }) => `Stap ${step} is al afgerond.`,
    'already-skipped': ({ step }) => `Stap ${step} is al overgeslagen.`,
    'format-required': ({ step }) =>
      `Geef aan in welke vorm stap ${step} plaatsvond; alleen een infomarkt telt.`,
    'forbidden-format': ({ step }) =>
      `Stap ${step} moet een infomarkt zijn: geen panelgesprek en geen infovergadering.`,
    'format-not-expected': ({ step }) =>
      `Een vorm geeft u alleen op bij stap H, niet bij stap ${step}.`,
    'already-declined': () =>
      'Het lokaal bestuur heeft al laten weten geen ondersteuning nodig te hebben.',
    'not-opening-event': () =>
      'Een dossier begint altijd met het aanmaken ervan, en dat kan maar één keer.',
    'already-announced': () =>
      'De publieke aankondiging van de opening is al geregistreerd; een correctie noteert u als notitie.',
    'already-involved': () =>
      'Wie de verbindingsofficier heeft betrokken, is al geregistreerd; een correctie noteert u als notitie.',
    'unknown-catalogue-item': ({ eventName, itemList }) =>
      `‘${eventName}’ noemt iets dat niet in de catalogus staat: ${itemList}.`,
  },
  fr: {
    'other-case': () => 'Cet événement appartient à un autre dossier.',
    'out-of-order': () =>
      'Cet événement porte une date antérieure à celle du précédent ; les événements doivent se suivre dans l’ordre chronologique.',
    'step-has-sub-steps': ({ step }) =>
      `L’étape ${step} se compose de sous-étapes ; enregistrez celles-ci.`,
    'not-applicable': ({ step, title }) =>
      `L’étape ${step} (${title}) ne s’applique pas à ce dossier.`,
    'dependencies-not-done': ({ step, missingList }) =>
      `L’étape ${step} ne peut être commencée ou terminée qu’une fois ces étapes terminées : ${missingList}.`,
    'already-started': ({ step }) => `L’étape ${step} a déjà commencé.`,
    'already-done': ({ step }) => `L’étape ${step} est déjà terminée.`,
    'already-skipped': ({ step }) => `L’étape ${step} a déjà été ignorée (sautée).`,
    'format-required': ({ step }) =>
      `Indiquez le format de l’étape ${step} ; seul un marché d’information compte.`,
    'forbidden-format': ({ step }) =>
      `L’étape ${step} doit être un marché d’information : ni débat avec un panel, ni séance d’information.`,
    'format-not-expected': ({ step }) =>
      `Un format n’est à indiquer que pour l’étape H, pas pour l’étape ${step}.`,
    'already-declined': () => 'La commune a déjà indiqué ne pas avoir besoin de soutien.',
    'not-opening-event': () => 'Un dossier commence toujours par sa création, une seule fois.',
    'already-announced': () =>
      'L’annonce publique de l’ouverture est déjà enregistrée ; notez une correction dans une note.',
    'already-involved': () =>
      'Qui a impliqué l’officier de liaison est déjà enregistré ; notez une correction dans une note.',
    'unknown-catalogue-item': ({ eventName, itemList }) =>
      `« ${eventName} » cite un élément absent du catalogue : ${itemList}.`,
  },
  de: {
    'other-case': () => 'Dieses Ereignis gehört zu einem anderen Vorgang.',
    'out-of-order': () =>
      'Dieses Ereignis ist früher datiert als das vorige; Ereignisse folgen zeitlich aufeinander.',
    'step-has-sub-steps': ({ step }) =>
      `Schritt ${step} besteht aus Teilschritten; erfassen Sie diese.`,
    'not-applicable': ({ step, title }) =>
      `Schritt ${step} (${title}) gilt für diesen Vorgang nicht.`,
    'dependencies-not-done': ({ step, missingList }) =>
      `Schritt ${step} kann erst begonnen oder abgeschlossen werden, wenn diese Schritte erledigt sind: ${missingList}.`,
    'already-started': ({ step }) => `Schritt ${step} wurde bereits begonnen.`,
    'already-done': ({ step }) => `Schritt ${step} ist bereits erledigt.`,
    'already-skipped': ({ step }) => `Schritt ${step} wurde bereits übersprungen.`,
    'format-required': ({ step }) =>
      `Geben Sie das Format von Schritt ${step} an; nur ein Informationsmarkt zählt.`,
    'forbidden-format': ({ step }) =>
      `Schritt ${step} muss ein Informationsmarkt sein: keine Podiumsdiskussion und keine Informationsveranstaltung.`,
    'format-not-expected': ({ step }) =>
      `Ein Format ist nur bei Schritt H anzugeben, nicht bei Schritt ${step}.`,
    'already-declined': () =>
      'Die Gemeinde hat bereits mitgeteilt, keine Unterstützung zu benötigen.',
    'not-opening-event': () => 'Ein Vorgang beginnt immer mit seiner Anlage; das geht nur einmal.',
    'already-announced': () =>
      'Die öffentliche Ankündigung der Eröffnung ist bereits erfasst; eine Korrektur vermerken Sie in einer Notiz.',
    'already-involved': () =>
      'Wer die Verbindungsbeauftragten hinzugezogen hat, ist bereits erfasst; eine Korrektur vermerken Sie in einer Notiz.',
    'unknown-catalogue-item': ({ eventName, itemList }) =>
      `„${eventName}“ nennt etwas, das nicht im Katalog steht: ${itemList}.`,
  },
  en: {
    'other-case': () => 'This event belongs to another case.',
    'out-of-order': () =>
      'This event is dated before the previous one; events follow each other in time.',
    'step-has-sub-steps': ({ step }) => `Step ${step} is made of sub-steps; record those.`,
    'not-applicable': ({ step, title }) => `Step ${step} (${title}) does not apply to this case.`,
    'dependencies-not-done': ({ step, missingList }) =>
      `Step ${step} can only be started or completed once these steps are done: ${missingList}.`,
    'already-started': ({ step }) => `Step ${step} has already started.`,
    'already-done': ({ step }) => `Step ${step} is already done.`,
    'already-skipped': ({ step }) => `Step ${step} was already skipped.`,
    'format-required': ({ step }) =>
      `Please state the format of step ${step}; only an information market counts.`,
    'forbidden-format': ({ step }) =>
      `Step ${step} must be an information market: not a panel discussion and not an information meeting.`,
    'format-not-expected': ({ step }) => `A format is given for step H only, not for step ${step}.`,
    'already-declined': () => 'The municipality has already said it did not need support.',
    'not-opening-event': () => 'A case always starts with its creation, and only once.',
    'already-announced': () =>
      'The public announcement of the opening is already recorded; record a correction as a note.',
    'already-involved': () =>
      'Who involved the liaison officer is already recorded; record a correction as a note.',
    'unknown-catalogue-item': ({ eventName, itemList }) =>
      `“${eventName}” names something that is not in the catalogue: ${itemList}.`,
  },
};
/* eslint-enable @typescript-eslint/restrict-template-expressions */

/** Builds a rejection with its English message. */
export function rejection(code: RejectionCode, details: Details = {}): EventRejected {
  return {
    kind: 'event-rejected',
    code,
    ...details,
    message: describeRejection({ kind: 'event-rejected', code, ...details, message: '' }, 'en'),
  };
}

function describeRejection(error: EventRejected, locale: Locale): string {
  const text =
    typeof error.code === 'string' && Object.hasOwn(texts[locale], error.code)
      ? texts[locale][error.code]
      : undefined;
  if (text === undefined)
    notACaseError('code', 'a rejection code such as "dependencies-not-done"', error.code);
  const { missing, format } = error as { missing?: unknown; format?: unknown };
  if (
    missing !== undefined &&
    !(Array.isArray(missing) && missing.every((step) => typeof step === 'string'))
  )
    notACaseError('missing', 'a list of step ids', missing);
  if (format !== undefined && typeof format !== 'string')
    notACaseError('format', 'a meeting format', format);
  const { items, event } = error as { items?: unknown; event?: unknown };
  if (items !== undefined && !(Array.isArray(items) && items.every((id) => typeof id === 'string')))
    notACaseError('items', 'a list of catalogue item ids', items);
  if (event !== undefined && !(event === 'support-offered' || event === 'support-delivered'))
    notACaseError('event', '"support-offered" or "support-delivered"', event);
  const title = error.step === undefined ? '' : stepDefinition(error.step).title[locale];
  // Ids alone ("C.a, C.b") mean nothing to the person who recorded the event: each with its title.
  const missingList = (error.missing ?? [])
    .map((step) => `${step} (${stepDefinition(step).title[locale]})`)
    .join(', ');
  const itemList = (error.items ?? []).map((id) => `"${id}"`).join(', ');
  const eventName = error.event === undefined ? '' : supportEventNames[locale][error.event];
  return text({ ...error, title, missingList, itemList, eventName });
}

// A case error may come back from storage or another process: what is not one is its documented error.
function notACaseError(path: string, expected: string, received: unknown): never {
  throw new OpvangValidationError(
    validationError('case error', [
      { path, code: 'invalid', message: 'not part of a case error', expected, received },
    ]),
  );
}

/**
 * A case error as a sentence in a language, for the person who recorded the event.
 * Validation errors (malformed input) are described issue by issue, with their paths, in the
 * same language (`describeIssueIn`). The language is read as `localeOfTag` reads a
 * tag: `en-GB` is English, an unsupported one Dutch.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) for a value that is not a
 *   {@link CaseError}: an unknown `kind` or rejection `code`, or an error nested too deeply.
 *
 * @example
 * ```ts
 * const result = applyEvent(state, { kind: 'step-completed', step: 'D.d', … });
 * if (!result.ok) describeCaseError(result.error, 'nl');
 * // 'Stap D.d kan pas worden gestart of afgerond als deze stappen klaar zijn:
 * //  C.a (Aanbod ondersteuning verbindingsofficier), C.b (Eerste afspraak).'
 * ```
 */
export function describeCaseError(error: CaseError, tag: Locale): string {
  const locale = localeOfTag(tag);
  const tooDeep = depthError('case error', error);
  if (tooDeep !== undefined) throw new OpvangValidationError(tooDeep);
  if (!isRecord(error)) notACaseError('', 'a case error object', error);
  switch (error.kind) {
    case 'event-rejected':
      return describeRejection(error, locale);
    case 'log-rejected': {
      const inner = describeCaseError(error.cause, locale);
      if (error.eventIndex === undefined) return inner;
      if (typeof error.eventIndex !== 'number')
        notACaseError('eventIndex', 'the index of an event', error.eventIndex);
      const label = { nl: 'Gebeurtenis', fr: 'Événement', de: 'Ereignis', en: 'Event' }[locale];
      // French puts a no-break space before the colon.
      return `${label} ${error.eventIndex}${locale === 'fr' ? '\u00a0' : ''}: ${inner}`;
    }
    case 'validation': {
      // Each issue in the language, from the one catalogue (shared/issue-texts.ts).
      const issues: unknown = error.issues;
      const readable =
        Array.isArray(issues) &&
        issues.length > 0 &&
        issues.every(
          (one) =>
            isRecord(one) &&
            ['path', 'message', 'expected'].every((key) => typeof one[key] === 'string'),
        );
      if (!readable)
        notACaseError('issues', 'a list of validation issues { path, message, expected }', issues);
      return (issues as ValidationIssue[]).map((one) => describeIssueIn(one, locale)).join('; ');
    }
    default:
      return notACaseError(
        'kind',
        'one of "validation", "event-rejected", "log-rejected"',
        (error as { kind?: unknown }).kind,
      );
  }
}
