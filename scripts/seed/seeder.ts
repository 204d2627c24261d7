import type { EventStore } from '@dti/event-store';
import type { PlatformConfig } from '@dti/platform';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** What a seeder may use. Connections open on first use and are closed by the runner. */
export interface SeedContext {
  config: PlatformConfig;
  log: Logger;
  eventStore(): Promise<EventStore>;
  readModel(): Promise<DataSource>;
}

/**
 * One step of `npm run seed`. Must be idempotent: `npm start` seeds on every start, so a seeder checks
 * what is already there (e.g. the stream's revision) and appends only what is missing.
 */
export interface Seeder {
  name: string;
  run(context: SeedContext): Promise<void>;
}
