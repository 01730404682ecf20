// The full-quota case of contact-delivery.test.ts, run in an iframe of another origin
// (127.0.0.1 instead of localhost). localStorage belongs to an origin and test files run side
// by side in pages of one browser, so filling it here, and not on localhost, cannot make
// another file's tests fail. It reports what the resident read at each step to the parent.
import '../define.js';
import type { OpvangContact } from '../contact.js';
import { contactPoint, fill, submit, validMessage } from './fixtures.js';

/** What the test page receives, as `{ type: 'opvang-full-storage', report }`. */
export interface FullStorageReport {
  /** Whether localStorage really was full: a 100-character write failed. */
  readonly full: boolean;
  /** The status line while the resident types, after the first (failed) attempt, after delivery. */
  readonly typing: string;
  readonly queued: string;
  readonly sent: string;
  /** Anything thrown out of the widget. */
  readonly errors: readonly string[];
  /** The id of the delivered message. */
  readonly id: string;
}

const errors: string[] = [];
addEventListener('error', (event) => {
  errors.push(String(event.error ?? event.message));
  event.preventDefault();
});
addEventListener('unhandledrejection', (event) => {
  errors.push(String(event.reason));
  event.preventDefault();
});

/** Fills localStorage to its quota, as any script on a site can; returns the keys to remove. */
function fillStorage(): string[] {
  const keys: string[] = [];
  let chunk = 'x'.repeat(1 << 20);
  while (chunk.length > 0) {
    try {
      localStorage.setItem(`opvang-test-fill:${keys.length}`, chunk);
      keys.push(`opvang-test-fill:${keys.length}`);
    } catch {
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
  return keys;
}

function isFull(): boolean {
  try {
    localStorage.setItem('opvang-test-probe', 'x'.repeat(100));
    localStorage.removeItem('opvang-test-probe');
    return false;
  } catch {
    return true;
  }
}

const statusOf = (element: OpvangContact): string =>
  (element.shadowRoot?.querySelector('[part="status"]')?.textContent ?? '').trim();
const once = (element: OpvangContact, type: 'opvang-contact-queued' | 'opvang-contact-submitted') =>
  new Promise<Event>((resolve) => element.addEventListener(type, resolve, { once: true }));

async function run(): Promise<FullStorageReport> {
  const keys = fillStorage();
  try {
    const full = isFull();
    const element = document.createElement('opvang-contact');
    element.setAttribute('endpoint', new URL(location.href).searchParams.get('endpoint') ?? '');
    element.setAttribute('min-fill-seconds', '0');
    element.setAttribute('retry-base-ms', '50');
    element.contactPoint = contactPoint;
    document.body.append(element);
    await element.updateComplete;
    await fill(element, { ...validMessage, message: 'Bericht met een volle localStorage.' });
    const typing = statusOf(element);
    const queued = once(element, 'opvang-contact-queued');
    const submitted = once(element, 'opvang-contact-submitted');
    await submit(element);
    await queued;
    await element.updateComplete;
    const queuedText = statusOf(element);
    const { detail } = (await submitted) as CustomEvent<{ id: string }>;
    await element.updateComplete;
    return { full, typing, queued: queuedText, sent: statusOf(element), errors, id: detail.id };
  } finally {
    for (const key of keys) localStorage.removeItem(key);
  }
}

run().then(
  (report) => parent.postMessage({ type: 'opvang-full-storage', report }, '*'),
  (error: unknown) =>
    parent.postMessage({ type: 'opvang-full-storage', report: { errors: [String(error)] } }, '*'),
);
