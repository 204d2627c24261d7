import { createEventStore, EventStore } from '@dti/event-store';
import { readModelConnectionOptions } from '@dti/platform';
import { DataSource } from 'typeorm';
import { catalogueSeeder } from './catalogue.seeder';
import { devAccountsSeeder } from './dev-accounts.seeder';
import { createDemoProvinceSeeder } from './demo-province.seeder';
import { unitsSeeder } from './units.seeder';
import { SeedContext, Seeder } from './seeder';

export { SeedContext, Seeder } from './seeder';

/**
 * Run in this order by `npm run seed` (and `npm start`). Units (the sở/ban/ngành and UBND cấp huyện)
 * and the first accounts plug in here, after the catalogue they are scored against; then, on a
 * developer's machine, the demo province.
 */
export const seeders: Seeder[] = [
  catalogueSeeder,
  unitsSeeder,
  devAccountsSeeder,
  // A newcomer's `npm start` (development, no assessment yet) gets a living province to look at.
  createDemoProvinceSeeder({ onlyWhenEmpty: true }),
];

/** `npm run seed -- --demo`: the same, plus the demo province whatever the store holds (missing streams only). */
export const demoSeeders: Seeder[] = [...seeders.slice(0, -1), createDemoProvinceSeeder({ onlyWhenEmpty: false })];

export async function runSeeders(
  base: Pick<SeedContext, 'config' | 'log'>,
  list: readonly Seeder[] = seeders,
): Promise<void> {
  let store: (EventStore & { close(): Promise<void> }) | undefined;
  let dataSource: DataSource | undefined;
  const context: SeedContext = {
    ...base,
    eventStore: async () =>
      (store ??= createEventStore({
        eventStoreConnectionString: base.config.EVENTSTORE_CONNECTION_STRING,
        databaseUrl: base.config.DATABASE_URL,
        schema: base.config.EVENT_STORE_SCHEMA,
      })),
    readModel: async () => (dataSource ??= await new DataSource(readModelConnectionOptions(base.config)).initialize()),
  };
  try {
    for (const seeder of list) {
      base.log.info({ seeder: seeder.name }, `Seeding: ${seeder.name}`);
      await seeder.run({ ...context, log: base.log.child({ seeder: seeder.name }) });
    }
  } finally {
    await store?.close();
    await dataSource?.destroy();
  }
}
