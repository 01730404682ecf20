import {
  applyEvent,
  caseStatus,
  loadCase,
  type ActorRole,
  type CaseState,
  type StepId,
} from '@opvang/core/step-plan';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CaseDocument, CaseStore, StoreFailure } from '../case-store/types.js';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { caseStyles } from './case.styles.js';
import {
  bandAnnouncement,
  contactBand,
  contactCountdown,
  MinuteClock,
  type ContactBand,
} from './countdown.js';
import { history } from './history.js';
import { messages } from './messages.js';
import { openForm, openFromForm, signInForm } from './open-form.js';
import { CaseQueue } from './pending-view.js';
import {
  caseForms,
  eventFromForm,
  roleChoice,
  stepPanel,
  type FactKey,
  type FormName,
  type FormProblem,
  type RecordingView,
} from './recording.js';
import { actorFor, failureOf, nowInBrussels, submitEvent, SubmissionIds } from './recorder.js';
import { isVolatile, release, storeFor } from './store-wiring.js';
import { focusStep, nextStepsList, taskList } from './task-list.js';
import { transferControls } from './transfer-controls.js';
import { importFile, type ImportProblem } from './transfer.js';

type Phase = 'loading' | 'ready' | 'missing' | 'failed' | 'invalid';
type Notice = '' | 'recorded' | 'queued' | 'imported';

/**
 * One case of the step plan: the steps A–K as a task list with each step's status, who acts
 * and its due date; the contact deadline (C.a) counting down in Brussels time; forms to record
 * what happened, each event checked with the core's `applyEvent` first; the history of who
 * recorded what when; the public announcement, who involved the liaison officer and the
 * catalogue's support offered and delivered; and the event log's export, import and print view.
 *
 * Without `store`, the case lives in this browser (IndexedDB, for one person); with `store`,
 * on the case server at that URL, with a token the host page sets (`token`) or the user types
 * into the widget's sign-in form. The token stays in memory only. What cannot reach the case
 * server now waits on this device (`PendingQueue`), shown, and goes when the connection returns.
 *
 * @tagname opvang-case
 * @summary A case of the step plan: task list, the 48-hour deadline, recording forms and the audit trail.
 *
 * @slot - Fallback content shown before the script runs or when the widget cannot work.
 *
 * @csspart base - The box around the whole widget.
 * @csspart heading - The case's heading.
 * @csspart deadline - The contact deadline (C.a) with its countdown.
 * @csspart overdue - The word that says the deadline has passed.
 * @csspart remaining - How long is left, or how long it is overdue.
 * @csspart next - The steps that can be worked on now.
 * @csspart plan - The task list of the step plan.
 * @csspart tag - Each step's status.
 * @csspart record - The forms for the whole case.
 * @csspart form - Each form.
 * @csspart form-error - Why a form's input was not recorded.
 * @csspart button - Each button.
 * @csspart support - The public announcement, who involved the officer, the support offered and delivered, with their forms.
 * @csspart history - The audit trail.
 * @csspart pending - The events waiting to be sent.
 * @csspart conflicts - The events that no longer fit the case, with discard and record-again buttons.
 * @csspart status - The line that says what was just recorded.
 * @csspart warning - That this browser cannot keep the case.
 * @csspart error - The message shown instead when the widget is configured wrongly.
 *
 * @cssproperty --opvang-color-text - Text colour. Default `#1b1b1b`.
 * @cssproperty --opvang-color-background - Background colour. Default `#ffffff`.
 * @cssproperty --opvang-color-border - Border colour. Default `#6b6b6b`.
 * @cssproperty --opvang-color-accent - Button, link and focus colour. Default `#0b5394`.
 * @cssproperty --opvang-color-error - Accent of errors and of an overdue deadline. Default `#b3261e`.
 * @cssproperty --opvang-color-error-background - Background of errors. Default `#fdecea`.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@opvang/widgets/cdn/opvang-case.js"></script>
 * <opvang-case case-id="demo-testdorp" person="An Voorbeeld">Deze pagina heeft JavaScript nodig.</opvang-case>
 * ```
 */
