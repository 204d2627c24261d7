import { RecordedEvent, Upcaster } from '../event-store.port';

/** An upcaster threw: names the event and the step so a bad historical payload can be found. */
export class UpcastError extends Error {
  override readonly name = 'UpcastError';
  readonly code = 'UPCAST_FAILED' as const;
  constructor(
    readonly eventId: string,
    readonly type: string,
    readonly fromVersion: number,
    cause: unknown,
  ) {
    super(
      `Upcasting event ${eventId} (${type}) from schema version ${fromVersion} failed: ` +
        (cause instanceof Error ? cause.message : String(cause)),
      { cause },
    );
  }
}

/**
 * Upgrades old event payloads on read, one version at a time, so each upcaster only knows its neighbour
 * version. Shared by every adapter: stored rows are never rewritten, only the returned copies are.
 */
export class UpcasterChain {
  private readonly steps = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      if (!Number.isSafeInteger(upcaster.fromVersion) || upcaster.fromVersion < 1) {
        throw new Error(`Upcaster for ${upcaster.type} has an invalid fromVersion ${upcaster.fromVersion}`);
      }
      const key = stepKey(upcaster.type, upcaster.fromVersion);
      // Two upcasters for the same step would make the result depend on registration order.
      if (this.steps.has(key)) {
        throw new Error(`Two upcasters registered for ${upcaster.type} v${upcaster.fromVersion}`);
      }
      this.steps.set(key, upcaster);
    }
  }

  get isEmpty(): boolean {
    return this.steps.size === 0;
  }

  upcast(event: RecordedEvent): RecordedEvent {
    let step = this.steps.get(stepKey(event.type, event.schemaVersion));
    if (!step) return event;
    let data = event.data;
    let version = event.schemaVersion;
    while (step) {
      try {
        // A structured copy keeps an upcaster that mutates its argument from touching the caller's object.
        data = step.upcast(structuredClone(data), event.metadata);
      } catch (error) {
        throw new UpcastError(event.id, event.type, version, error);
      }
      version += 1;
      step = this.steps.get(stepKey(event.type, version));
    }
    return { ...event, data, schemaVersion: version };
  }
}

function stepKey(type: string, fromVersion: number): string {
  return `${fromVersion}\u0000${type}`;
}
