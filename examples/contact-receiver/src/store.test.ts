import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContactMessage, type ContactMessage } from '@opvang/core/contact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMessageStore } from './store.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-store-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function message(): ContactMessage {
  const parsed = parseContactMessage({
    id: randomUUID(),
    createdAt: '2025-03-14T19:00:00.000+01:00',
    language: 'en',
    category: 'volunteering-offer',
    message: 'I would like to help with Dutch lessons.',
    replyWanted: true,
    replyChannel: 'email',
    email: 'an@example.be',
    consent: true,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('openMessageStore', () => {
  it('keeps messages in the order received, reads them back, and finds them by id', async () => {
    const path = join(directory, 'messages.jsonl');
    const store = await openMessageStore(path);
    const [first, second] = [message(), message()];
    expect((await store.add(first, new Date('2025-03-14T18:00:00Z'))).kind).toBe('stored');
    expect((await store.add(second, new Date('2025-03-14T18:05:00Z'))).kind).toBe('stored');
    await store.close();
    await store.close();
    await expect(store.add(message(), new Date())).rejects.toThrow(/closed/);

    const reopened = await openMessageStore(path);
    expect(reopened.all().map((record) => record.message.id)).toEqual([first.id, second.id]);
    expect(reopened.get(second.id)).toEqual({
      receivedAt: '2025-03-14T18:05:00.000Z',
      message: second,
    });
    expect(reopened.get(randomUUID())).toBeUndefined();
    expect(reopened.unreadable).toEqual([]);
    await reopened.close();
  });

  it('refuses a path it cannot create', async () => {
    const blocker = join(directory, 'a-file');
    await writeFile(blocker, 'not a folder');
    await expect(openMessageStore(join(blocker, 'messages.jsonl'))).rejects.toThrow(
      /EEXIST|ENOTDIR/,
    );
  });
});