export class OpvangCase extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, caseStyles];
  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    caseId: { type: String, attribute: 'case-id' },
    store: { type: String },
    person: { type: String },
    credentials: { type: String },
    token: { attribute: false },
    caseStore: { attribute: false },
  };

  /** The case to show. Without it the widget offers to open a new case. */
  declare caseId: string | undefined;
  /** The case server's API base URL (`http://127.0.0.1:8788/api`); without it, the case lives in this browser. */
  declare store: string | undefined;
  /** In this browser's store: the name recorded with every event (`recordedBy`). */
  declare person: string | undefined;
  /** `include` behind a single sign-on proxy; otherwise requests carry no cookies. */
  declare credentials: string | undefined;
  /** The case server's bearer token, set by the host page (`el.token = …`); in memory only, never in a URL or in storage. */
  declare token: string | undefined;
  /** A store of your own (any {@link CaseStore}); it wins over `store`. */
  declare caseStore: CaseStore | undefined;

  #backend: CaseStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #phase: Phase = 'loading';
  #failure: StoreFailure['kind'] = 'unavailable';
  #document: CaseDocument | undefined;
  #state: CaseState | undefined;
  #ticket = 0;
  #selected: StepId | undefined;
  #problems = new Map<FormName | 'open', FormProblem>();
  #importProblem: ImportProblem | undefined;
  #notice: Notice = '';
  #band: ContactBand | undefined;
  #announced: ContactBand | undefined;
  #role: ActorRole = 'liaison-officer';
  #fact: FactKey = 'address';
  #busy = false;
  readonly #queue = new CaseQueue(this, () => void (this.#busy || this.#load()));
  readonly #ids = new SubmissionIds();
  readonly #clock = new MinuteClock(this, () => this.#state);
  constructor() {
    super(2); // the heading level
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: willUpdate connects the store again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    release(this.#backend, this.caseStore);
    this.#backend = undefined;
    this.#queue.use(undefined, undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const wiring = ['caseId', 'store', 'caseStore', 'token', 'person', 'credentials'] as const;
    if (this.#backend === undefined || wiring.some((key) => changed.has(key))) this.#connect();
    if (this.#state !== undefined) {
      const band = contactBand(this.#state, new Date(Date.now()));
      // Only a change of band is announced: never on load, never every minute.
      if (this.#band !== undefined && band !== this.#band) this.#announced = band;
      this.#band = band;
    }
  }

  #connect(): void {
    this.#release();
    try {
      const backend = storeFor(this);
      if (backend === 'invalid') {
        this.#phase = 'invalid';
        this.reportOnce(`store must be the case server's http(s) URL, got "${String(this.store)}"`);
        return;
      }
      this.#backend = backend;
      this.#queue.use(backend, this.caseStore === undefined ? this.store : undefined);
    } catch (error) {
      this.#fail(error);
      return;
    }
    const caseId = this.caseId;
    if (caseId !== undefined && caseId !== '')
      this.#unsubscribe = this.#backend.subscribe(caseId, () => void this.#load());
    this.#phase = 'loading';
    void this.#load();
  }

  async #load(): Promise<void> {
    const backend = this.#backend;
    const caseId = this.caseId;
    if (backend === undefined) return;
    if (caseId === undefined || caseId === '') {
      this.#show(undefined);
      return;
    }
    const ticket = (this.#ticket += 1);
    try {
      const document = await backend.read(caseId);
      if (ticket === this.#ticket) this.#show(document);
    } catch (error) {
      if (ticket === this.#ticket) this.#fail(error);
    }
  }

  #show(document: CaseDocument | undefined): void {
    const loaded = document === undefined ? undefined : loadCase(document.log);
    if (loaded !== undefined && !loaded.ok) {
      this.reportOnce(`the stored case cannot be read: ${loaded.error.message}`);
      this.#phase = 'failed';
      this.#failure = 'invalid';
    } else {
      if (loaded?.value.caseId !== this.#state?.caseId) this.#band = this.#announced = undefined;
      this.#phase = loaded === undefined ? 'missing' : 'ready';
      this.#document = document;
      this.#state = loaded?.value;
    }
    this.requestUpdate();
    this.#clock.arm();
  }

  #fail(error: unknown): void {
    this.#phase = 'failed';
    this.#failure = failureOf(error);
    const message = error instanceof Error ? error.message : 'the case store failed';
    if (this.#failure !== 'unauthenticated') this.reportOnce(message); // the sign-in form says it
    this.requestUpdate();
  }

  #problem(form: FormName | 'open', problem: FormProblem): void {
    this.#problems.set(form, problem);
    this.#notice = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`[id="${form}-error"]`)?.focus();
    });
  }

  readonly #onSubmit = (form: FormName, event: SubmitEvent): void => {
    event.preventDefault();
    void this.#record(form, event.target as HTMLFormElement);
  };

  async #record(form: FormName, element: HTMLFormElement): Promise<void> {
    const [state, backend, document] = [this.#state, this.#backend, this.#document];
    if (state === undefined || backend === undefined || document === undefined || this.#busy)
      return;
    const actor = actorFor(this.#role, this.person);
    const data = new FormData(element);
    const event = eventFromForm(form, data, { caseId: state.caseId, actor, now: nowInBrussels() });
    const checked = applyEvent(state, event);
    if (!checked.ok) {
      this.#problem(form, { kind: 'rejected', error: checked.error });
      return;
    }
    this.#busy = true;
    this.requestUpdate();
    const submission = this.#ids.for(form, event);
    const now = !data.get('at'); // no time given: the event happened now
    const outcome = await submitEvent(backend, this.#queue.queue, document, submission, now);
    this.#busy = false;
    if (outcome.document !== undefined) this.#show(outcome.document);
    if (outcome.kind === 'problem') {
      this.#problem(form, outcome.problem);
      return;
    }
    element.reset();
    // A step done or skipped loses its form: the focus goes back to the step's button.
    const step = form === 'step' && 'step' in event ? event.step : undefined;
    if (step !== undefined)
      void this.updateComplete.then(() => focusStep(this.renderRoot, step, false));
    this.#problems.delete(form);
    this.#ids.clear();
    this.#notice = outcome.kind === 'queued' ? 'queued' : 'recorded';
    this.requestUpdate();
  }

  readonly #onOpen = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const backend = this.#backend;
    if (backend === undefined || this.#busy) return;
    this.#busy = true;
    const form = new FormData(event.target as HTMLFormElement);
    const opened = await openFromForm(backend, form, actorFor(this.#role, this.person));
    this.#busy = false;
    if (opened.ok) this.#arrive(opened.value, 'recorded');
    else this.#problem('open', opened.error);
  };

  readonly #onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const result = await importFile(this.#backend, input, this.caseId || undefined);
    if (result === undefined) return;
    this.#importProblem = result.ok ? undefined : result.error;
    if (result.ok) this.#arrive(result.value, 'imported');
    else this.#notice = '';
    this.requestUpdate();
  };

  /** A case opened or imported here: shown, under its id. */
  #arrive(document: CaseDocument, notice: Notice): void {
    this.#problems.delete('open');
    this.#notice = notice;
    if (this.caseId === document.caseId) this.#show(document);
    else this.caseId = document.caseId;
  }

  readonly #select = (step: StepId, focus: boolean): void => {
    this.#selected = this.#selected === step && !focus ? undefined : step;
    this.#problems.delete('step');
    this.requestUpdate();
    if (focus) void this.updateComplete.then(() => focusStep(this.renderRoot, step, true));
  };

  #recordingView(state: CaseState, level: number): RecordingView {
    return {
      locale: this.locale,
      state,
      level,
      busy: this.#busy,
      problems: this.#problems as ReadonlyMap<FormName, FormProblem>,
      role: this.#role,
      fact: this.#fact,
      onRole: (event) => (this.#role = (event.target as HTMLSelectElement).value as ActorRole),
      onFact: (event) => {
        this.#fact = (event.target as HTMLSelectElement).value as FactKey;
        this.requestUpdate();
      },
      onSubmit: this.#onSubmit,
    };
  }

  #body(level: number): TemplateResult {
    const locale = this.locale;
    const text = messages[locale];
    const pending = this.#queue.view(locale, level, (document) => this.#show(document));
    const transfer = (state: CaseState | undefined) =>
      transferControls({
        locale,
        level,
        state,
        problem: this.#importProblem,
        root: this.renderRoot as ShadowRoot,
        onImport: this.#onImport,
      });
    if (this.#phase === 'loading') return html`<p>${text.loading}</p>`;
    if (this.#phase === 'failed')
      return this.#failure === 'unauthenticated'
        ? signInForm(locale, (token) => (this.token = token))
        : html`<p class="warning" part="warning">${text[this.#failure]}</p>
          <button class="button" part="button" type="button" @click=${() => this.#connect()}>${text.retry}</button>${pending}`;
    const state = this.#state;
    if (this.#phase === 'missing' || state === undefined)
      return html`${this.caseId ? html`<p>${text.missing}</p>` : nothing}
        ${openForm({ locale, level, caseId: this.caseId || undefined, busy: this.#busy, problem: this.#problems.get('open'), onSubmit: this.#onOpen })}
        ${transfer(undefined)}`;
    const now = new Date(Date.now());
    const status = caseStatus(state, now);
    const view = this.#recordingView(state, level);
    const panel = (step: StepId) => stepPanel(view, step);
    const list = {
      locale,
      state,
      status,
      level,
      selected: this.#selected,
      onSelect: this.#select,
      panel,
    };
    return html`<p>${state.facts.municipality} · ${state.facts.address}</p>
      ${contactCountdown(state, now, locale, level)}
      <p class="visually-hidden" role="status" part="announcement">${this.#announced === undefined ? '' : bandAnnouncement(this.#announced, locale)}</p>
      ${roleChoice(view)}
      ${nextStepsList(list)}${taskList(list)}
      ${pending}
      ${caseForms(view)}
      ${history(this.#document?.records ?? [], locale, level)}
      ${transfer(state)}`;
  }

  protected override render(): TemplateResult {
    const text = messages[this.locale];
    if (this.#phase === 'invalid') return this.contentError(text.invalidStore);
    const level = Math.min(this.heading + 1, 6);
    const notice = this.#notice === '' ? '' : text[this.#notice];
    return html`<section part="base" aria-labelledby="heading">
      <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${this.caseId ? text.heading({ caseId: this.caseId }) : text.newCase}</div>
      ${isVolatile(this.#backend) ? html`<p class="warning" part="warning">${text.volatile}</p>` : nothing}
      <p class="status" part="status" role="status">${notice}</p>
      ${this.#body(level)}
    </section>`;
  }
}
