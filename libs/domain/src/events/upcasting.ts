import { UnsupportedEventError } from '../domain-errors';
import { criterionSubmittedV1ToV2 } from '../assessment/upcasters/criterion-submitted-v1.upcaster';
import { UNIT_EVENT_UPCASTERS } from '../units/upcasters/unit-events-v1.upcaster';
import type { UpcasterShape } from './upcaster-shape';

export type { UpcasterShape } from './upcaster-shape';

/** Every upcaster of the domain. Add one whenever an event's schemaVersion goes up. */
export const DOMAIN_UPCASTERS: readonly UpcasterShape[] = Object.freeze([
  criterionSubmittedV1ToV2,
  ...UNIT_EVENT_UPCASTERS,
]);

// Every replay and rebuild calls upcastEvent once per event: index each list of upcasters once, not per call.
const indexes = new WeakMap<readonly UpcasterShape[], ReadonlyMap<string, UpcasterShape>>();

function upcasterIndex(upcasters: readonly UpcasterShape[]): ReadonlyMap<string, UpcasterShape> {
  const known = indexes.get(upcasters);
  // Stryker disable next-line ConditionalExpression: a cache; building the index again gives the same map
  if (known !== undefined) return known;
  const byStep = new Map<string, UpcasterShape>();
  for (const upcaster of upcasters) {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (byStep.has(key)) throw new TypeError(`Two upcasters for ${upcaster.type} v${upcaster.fromVersion}`);
    byStep.set(key, upcaster);
  }
  indexes.set(upcasters, byStep);
  return byStep;
}

/** Applies upcasters one version at a time until none matches. */
export function upcastEvent<
  T extends { type: string; schemaVersion: number; data: Record<string, unknown>; metadata?: object },
>(event: T, upcasters: readonly UpcasterShape[] = DOMAIN_UPCASTERS): T {
  const byStep = upcasterIndex(upcasters);
  let { schemaVersion, data } = event;
  const metadata = (event.metadata ?? {}) as Readonly<Record<string, unknown>>;
  for (
    let step = byStep.get(`${event.type}@${schemaVersion}`);
    step !== undefined;
    step = byStep.get(`${event.type}@${schemaVersion}`)
  ) {
    try {
      data = step.upcast(data, metadata);
    } catch (error) {
      if (error instanceof UnsupportedEventError) throw error;
      throw UnsupportedEventError.because(
        event.type,
        schemaVersion,
        error instanceof Error ? error.message : String(error),
      );
    }
    schemaVersion += 1;
  }
  return { ...event, schemaVersion, data };
}
