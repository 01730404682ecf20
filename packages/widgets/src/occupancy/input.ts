import {
  bufferPolicy,
  parseNetwork,
  parseNetworkCsv,
  type BufferPolicy,
  type Forecast,
  type Network,
} from '@opvang/core/buffer';
import { provinceIds } from '@opvang/core/provinces';
import {
  err,
  issue,
  ok,
  OpvangValidationError,
  validationError,
  type Result,
  type ValidationError,
} from '@opvang/core/shared';

/** Why a network could not be read: it was not there, or it was not a network. */
export type NetworkFailure =
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'invalid'; readonly error: ValidationError };

/** A network from a text: JSON when it starts like JSON, otherwise CSV (the planners' spreadsheets). */
export function readNetworkText(text: string): Result<Network, NetworkFailure> {
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return err({
        kind: 'invalid',
        error: validationError('buffer network', [
          {
            path: '',
            code: 'invalid',
            message: 'not JSON',
            expected: 'a JSON list of centres or a CSV file',
            received: error instanceof Error ? error.message : String(error),
          },
        ]),
      });
    }
    return readNetworkValue(value);
  }
  const parsed = parseNetworkCsv(text);
  return parsed.ok ? parsed : err({ kind: 'invalid', error: parsed.error });
}

/** A network given as a value (the `network` property, or parsed JSON). */
export function readNetworkValue(value: unknown): Result<Network, NetworkFailure> {
  const parsed = parseNetwork(value);
  return parsed.ok ? parsed : err({ kind: 'invalid', error: parsed.error });
}

/** A network from a URL, JSON or CSV; the request carries no cookies unless the page's own. */
export async function fetchNetwork(
  url: string,
  signal: AbortSignal,
): Promise<Result<Network, NetworkFailure>> {
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok)
      return err({ kind: 'unreachable', message: `${url}: HTTP ${String(response.status)}` });
    return readNetworkText(await response.text());
  } catch (error) {
    return err({
      kind: 'unreachable',
      message: `${url}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

/** The policy's settings as the attributes and the form give them, in percent. */
export interface PolicySettings {
  readonly bandMin: number;
  readonly bandMax: number;
  readonly target: number;
  readonly specificMin: number;
}

/** Source and ours: 85%–94%, target 90%, specific minimum 75% (docs/buffer.md). */
export const defaultSettings: PolicySettings = {
  bandMin: 85,
  bandMax: 94,
  target: 90,
  specificMin: 75,
};

/** The checked policy from settings in percent, or the issues naming each bad setting. */
export function policyOf(settings: PolicySettings): Result<BufferPolicy, ValidationError> {
  const share = (value: number) => value / 100;
  try {
    return ok(
      bufferPolicy({
        generic: {
          min: share(settings.bandMin),
          max: share(settings.bandMax),
          target: share(settings.target),
        },
        specific: { min: share(settings.specificMin), max: share(settings.bandMax) },
      }),
    );
  } catch (error) {
    if (error instanceof OpvangValidationError) return err(error.details);
    throw error;
  }
}

/**
 * What is wrong with the attributes, if anything: a `province` that is none of the eleven ids,
 * or policy settings that make no band (a form's settings are checked where they are entered).
 */
export function attributeError(
  province: string | undefined,
  settings: PolicySettings | undefined,
): ValidationError | undefined {
  if (province && !(provinceIds as readonly string[]).includes(province))
    return validationError('occupancy dashboard', [
      issue('province', 'not-allowed', { values: [...provinceIds] }, province),
    ]);
  if (settings === undefined) return undefined;
  const policy = policyOf(settings);
  return policy.ok ? undefined : policy.error;
}

/** What the forecast attributes give: people per week, arriving and leaving. */
export interface FlowSettings {
  readonly inflow?: number | undefined;
  readonly inflowSd?: number | undefined;
  readonly outflow?: number | undefined;
  readonly outflowSd?: number | undefined;
  readonly weeks: number;
}

/**
 * The forecast: the attributes' weekly flows, or, where they are missing, ours from the network:
 * as many people arriving as leaving, each week 1.5% of the occupied generic places, spread
 * 25% (arrivals) and 15% (departures). The dashboard states it among the assumptions.
 */
export function forecastOf(network: Network, flows: FlowSettings): Forecast {
  const occupied = network.reduce((sum, centre) => sum + (centre.places.generic?.occupied ?? 0), 0);
  const base = Math.round(occupied * 0.015);
  const inflow = flows.inflow ?? base;
  const outflow = flows.outflow ?? base;
  const week = {
    inflow: { mean: inflow, sd: flows.inflowSd ?? Math.round(inflow * 0.25) },
    outflow: { mean: outflow, sd: flows.outflowSd ?? Math.round(outflow * 0.15) },
  };
  return { kind: 'normal', weeks: Array.from({ length: flows.weeks }, () => week) };
}
