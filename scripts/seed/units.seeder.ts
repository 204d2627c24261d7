import { loadTthUnitSeed, unitSeedToAppends, type UnitSeed } from '@dti/domain';
import { WrongExpectedVersionError, type EventStore } from '@dti/event-store';
import type { Seeder } from './seeder';
import { SEED_ACTOR } from './seed-issuer';

export interface UnitSeedingReport {
  registered: string[];
  alreadyPresent: string[];
}

/**
 * Registers the province's units (libs/domain/src/units/seed/tth-units.json) through the unit decider:
 * one UnitRegistered event per unit stream that does not exist yet. A unit whose stream exists is left
 * alone, whatever happened to it since; the event ids derive from the seed, so even a race with another
 * seeding process stores nothing twice.
 */
export async function seedUnitRegister(
  store: Pick<EventStore, 'append' | 'streamRevision'>,
  seed: UnitSeed = loadTthUnitSeed(),
  occurredAt: string = new Date().toISOString(),
): Promise<UnitSeedingReport> {
  const report: UnitSeedingReport = { registered: [], alreadyPresent: [] };
  for (const append of unitSeedToAppends(seed, { actor: SEED_ACTOR, occurredAt })) {
    const code = append.streamId.slice('unit-'.length);
    if ((await store.streamRevision(append.streamId)) !== null) {
      report.alreadyPresent.push(code);
      continue;
    }
    try {
      await store.append(append.streamId, append.events, append.expectedRevision);
      report.registered.push(code);
    } catch (error) {
      // Another process registered it between our check and our append.
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      report.alreadyPresent.push(code);
    }
  }
  return report;
}

export const unitsSeeder: Seeder = {
  name: 'units',
  async run({ eventStore, log }) {
    const seed = loadTthUnitSeed();
    const report = await seedUnitRegister(await eventStore(), seed);
    log.info(
      { seed: seed.id, registered: report.registered, alreadyPresent: report.alreadyPresent.length },
      report.registered.length === 0
        ? `Units of ${seed.id}: all ${report.alreadyPresent.length} already registered`
        : `Units of ${seed.id}: registered ${report.registered.length}, ${report.alreadyPresent.length} already there`,
    );
  },
};
