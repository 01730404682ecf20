// A client that follows the contract's conflict procedure, as the widgets do: it keeps the
// events it has not seen stored (pending), sends them with If-Match, and on 412 takes the
// current case from the answer, drops what is already stored, re-applies the rest with
// applyEvent, keeps aside what no longer applies (someone else did it) and sends again.
import { applyEvent, loadCase, type CaseEvent, type CaseState } from '@opvang/core/step-plan';
import type { CaseDocument, EventSubmission } from '../store.js';
import { call } from './http.js';

export interface ClientFigures {
  /** Events this client recorded. */
  recorded: number;
  /** 412 answers. */
  conflicts: number;
  /** Batches sent again after a (simulated) lost answer. */
  resent: number;
  /** Events dropped on re-applying because the case had moved on (e.g. a step done by the other). */
  superseded: string[];
}

export class ConflictClient {
  readonly figures: ClientFigures = { recorded: 0, conflicts: 0, resent: 0, superseded: [] };
  pending: EventSubmission[] = [];
  document!: CaseDocument;

  constructor(
    private readonly api: string,
    private readonly token: string,
    readonly caseId: string,
  ) {}

  async refresh(): Promise<void> {
    const answer = await call(`${this.api}/cases/${this.caseId}`, { token: this.token });
    if (answer.status !== 200) throw new Error(`read: ${answer.status} ${answer.text}`);
    this.document = answer.json as CaseDocument;
  }

  /** Records an event locally, checked against the case as this client knows it. */
  record(id: string, event: CaseEvent): boolean {
    const state = this.stateWithPending();
    if (!applyEvent(state, event).ok) return false;
    this.pending.push({ id, event });
    this.figures.recorded += 1;
    return true;
  }

  /** Sends the pending events until they are stored (or superseded). */
  async flush(options: { readonly loseAnswer?: boolean } = {}): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      const sentAt = this.document.version;
      const answer = await this.send(sentAt, batch);
      if (answer.status === 200) {
        if (options.loseAnswer === true) {
          // The answer never arrived: the client sends the same batch again with its old version.
          this.figures.resent += 1;
          const again = await this.send(sentAt, batch);
          if (again.status !== 200) throw new Error(`resend: ${again.status} ${again.text}`);
          this.document = again.json as CaseDocument;
        } else {
          this.document = answer.json as CaseDocument;
        }
        this.pending = this.pending.slice(batch.length);
        continue;
      }
      if (answer.status !== 412) throw new Error(`append: ${answer.status} ${answer.text}`);
      this.figures.conflicts += 1;
      this.document = (answer.json as { current: CaseDocument }).current;
      this.rebase();
    }
  }

  private send(version: number, events: readonly EventSubmission[]) {
    return call(`${this.api}/cases/${this.caseId}/events`, {
      method: 'POST',
      token: this.token,
      headers: { 'if-match': `"${version}"` },
      body: { events },
    });
  }

  /** Steps 1–4 of the conflict procedure, on the current case. */
  private rebase(): void {
    const stored = new Set(this.document.records.map((record) => record.id));
    let state = this.state();
    const kept: EventSubmission[] = [];
    for (const submission of this.pending) {
      if (stored.has(submission.id)) continue;
      const next = applyEvent(state, submission.event as CaseEvent);
      if (next.ok) {
        state = next.value;
        kept.push(submission);
      } else {
        this.figures.superseded.push(submission.id);
      }
    }
    this.pending = kept;
  }

  private state(): CaseState {
    const loaded = loadCase(this.document.log);
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  }

  private stateWithPending(): CaseState {
    let state = this.state();
    for (const { event } of this.pending) {
      const next = applyEvent(state, event as CaseEvent);
      if (next.ok) state = next.value;
    }
    return state;
  }
}
