// The contact receiver plugin's command (contact-receiver-plugin.mjs), through the runner's own client.
import { executeServerCommand } from '@web/test-runner-commands';

/** What the fault proxy does to the next POSTs: see contact-receiver-plugin.mjs. */
export type Fault =
  | { readonly mode: 'down' | 'error500' | 'drop' | 'stall' | 'no-cors'; readonly times?: number }
  | { readonly mode: 'slow'; readonly delay: number; readonly times?: number }
  | {
      readonly mode: 'answer';
      readonly status: number;
      readonly contentType: string;
      readonly body: string;
      readonly cors?: boolean;
      readonly times?: number;
    };

export const receiverEndpoint = (): Promise<string> =>
  executeServerCommand('contact-receiver', { action: 'endpoint' });
/**
 * Faults for the next POSTs to endpoints ending in `?file=<scope>` only, so test files that
 * run side by side do not take each other's faults. Calling it again replaces what is left.
 */
export const faultInjector =
  (scope: string) =>
  (...faults: Fault[]): Promise<boolean> =>
    executeServerCommand('contact-receiver', { action: 'faults', scope, faults });
export const storedCounts = (): Promise<Record<string, number>> =>
  executeServerCommand('contact-receiver', { action: 'stored' });
