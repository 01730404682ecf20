// The browser half of web-test-runner's server commands, as in @web/test-runner-commands
// (which is installed only as a dependency of @web/test-runner, so not importable here).
interface CommandSocket {
  sendMessageWaitForResponse(message: unknown): Promise<{ executed: boolean; result: unknown }>;
}

const SOCKET_MODULE = '/__web-dev-server__web-socket.js';

/** Runs a server command: the runner's own (`send-keys`, `emulate-media`) or one of our plugins'. */
export async function executeServerCommand<T>(command: string, payload?: unknown): Promise<T> {
  const socket = (await import(/* @vite-ignore */ SOCKET_MODULE)) as CommandSocket;
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command, payload });
  if (!response.executed) throw new Error(`server command ${command} is not handled; is the plugin in the config?`);
  return response.result as T;
}

/** A real key press, such as `Tab` or `Enter`. */
export const pressKey = (key: string): Promise<unknown> => executeServerCommand('send-keys', { press: key });
/** Real typing into the focused element. */
export const typeText = (text: string): Promise<unknown> => executeServerCommand('send-keys', { type: text });
/** What @web/test-runner-commands' emulateMedia does. */
export const emulateMedia = (payload: { reducedMotion?: 'reduce' | 'no-preference'; media?: 'print' | 'screen' }): Promise<unknown> =>
  executeServerCommand('emulate-media', payload);
/** Chromium renders in forced colours, as Windows High Contrast does: see forced-colors-plugin.mjs. */
export const forcedColors = (active: boolean): Promise<unknown> => executeServerCommand('forced-colors', { active });
/** The default font size the reader chose in the browser's settings, in px (Chromium's is 16): see forced-colors-plugin.mjs. */
export const defaultFontSize = (standard: number): Promise<unknown> => executeServerCommand('default-font-size', { standard });
