import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@dti/event-store';

/** Says at start-up where the global log stands, the first thing to compare projection checkpoints with. */
@Injectable()
export class EventStoreHeadReporter implements OnApplicationBootstrap {
  private readonly logger = new Logger('Projector');

  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const head = await this.eventStore.headPosition();
      this.logger.log({ msg: `Event store head position: ${head}`, headPosition: head.toString() });
    } catch (error) {
      // Not fatal: /health/ready reports the outage and the subscription will retry.
      this.logger.warn(
        `Event store head position unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
