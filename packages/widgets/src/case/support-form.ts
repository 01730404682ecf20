import type { CatalogueItem } from '@opvang/core/catalogue';
import type { Locale } from '@opvang/core/i18n';
import { parseInstant } from '@opvang/core/shared';
import {
  involvedByKinds,
  involvedByNames,
  stepDefinition,
  stepIds,
  type Actor,
  type CaseEvent,
  type CaseState,
  type InvolvedBy,
  type StepId,
} from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import {
  catalogueFailed,
  loadCatalogue,
  loadedCatalogue,
  type CatalogueModule,
} from './catalogue-loader.js';
import { caseForm, field, type RecordingView } from './form-parts.js';
import { longDateTime } from './history.js';
import { involvedByText, itemTitle, supportMessages } from './support-messages.js';

/**
 * The catalogue kinds the support form offers: the standard support offer, the training
 * topics of D.e and the extra support of K, the "support offered to the municipality" the
 * parliamentary question asks about. The officer's tasks, the partners and AgII's internal
 * services are not support given to a municipality; the core would take their ids too.
 */
export const supportKinds = ['support-offer', 'training-topic', 'extra-support'] as const;

/** A group of the support form: the items whose first step is `step` (none: `undefined`). */
export interface SupportGroup {
  readonly step: StepId | undefined;
  readonly items: readonly CatalogueItem[];
}

/**
 * The support form's items (of `catalogue`) by their first step, in plan order, and those
 * tied to no step last; each item once, in catalogue order.
 *
 * @example
 * ```ts
 * supportGroups((await loadCatalogue())?.catalogue ?? [])[0]?.step; // 'D.a'
 * ```
 */
export function supportGroups(catalogue: readonly CatalogueItem[]): readonly SupportGroup[] {
  const offered = catalogue.filter((item) =>
    (supportKinds as readonly string[]).includes(item.kind),
  );
  const groups: SupportGroup[] = stepIds.map((step) => ({
    step,
    items: offered.filter((item) => item.steps[0] === step),
  }));
  groups.push({ step: undefined, items: offered.filter((item) => item.steps.length === 0) });
  return groups.filter((group) => group.items.length > 0);
}

/**
 * The event one of the three forms describes, unchecked: the element checks it with
 * `applyEvent`, and the core's explanation says what is wrong (no party chosen, no item).
 *
 * @example
 * ```ts
 * supportEventFromForm('support', new FormData(form), { caseId, at, actor });
 * // { kind: 'support-offered', items: ['buddy-scheme'], … }
 * ```
 */
export function supportEventFromForm(
  form: 'announce' | 'involve' | 'support',
  data: FormData,
  common: { readonly caseId: string; readonly at: string; readonly actor: Actor },
): CaseEvent {
  if (form === 'announce') {
    const channel = field(data, 'channel');
    return { ...common, kind: 'opening-announced', ...(channel ? { channel } : {}) };
  }
  if (form === 'involve') {
    const kind = field(data, 'involvedBy');
    const by = (
      kind === 'other' ? { kind, name: field(data, 'otherName') } : { kind }
    ) as InvolvedBy;
    return { ...common, kind: 'officer-involved', by };
  }
  const items = data.getAll('items').filter((item): item is string => typeof item === 'string');
  const kind = field(data, 'supportKind') === 'delivered' ? 'support-delivered' : 'support-offered';
  return { ...common, kind, items };
}

const dateOf = (instant: string, locale: Locale) =>
  supportMessages[locale].on({ date: longDateTime(instant, locale) });

/** Before, after or at the announcement, when both are recorded. */
function relation(state: CaseState, locale: Locale): string | undefined {
  const { involvement, announcedAt } = state;
  if (involvement === undefined || announcedAt === undefined) return undefined;
  const text = supportMessages[locale];
  // Both were checked by the core: they parse.
  const order = (parseInstant(involvement.at) ?? 0) - (parseInstant(announcedAt) ?? 0);
  return order < 0 ? text.before : order > 0 ? text.after : text.same;
}

function itemList(ids: readonly string[], locale: Locale): TemplateResult | string {
  if (ids.length === 0) return supportMessages[locale].notRecorded;
  const list = () =>
    html`<ul class="support-items">${ids.map((id) => html`<li>${itemTitle(id, locale)}</li>`)}</ul>`;
  // Ids until the catalogue is there, then its titles.
  return loadedCatalogue() === undefined
    ? html`${until(
        loadCatalogue().then(() => list()),
        list(),
      )}`
    : list();
}

