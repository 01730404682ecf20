import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseContactMessage, type ContactMessage } from '@opvang/core/contact';

/** One accepted message, as stored: one JSON line per message in the data file. */
export interface StoredMessage {
  /** When the receiver accepted it, UTC ISO 8601. */
  readonly receivedAt: string;
  readonly message: ContactMessage;
}

/** What {@link MessageStore.add} did with a message. */
export type AddOutcome =
  | { readonly kind: 'stored'; readonly record: StoredMessage }
  /** The same message (same id, same content) was stored before: nothing was written. */
  | { readonly kind: 'duplicate'; readonly record: StoredMessage }
  /** Another message with this id was stored before: nothing was written. */
  | { readonly kind: 'conflict'; readonly record: StoredMessage };

/** A line of the data file that could not be read back; it is kept in the file, never rewritten. */
export interface UnreadableLine {
  readonly line: number;
  readonly reason: string;
}

/**
 * An append-only store of contact messages, one JSON line each, idempotent by message id.
 * A message is on disk (written and fsync'ed) before {@link MessageStore.add} resolves, so
 * a receiver that answers after `add` never acknowledges a message it could lose.
 */
export interface MessageStore {
  /** The data file. */
  readonly path: string;
  /** Lines of the file that could not be read when it was opened (kept, skipped). */
  readonly unreadable: readonly UnreadableLine[];
  /** How many messages are stored. */
  readonly size: number;
  get(id: string): StoredMessage | undefined;
  /** Every stored message, in the order received. */
  all(): StoredMessage[];
  /** Stores the message unless its id is already stored. Writes are one at a time. */
  add(message: ContactMessage, receivedAt: Date): Promise<AddOutcome>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the data file and reads back every message in it.
 *
 * A line that cannot be read (a write torn by a power cut, a hand edit) is reported in
 * `unreadable` and skipped; it is never deleted, so nothing can be lost by opening the
 * store. If the file does not end with a newline (a torn last write), a newline is added
 * before the next message so the two never run together.
 *
 * @example
 * ```ts
 * const store = await openMessageStore('data/messages.jsonl');
 * const outcome = await store.add(message, new Date());
 * if (outcome.kind === 'duplicate') console.log('already had', message.id);
 * ```
 */
export async function openMessageStore(path: string): Promise<MessageStore> {
  await mkdir(dirname(path), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/use-unknown-in-catch-callback-variable -- readFile rejects only with a Node system error
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const byId = new Map<string, StoredMessage>();
  const order: StoredMessage[] = [];
  const unreadable: UnreadableLine[] = [];
  const lines = existing === undefined ? [] : existing.split('\n');
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const record = readRecord(text);
    if (typeof record === 'string') {
      unreadable.push({ line: index + 1, reason: record });
    } else if (!byId.has(record.message.id)) {
      byId.set(record.message.id, record);
      order.push(record);
    }
  });

  const handle = await open(path, 'a');
  if (existing === undefined) await syncDirectory(dirname(path));
  let needsNewline = existing !== undefined && existing.length > 0 && !existing.endsWith('\n');
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const append = async (message: ContactMessage, receivedAt: Date): Promise<AddOutcome> => {
    if (closed) throw new Error(`the message store ${path} is closed`);
    const previous = byId.get(message.id);
    if (previous !== undefined) {
      const same = JSON.stringify(previous.message) === JSON.stringify(message);
      return { kind: same ? 'duplicate' : 'conflict', record: previous };
    }
    const record: StoredMessage = { receivedAt: receivedAt.toISOString(), message };
    const line = `${needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`;
    await writeAll(handle, line);
    await handle.sync();
    needsNewline = false;
    byId.set(message.id, record);
    order.push(record);
    return { kind: 'stored', record };
  };

  return {
    path,
    unreadable,
    get size() {
      return order.length;
    },
    get: (id) => byId.get(id),
    all: () => [...order],
    add(message, receivedAt) {
      // One write at a time: the duplicate check and the append must not interleave.
      const result = queue.then(() => append(message, receivedAt));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await handle.close();
    },
  };
}

function readRecord(text: string): StoredMessage | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON (a torn write?)';
  }
  if (value === null || typeof value !== 'object') return 'not a stored message';
  const { receivedAt, message } = value as { receivedAt?: unknown; message?: unknown };
  if (typeof receivedAt !== 'string' || Number.isNaN(Date.parse(receivedAt)))
    return 'no valid receivedAt';
  const parsed = parseContactMessage(message);
  if (!parsed.ok) return `not a valid message: ${parsed.error.message}`;
  return { receivedAt, message: parsed.value };
}

async function writeAll(handle: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset);
    offset += bytesWritten;
  }
}

/** Makes a newly created file's directory entry durable too (POSIX needs a directory fsync). */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the file's own fsync still holds.
  } finally {
    await handle.close();
  }
}
