import { executeServerCommand } from '../../shared/test-support/server-command.js';

export type Fault =
  | { readonly mode: 'down' | 'error500' | 'drop'; readonly times?: number }
  | { readonly mode: 'slow'; readonly delay: number; readonly times?: number };

export const receiverEndpoint = (): Promise<string> => executeServerCommand('contact-receiver', { action: 'endpoint' });
export const injectFaults = (...faults: Fault[]): Promise<boolean> => executeServerCommand('contact-receiver', { action: 'faults', faults });
export const storedCounts = (): Promise<Record<string, number>> => executeServerCommand('contact-receiver', { action: 'stored' });