/** What is recorded: the announcement, who involved the officer and when, the support. */
function recorded(state: CaseState, locale: Locale): TemplateResult {
  const text = supportMessages[locale];
  const announcement = state.events.find((event) => event.kind === 'opening-announced');
  const channel =
    announcement?.kind === 'opening-announced' && announcement.channel !== undefined
      ? ` (${announcement.channel})`
      : '';
  const { involvement } = state;
  const order = relation(state, locale);
  return html`<dl class="support-facts">
    <dt>${text.announced}</dt>
    <dd>${state.announcedAt === undefined ? text.notRecorded : `${dateOf(state.announcedAt, locale)}${channel}`}</dd>
    <dt>${text.involvedBy}</dt>
    <dd>${
      involvement === undefined
        ? text.notRecorded
        : `${involvedByText(involvement.by, locale)}, ${dateOf(involvement.at, locale)}${order === undefined ? '' : `, ${order}`}`
    }</dd>
    <dt>${text.offered}</dt>
    <dd>${itemList(state.supportOffered, locale)}</dd>
    <dt>${text.delivered}</dt>
    <dd>${itemList(state.supportDelivered, locale)}</dd>
  </dl>`;
}

function involveControls(locale: Locale): TemplateResult {
  const text = supportMessages[locale];
  return html`<fieldset class="field"><legend>${text.involveBy}</legend>${involvedByKinds.map(
    (
      kind,
    ) => html`<div class="check"><input type="radio" id="involved-${kind}" name="involvedBy" value=${kind} />
      <label for="involved-${kind}">${involvedByNames[locale][kind]}</label></div>`,
  )}</fieldset>
  <div class="field"><label for="involved-name">${text.otherName}</label>
    <input id="involved-name" name="otherName" /></div>`;
}

function supportControls(view: RecordingView, catalogue: CatalogueModule): TemplateResult {
  const { locale, state } = view;
  const text = supportMessages[locale];
  const mark = (id: string) =>
    state.supportDelivered.includes(id)
      ? ` ${text.isDelivered}`
      : state.supportOffered.includes(id)
        ? ` ${text.isOffered}`
        : '';
  const title = (step: StepId | undefined) =>
    step === undefined ? text.noStep : `${step} ${stepDefinition(step).title[locale]}`;
  return html`<fieldset class="field"><legend>${text.supportWhat}</legend>${(
    ['offered', 'delivered'] as const
  ).map(
    (
      what,
      index,
    ) => html`<div class="check"><input type="radio" id="support-${what}" name="supportKind" value=${what} ?checked=${index === 0} />
      <label for="support-${what}">${what === 'offered' ? text.supportOffered : text.supportDelivered}</label></div>`,
  )}</fieldset>
  <fieldset class="field support-choice"><legend>${text.items}</legend>${supportGroups(
    catalogue.catalogue,
  ).map(
    (group) =>
      html`<fieldset class="field"><legend>${title(group.step)}</legend>${group.items.map(
        (
          item,
        ) => html`<div class="check"><input type="checkbox" id="support-item-${item.id}" name="items" value=${item.id} />
        <label for="support-item-${item.id}">${item.label[locale]}${mark(item.id)}</label></div>`,
      )}</fieldset>`,
  )}</fieldset>`;
}

/**
 * The section for the parliamentary question's facts: what is recorded (the public
 * announcement, who involved the liaison officer and whether before or after it, the support
 * offered and delivered), and the forms to record them. The announcement and the involvement
 * are recorded once; their forms go once recorded, unless a problem is shown.
 *
 * @example
 * ```ts
 * html`${supportSection(view)}`;
 * ```
 */
export function supportSection(view: RecordingView): TemplateResult {
  const { locale, state, problems } = view;
  const text = supportMessages[locale];
  return html`<section part="support" class="support" aria-labelledby="support-heading">
    <div class="subheading" id="support-heading" role="heading" aria-level=${view.level}>${text.heading}</div>
    ${recorded(state, locale)}
    ${
      state.announcedAt === undefined || problems.has('announce')
        ? caseForm(
            view,
            'announce',
            text.announceHeading,
            html`<p>${text.announceHint}</p>
            <div class="field"><label for="announce-channel">${text.channel}</label>
              <input id="announce-channel" name="channel" /></div>`,
          )
        : nothing
    }
    ${
      state.involvement === undefined || problems.has('involve')
        ? caseForm(view, 'involve', text.involveHeading, involveControls(locale))
        : nothing
    }
    ${supportForm(view)}
  </section>`;
}

/**
 * The support form, once the catalogue is loaded. Until then (or offline) a line says so in
 * its place; the forms above it never wait for the catalogue, so nothing typed there is lost.
 */
function supportForm(view: RecordingView): TemplateResult {
  const text = supportMessages[view.locale];
  const form = (catalogue: CatalogueModule) =>
    caseForm(view, 'support', text.supportHeading, supportControls(view, catalogue));
  const loaded = loadedCatalogue();
  if (loaded !== undefined) return form(loaded);
  const unavailable = html`<p class="warning" part="warning">${text.catalogueUnavailable}</p>`;
  return html`${until(
    loadCatalogue().then((module) => (module === undefined ? unavailable : form(module))),
    catalogueFailed() ? unavailable : html`<p role="status">${text.catalogueLoading}</p>`,
  )}`;
}
