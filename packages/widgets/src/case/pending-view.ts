import type { Locale } from '@opvang/core/i18n';
import { toBrusselsIso } from '@opvang/core/shared';
import { describeCaseError } from '@opvang/core/step-plan';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { HttpCaseStore } from '../case-store/http-store.js';
import { PendingController } from '../case-store/pending-controller.js';
import { PendingQueue, type PendingEvent } from '../case-store/pending.js';
import type { CaseDocument, CaseStore } from '../case-store/types.js';
import { describeEvent } from './history.js';
import { messages } from './messages.js';

/**
 * The offline queue for a widget's store: one for the case server (an {@link HttpCaseStore}),
 * keyed by the `store` URL (or the server's origin for a store the page gave); none for this
 * browser's own store, which cannot be offline.
 *
 * @example
 * ```ts
 * const queue = queueFor(backend, element.store); // undefined for a LocalCaseStore
 * ```
 */
export function queueFor(backend: CaseStore, store: string | undefined): PendingQueue | undefined {
  if (!(backend instanceof HttpCaseStore)) return undefined;
  return new PendingQueue({ store: backend, storeKey: store ?? backend.origin });
}

/** What the pending view shows and calls; made by the element on each render. */
export interface PendingView {
  readonly locale: Locale;
  readonly level: number;
  /** This case's events still to be sent. */
  readonly waiting: readonly PendingEvent[];
  /** This case's events that no longer fit it. */
  readonly conflicts: readonly PendingEvent[];
  /** Whether they live only in this page's memory (the device's storage is full or blocked). */
  readonly volatile: boolean;
  readonly onDiscard: (id: string) => void;
  /** Records the event again as happening now (a new `at`, the same id). */
  readonly onRetry: (entry: PendingEvent) => void;
}

/** Why a kept event was not stored: the core's reason, or what the store said. */
function reason(entry: PendingEvent, locale: Locale): string {
  const text = messages[locale];
  if (entry.conflict !== undefined)
    return `${text.conflictHint} ${describeCaseError(entry.conflict, locale)}`;
  return entry.failure === undefined ? text.conflict : text[entry.failure.kind];
}

/**
 * The events of this case that the case server does not have yet: those waiting to be sent
 * (kept on this device, sent by the queue when the connection is back), and those that no
 * longer fit the case, each with the core's reason, what the user recorded, and the buttons
 * to discard it or record it again now. Nothing when there are none.
 *
 * @example
 * ```ts
 * html`${pendingView({ locale, level, waiting, conflicts, volatile, onDiscard, onRetry })}`;
 * ```
 */
export function pendingView(view: PendingView): TemplateResult | typeof nothing {
  const { locale, waiting, conflicts } = view;
  if (waiting.length === 0 && conflicts.length === 0) return nothing;
  const text = messages[locale];
  const heading = (id: string, title: string) =>
    html`<div class="subheading" id=${id} role="heading" aria-level=${view.level}>${title}</div>`;
  const button = (label: string, onClick: () => void) =>
    html`<button class="button" part="button" type="button" @click=${onClick}>${label}</button>`;
  return html`${
    waiting.length === 0
      ? nothing
      : html`<section part="pending" aria-labelledby="pending-heading">
        ${heading('pending-heading', text.pendingHeading)}
        ${
          view.volatile
            ? html`<p class="warning" part="warning">${text.pendingVolatile}</p>`
            : html`<p>${text.pendingHint}</p>`
        }
        <ul>${waiting.map((entry) => html`<li>${describeEvent(entry.event, locale)}</li>`)}</ul>
      </section>`
  }${
    conflicts.length === 0
      ? nothing
      : html`<section part="conflicts" class="summary" aria-labelledby="conflicts-heading">
        ${heading('conflicts-heading', text.conflictsHeading)}
        <ul>${conflicts.map(
          (entry) => html`<li data-pending=${entry.id}>
            <p>${reason(entry, locale)}</p>
            <p><strong>${describeEvent(entry.event, locale)}</strong></p>
            ${button(text.discard, () => view.onDiscard(entry.id))}
            ${button(text.recordAgain, () => view.onRetry(entry))}
          </li>`,
        )}</ul>
      </section>`
  }`;
}

/**
 * The case widget's side of the offline queue: makes the queue for the widget's store
 * ({@link queueFor}), runs it through a {@link PendingController} while the widget is on the
 * page, tells the widget when some of its case's events were sent (so it shows the case with
 * them), and renders {@link pendingView} for the case.
 *
 * @example
 * ```ts
 * readonly #queue = new CaseQueue(this, () => void this.#load());
 * this.#queue.use(backend, this.store); // in connect; use(undefined) on release
 * html`${this.#queue.view(locale, level, (document) => this.#show(document))}`;
 * ```
 */
export class CaseQueue implements ReactiveController {
  /** The queue for the current store; none for this browser's store. */
  queue: PendingQueue | undefined;
  readonly #pending: PendingController;
  readonly #onSent: () => void;
  #waiting = 0;

  readonly #host: ReactiveControllerHost & { readonly caseId: string | undefined };

  /**
   * `host` is the widget (its `caseId` says which case's events to show); `onSent` reloads its
   * case (the widget skips that while it records: it shows that outcome itself, and a reload
   * before it would take away the form that must keep the user's input).
   */
  constructor(
    host: ReactiveControllerHost & { readonly caseId: string | undefined },
    onSent: () => void,
  ) {
    this.#pending = new PendingController(host, () => this.queue);
    this.#host = host;
    this.#onSent = onSent;
    host.addController(this);
  }

  /** Follows the widget's store (`undefined`: the widget let go of it). */
  use(backend: CaseStore | undefined, store: string | undefined): void {
    this.queue = backend === undefined ? undefined : queueFor(backend, store);
    this.#pending.sync();
  }

  hostUpdate(): void {
    const waiting = this.#entries('waiting').length;
    if (waiting < this.#waiting) this.#onSent();
    this.#waiting = waiting;
  }

  /** The case's waiting events and conflicts, with their buttons; `show` gets the case after a retry. */
  view(
    locale: Locale,
    level: number,
    show: (document: CaseDocument) => void,
  ): TemplateResult | typeof nothing {
    return pendingView({
      locale,
      level,
      waiting: this.#entries('waiting'),
      conflicts: this.#entries('conflicts'),
      volatile: this.#pending.volatile,
      onDiscard: (id) => void this.queue?.discard(id),
      // "Now": an event recorded offline before a colleague's later one is out of order as it was.
      onRetry: ({ id, event }) =>
        void this.queue
          ?.retry(id, { ...event, at: toBrusselsIso(new Date(Date.now())) })
          .then((result) => {
            if (result?.document !== undefined) show(result.document);
          }),
    });
  }

  #entries(which: 'waiting' | 'conflicts'): readonly PendingEvent[] {
    const caseId = this.#host.caseId;
    return this.#pending[which].filter((entry) => entry.caseId === caseId);
  }
}
