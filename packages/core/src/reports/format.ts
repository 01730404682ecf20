import { catalogueItem } from '../catalogue/index.js';
import { formatCalendarDate, localeOfTag, type Locale } from '../i18n/index.js';
import type { YearTally } from '../register/index.js';
import { formatInstant, parseInstant } from '../shared/index.js';
import { reportLabels, reportMessages } from './messages.js';
import type { CaseAnswer, Coverage, InvolvedBy, SupportItemRef } from './model.js';

/** A tally as the report writes it: `4`, or `4-5` when one entry may be in another year. */
export function tallyText(tally: YearTally, locale: Locale): string {
  return reportMessages[localeOfTag(locale)].range({
    certain: tally.certain,
    most: tally.certain + tally.possible,
  });
}

/** An instant as its Brussels calendar day in words: `29 maart 2024`; the text itself when unreadable. */
export function dayText(instant: string, locale: Locale): string {
  const epoch = parseInstant(instant);
  return epoch === undefined
    ? instant
    : formatCalendarDate(formatInstant(epoch).slice(0, 10), locale, 'day-month-year');
}

/** Who involved the officers, in words: `Fedasil`, `het Rode Kruis`, or the other party's name. */
export function involvedByText(by: InvolvedBy, locale: Locale): string {
  return by.kind === 'other' ? by.name : reportLabels[localeOfTag(locale)][`by-${by.kind}`];
}

/** A catalogue item by its id, with its titles when the catalogue has it. */
export function itemRef(id: string): SupportItemRef {
  const item = catalogueItem(id);
  return item === undefined ? { id } : { id, label: item.label };
}

/** A catalogue item's title in a language, or a note that the id is unknown. */
export function itemText(ref: SupportItemRef, locale: Locale): string {
  const tag = localeOfTag(locale);
  return ref.label?.[tag] ?? reportMessages[tag].unknownItem({ id: ref.id });
}

/** A list of items in words, `niets` for an empty one, `niet geregistreerd` when not recorded. */
export function itemsText(refs: readonly SupportItemRef[] | undefined, locale: Locale): string {
  const m = reportMessages[localeOfTag(locale)];
  if (refs === undefined) return m.notRecordedShort;
  return refs.length === 0 ? m.nothing : refs.map((ref) => itemText(ref, locale)).join('; ');
}

/** The "not recorded for 27 of 31 deployments" sentence of a question. */
export function coverageText(coverage: Coverage, locale: Locale): string {
  return reportMessages[localeOfTag(locale)].notRecorded({
    deployments: coverage.deployments,
    deploymentsAnswered: coverage.deploymentsAnswered,
    total: coverage.cases,
    answered: coverage.casesAnswered,
  });
}

/** The register entry of a case in words: `Bredene (000:94)`, or why none. */
export function registerText(answer: CaseAnswer, locale: Locale): string {
  const m = reportMessages[localeOfTag(locale)];
  const match = answer.register;
  if (match.kind === 'matched') return `${match.deployment.place} (${match.deployment.id})`;
  switch (match.reason) {
    case 'municipality-not-in-register':
      return m.notInRegister;
    case 'no-entry-near':
      return m.noEntryNear;
    case 'ambiguous':
      return m.ambiguous({ ids: match.candidates.map((d) => d.id).join(', ') });
  }
}

/** When a case's officers were involved against the announcement: `4 dagen vóór`, or not recorded. */
export function timingText(answer: CaseAnswer, locale: Locale): string {
  const tag = localeOfTag(locale);
  const m = reportMessages[tag];
  const involvement = answer.involvement;
  if (involvement.kind === 'not-recorded') return m.notRecordedShort;
  if (involvement.timing === 'same-day') return reportLabels[tag]['same-day'];
  return involvement.days < 0
    ? m.daysBefore({ count: -involvement.days })
    : m.daysAfter({ count: involvement.days });
}
