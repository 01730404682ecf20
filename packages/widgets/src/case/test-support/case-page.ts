import { fixture, html, waitUntil } from '@open-wc/testing';
import type { CaseEvent } from '@opvang/core/step-plan';
import { LocalCaseStore } from '../../case-store/index.js';
import type { CaseStore } from '../../case-store/types.js';
import type { OpvangCase } from '../case.js';
import '../define.js';
import { freshDatabase, openingEvent } from './fixtures.js';

const realNow = Date.now.bind(Date);
/** Sets the clock the widget reads (`Date.now`) to `iso`, from where it keeps running. */
export function setClock(iso: string): void {
  const offset = Date.parse(iso) - realNow();
  Date.now = () => realNow() + offset;
}
/** Puts the real clock back. */
export function resetClock(): void {
  Date.now = realNow;
}

/** A local store on a database of its own, holding the demo case with `events` after its opening. */
export async function demoStore(events: readonly CaseEvent[] = []): Promise<LocalCaseStore> {
  const store = new LocalCaseStore({ recordedBy: 'An Voorbeeld', databaseName: freshDatabase() });
  const opened = await store.open({ id: 'open-1', event: openingEvent() });
  if (events.length > 0)
    await store.append(
      opened.caseId,
      1,
      events.map((event, index) => ({ id: `e-${String(index)}`, event })),
    );
  return store;
}

/** The widget on the demo case, once it has loaded. */
export async function caseWidget(
  store: CaseStore,
  lang = 'nl',
  caseId = 'demo-testdorp',
): Promise<OpvangCase> {
  const element = await fixture<OpvangCase>(
    html`<opvang-case lang=${lang} case-id=${caseId} person="An Voorbeeld" .caseStore=${store}></opvang-case>`,
  );
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part="plan"], [data-form="open"], [part="warning"]'),
    'the case did not load',
  );
  return element;
}

/** The shadow root. */
export const shadow = (element: Element): ShadowRoot => element.shadowRoot as ShadowRoot;

/** The widget's visible text, whitespace folded. */
export const shadowText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** Waits until the widget has settled after a click or a submit (the store answers asynchronously). */
export async function settle(element: OpvangCase): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  }
}

/** A row's status tag in the task list. */
export const tagOf = (element: Element, step: string): string =>
  shadow(element).querySelector(`[id="tag-${step}"]`)?.textContent?.trim() ?? '';

/** The form `name` (`step`, `note`, `decline`, `fact`, `open`) in the widget. */
export const formOf = (element: Element, name: string): HTMLFormElement =>
  shadow(element).querySelector(`form[data-form="${name}"]`) as HTMLFormElement;

/** Sets the named controls of a form as a person would, then submits it and waits. */
export async function submitForm(
  element: OpvangCase,
  name: string,
  values: Readonly<Record<string, string | boolean>> = {},
): Promise<void> {
  const form = formOf(element, name);
  for (const [control, value] of Object.entries(values)) {
    const targets = [...form.querySelectorAll<HTMLInputElement>(`[name="${control}"]`)];
    for (const target of targets) {
      if (target.type === 'radio' || target.type === 'checkbox')
        target.checked = typeof value === 'boolean' ? value : target.value === value;
      else target.value = String(value);
      target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  await element.updateComplete;
  formOf(element, name).requestSubmit();
  await settle(element);
}

/** Opens a step's panel from the task list. */
export async function openStep(element: OpvangCase, step: string): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>(`[id="task-${step}"]`)?.click();
  await element.updateComplete;
}

/** The error a form shows, or '' when it shows none. */
export const formError = (element: Element, name: string): string =>
  (shadow(element).querySelector(`[id="${name}-error"]`)?.textContent ?? '')
    .replace(/\s+/gu, ' ')
    .trim();

/** A store that never tells the widget about changes elsewhere: the next append meets them as a conflict. */
export function quiet(store: CaseStore): CaseStore {
  return {
    list: (signal) => store.list(signal),
    read: (caseId, signal) => store.read(caseId, signal),
    open: (submission) => store.open(submission),
    append: (caseId, version, events) => store.append(caseId, version, events),
    subscribe: () => () => undefined,
  };
}
