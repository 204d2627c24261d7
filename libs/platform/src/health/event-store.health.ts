import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@dti/event-store';
import { PlatformConfig } from '../config/platform-config.schema';
import { withTimeout } from './with-timeout';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly health: HealthIndicatorService,
    private readonly config: ConfigService<PlatformConfig, true>,
  ) {}

  async pingCheck(key = 'eventStore'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const adapter = this.config.get('EVENTSTORE_CONNECTION_STRING', { infer: true }) ? 'eventstoredb' : 'postgresql';
    const started = Date.now();
    try {
      await withTimeout(
        this.eventStore.ping(),
        this.config.get('HEALTH_TIMEOUT_MS', { infer: true }),
        'Event store ping',
      );
      return indicator.up({ adapter, latencyMs: Date.now() - started });
    } catch (error) {
      return indicator.down({ adapter, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
