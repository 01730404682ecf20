import { formatCount, formatDateTime, formatNumber, type Locale } from '@opvang/core/i18n';
import { describeProvince, provinces, type ProvinceId } from '@opvang/core/provinces';
import { deployments, describeDeploymentState } from '@opvang/core/register';
import { parseIsoDateTime } from '@opvang/core/shared';
import { stepDefinition, targetGroups } from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { messages, stateLabels, targetGroupLabels } from './messages.js';
import type { CaseFilters, CaseRow, PortfolioState } from './rows.js';
import { filterSelect } from '../shared/filter-select.js';

const STATES: readonly PortfolioState[] = ['overdue', 'active', 'completed'];

/** A link to a case from the `case-link` template: `{caseId}` becomes the encoded id. */
export function caseHref(template: string | undefined, caseId: string): string | undefined {
  if (!template) return undefined;
  return template.replaceAll('{caseId}', encodeURIComponent(caseId));
}

const select = (
  name: keyof CaseFilters,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  locale: Locale,
): TemplateResult => filterSelect(name, label, value, options, messages[locale].any);

/** The four filters; each change is one `change` event on the form. */
export function filtersView(
  filters: CaseFilters,
  locale: Locale,
  present: readonly ProvinceId[],
  onChange: (event: Event) => void,
): TemplateResult {
  const m = messages[locale];
  const provinceOptions = [
    ...provinces
      .filter((province) => present.includes(province.id))
      .map((province) => [province.id, describeProvince(province.id, locale)] as const),
    ['unknown', m.provinceUnknown] as const,
  ];
  return html`<form part="filters" aria-label=${m.filters} @change=${onChange} @submit=${(event: Event) => event.preventDefault()}>
    ${select('province', m.province, filters.province ?? '', provinceOptions, locale)}
    ${select(
      'state',
      m.state,
      filters.state ?? '',
      STATES.map((state) => [state, stateLabels[locale][state]] as const),
      locale,
    )}
    ${select(
      'targetGroup',
      m.targetGroup,
      filters.targetGroup ?? '',
      targetGroups.map((group) => [group, targetGroupLabels[locale][group]] as const),
      locale,
    )}
    ${select(
      'supportNotNeeded',
      m.supportNotNeeded,
      filters.supportNotNeeded ?? '',
      [
        ['yes', m.yes],
        ['no', m.no],
      ],
      locale,
    )}
  </form>`;
}

/** "3 of 40 cases shown", for the live status line. */
export function shownText(shown: number, total: number, locale: Locale): string {
  const m = messages[locale];
  return m.shown({
    shown: formatNumber(shown, locale),
    total: formatCount(total, locale, { one: m.caseOne, other: m.caseOther }),
  });
}

function dueView(row: CaseRow, locale: Locale): TemplateResult | typeof nothing {
  if (row.nextDueText === undefined) return nothing;
  const due = parseIsoDateTime(row.nextDueText);
  if (due === undefined) return nothing;
  return html`<time datetime=${row.nextDueText}>${formatDateTime(due, locale, 'date-time')}</time>`;
}

function rowView(row: CaseRow, locale: Locale, linkTemplate: string | undefined): TemplateResult {
  const m = messages[locale];
  const href = caseHref(linkTemplate, row.caseId);
  const { done, skipped, applicable } = row.status.progress;
  const name =
    href === undefined
      ? row.municipality
      : html`<a part="case-link" href=${href}>${row.municipality}</a>`;
  return html`<tr part="case ${row.state}" data-case-id=${row.caseId}>
    <th scope="row">${name} <span part="case-id">${row.caseId}</span></th>
    <td>${row.province === undefined ? m.provinceUnknown : describeProvince(row.province, locale)}</td>
    <td>
      
      ${m.stepsDone({ done: done + skipped, total: applicable })}
      ${row.status.declined ? html`<br /><span part="declined">${m.declined}</span>` : nothing}
    </td>
    <td>
      ${row.nextStep === undefined ? m.noNextStep : html`${row.nextStep} ${stepDefinition(row.nextStep).title[locale]}`}
    </td>
    <td>
      ${row.state === 'overdue' ? html`<strong part="overdue">${m.overdueBy}</strong> ` : nothing}${dueView(row, locale)}
    </td>
  </tr>`;
}

/** The cases as a table, most urgent first. */
export function tableView(
  rows: readonly CaseRow[],
  locale: Locale,
  linkTemplate: string | undefined,
): TemplateResult {
  const m = messages[locale];
  return html`<table part="cases">
    <thead>
      <tr>
        <th scope="col">${m.municipality}</th>
        <th scope="col">${m.province}</th>
        <th scope="col">${m.progress}</th>
        <th scope="col">${m.nextStep}</th>
        <th scope="col">${m.due}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => rowView(row, locale, linkTemplate))}
    </tbody>
  </table>`;
}

/**
 * The register's deployments as read-only rows: municipality, province and the date text as
 * the register gives it (`raw`, verbatim), with what it says (deployed, expected, closed…).
 * Nothing is added: no confirmation instant, no step, no status.
 */
export function registerView(
  locale: Locale,
  province: string,
  headingLevel: number,
): TemplateResult {
  const m = messages[locale];
  const shown = deployments.filter((deployment) => !province || province === deployment.province);
  return html`<section part="register">
    <div role="heading" aria-level=${headingLevel} part="register-heading">${m.register}</div>
    <table part="register-table">
      <thead>
        <tr>
          <th scope="col">${m.municipality}</th>
          <th scope="col">${m.province}</th>
          <th scope="col">${m.registerDate}</th>
          <th scope="col">${m.registerState}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (deployment) => html`<tr data-register-id=${deployment.id}>
            <th scope="row">${deployment.municipality}</th>
            <td>${describeProvince(deployment.province, locale)}</td>
            <td>${deployment.raw.trim()}</td>
            <td>${deployment.parsed.states.map((state) => describeDeploymentState(state, locale)).join(', ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
