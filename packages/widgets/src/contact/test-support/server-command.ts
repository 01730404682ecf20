// The browser half of web-test-runner's server commands, as in @web/test-runner-commands
// (which is installed only as a dependency of @web/test-runner, so not importable here).
interface CommandSocket {
  sendMessageWaitForResponse(message: unknown): Promise<{ executed: boolean; result: unknown }>;
}

const SOCKET_MODULE = '/__web-dev-server__web-socket.js';

export async function executeServerCommand<T>(command: string, payload?: unknown): Promise<T> {
  const socket = (await import(/* @vite-ignore */ SOCKET_MODULE)) as CommandSocket;
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
  if (!response.executed) throw new Error(`server command ${command} is not handled; is the plugin in the config?`);
  return response.result as T;
}

export type Fault =
  | { readonly mode: 'down' | 'error500' | 'drop'; readonly times?: number }
  | { readonly mode: 'slow'; readonly delay: number; readonly times?: number };

export const receiverEndpoint = (): Promise<string> => executeServerCommand('contact-receiver', { action: 'endpoint' });
export const injectFaults = (...faults: Fault[]): Promise<boolean> => executeServerCommand('contact-receiver', { action: 'faults', faults });
export const storedCounts = (): Promise<Record<string, number>> => executeServerCommand('contact-receiver', { action: 'stored' });
export const pressKey = (key: string): Promise<unknown> => executeServerCommand('send-keys', { press: key });
export const typeText = (text: string): Promise<unknown> => executeServerCommand('send-keys', { type: text });
