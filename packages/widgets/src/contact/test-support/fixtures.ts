import { oneEvent } from '@open-wc/testing';
import type { ContactPointInput } from '@opvang/core/contact';
import type { OpvangContact } from '../contact.js';

/** The widget's three events. */
type ContactEventType =
  'opvang-contact-submitted' | 'opvang-contact-queued' | 'opvang-contact-failed';

/** The next `type` event of the widget, with its detail typed (open-wc's `oneEvent` types it `any`). */
export function contactEvent<K extends ContactEventType>(
  element: OpvangContact,
  type: K,
): Promise<HTMLElementEventMap[K]> {
  return oneEvent<HTMLElementEventMap[K]>(element, type);
}

/** A contact point as a webmaster would paste it. */
export const contactPoint: ContactPointInput = {
  name: 'Contactpunt opvangcentrum',
  phone: '+32 50 12 34 56',
  email: 'opvang@gemeente.be',
  address: 'Markt 1, 8000 Brugge',
  openingHours: [
    {
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      opens: '00:00',
      closes: '24:00',
    },
  ],
};

/** Today's date in Brussels, `YYYY-MM-DD`. */
export function brusselsToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

// Test files run at the same time in pages of one browser, so they share localStorage: each
// file uses endpoints of its own and only ever clears or counts what belongs to them.
function ownedKeys(endpoints: readonly string[]): string[] {
  const keys: string[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key === null) continue;
    if (endpoints.some((endpoint) => key === `opvang-contact:draft:${endpoint}`)) keys.push(key);
    if (key.startsWith('opvang-contact:outbox:')) {
      try {
        if (
          endpoints.includes(
            (JSON.parse(localStorage.getItem(key) ?? '') as { endpoint?: string }).endpoint ?? '',
          )
        )
          keys.push(key);
      } catch {
        // not ours to judge
      }
    }
  }
  return keys;
}

/** Removes what the widget keeps in localStorage for these endpoints (`mailto` for none), so each test starts from a first visit. */
export function clearContactStorage(...endpoints: string[]): void {
  for (const key of ownedKeys(endpoints)) localStorage.removeItem(key);
}

/** The number of messages waiting in the outbox for these endpoints. */
export function outboxSize(...endpoints: string[]): number {
  return ownedKeys(endpoints).filter((key) => key.startsWith('opvang-contact:outbox:')).length;
}

export function shadow(element: OpvangContact): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

export function shadowText(element: OpvangContact): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

type Field = 'category' | 'message' | 'name' | 'email' | 'phone' | 'website';

/** Fills the form the way typing does: sets the value and fires `input`. */
export async function fill(
  element: OpvangContact,
  values: Partial<Record<Field, string>> & {
    replyChannel?: 'email' | 'phone';
    replyWanted?: boolean;
    consent?: boolean;
  },
): Promise<void> {
  const root = shadow(element);
  const set = async (name: string, apply: (input: HTMLInputElement) => void) => {
    await element.updateComplete;
    const input = root.querySelector<HTMLInputElement>(
      `[name="${name}"]${name === 'replyChannel' ? `[value="${values.replyChannel ?? ''}"]` : ''}`,
    );
    if (!input) throw new Error(`no field ${name}`);
    apply(input);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  if (values.category !== undefined)
    await set('category', (input) => (input.value = values.category ?? ''));
  if (values.message !== undefined)
    await set('message', (input) => (input.value = values.message ?? ''));
  if (values.name !== undefined) await set('name', (input) => (input.value = values.name ?? ''));
  if (values.website !== undefined)
    await set('website', (input) => (input.value = values.website ?? ''));
  if (values.replyWanted !== undefined)
    await set('replyWanted', (input) => (input.checked = values.replyWanted ?? false));
  if (values.replyChannel !== undefined)
    await set('replyChannel', (input) => (input.checked = true));
  if (values.email !== undefined) await set('email', (input) => (input.value = values.email ?? ''));
  if (values.phone !== undefined) await set('phone', (input) => (input.value = values.phone ?? ''));
  if (values.consent !== undefined)
    await set('consent', (input) => (input.checked = values.consent ?? false));
  await element.updateComplete;
}

export const validMessage = {
  category: 'question',
  message: 'Wanneer opent het opvangcentrum precies?',
  consent: true,
} as const;

/** Presses the send button. */
export async function submit(element: OpvangContact): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await element.updateComplete;
}

/**
 * Runs `test` in a browser that refuses `localStorage` altogether (a privacy setting, a
 * sandboxed frame): every access throws, as Chromium's does, and the real one comes back after.
 */
export async function withoutLocalStorage(test: () => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  });
  try {
    await test();
  } finally {
    if (original) Object.defineProperty(window, 'localStorage', original);
  }
}
