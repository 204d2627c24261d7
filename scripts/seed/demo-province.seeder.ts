import { DEFAULT_CATALOGUE_SCHEDULE, catalogueIdFor, loadTthUnitSeed, parseQuarter, quarterRange } from '@dti/domain';
import { WrongExpectedVersionError, type EventStore } from '@dti/event-store';
import { SeededRandom } from './province/seeded-random';
import { generateStream, type ProvinceAppend } from './province/stream-generation';
import { seedPlanProgress } from './plan-progress.seed';
import type { Seeder } from './seeder';

/** The demo's quarters: two years that end with the plan's last year, so the dashboards have a history. */
export const DEMO_FROM = '2024-Q1';
export const DEMO_TO = '2025-Q4';
const DEMO_SEED = 222;

export interface DemoProvinceReport {
  streams: number;
  events: number;
  skipped: number;
}

/**
 * A living province for a newcomer's first start: every unit of the register, eight quarters of
 * submissions, rejections with reasons, approvals, not-applicable declarations, finalized reports and
 * some reopened and corrected after publication. Each unit-quarter is played command by command through
 * the real assessment decider (the scripted assessment in ./province, which the bench's province uses too) by the demo accounts
 * (`sub-<unit>`, `reviewer`, `reviewer2`, `lead`), and appended with its expected revision: a stream that
 * already exists is left alone, so seeding again changes nothing. The seeder adds the plan's demo progress too.
 */
export async function seedDemoProvince(
  store: Pick<EventStore, 'append'>,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<DemoProvinceReport> {
  const units = loadTthUnitSeed().units;
  const quarters = quarterRange(parseQuarter(DEMO_FROM), parseQuarter(DEMO_TO));
  const catalogueId = catalogueIdFor(quarters[0], DEFAULT_CATALOGUE_SCHEDULE);
  const maturity = new SeededRandom(DEMO_SEED).fork('maturity');
  const unitMaturity = new Map(units.map((unit) => [unit.code, 0.35 + maturity.next() * 0.45]));
  const report: DemoProvinceReport = { streams: 0, events: 0, skipped: 0 };
  const total = units.length * quarters.length;
  for (const [quarterIndex, quarter] of quarters.entries()) {
    for (const unit of units) {
      const result = generateStream({
        unit: { code: unit.code, block: unit.block, maturity: unitMaturity.get(unit.code) ?? 0.5 },
        quarter,
        quarterIndex,
        catalogueId,
        meanRounds: 1.35,
        inProgress: false,
        seed: DEMO_SEED,
        label: `demo:${unit.code}:${quarterIndex}`,
        batchSize: 500,
      });
      if (await appendStream(store, result.appends)) {
        report.streams += 1;
        report.events += result.eventCount;
      } else {
        report.skipped += 1;
      }
      progress(report.streams + report.skipped, total);
    }
  }
  return report;
}

async function appendStream(store: Pick<EventStore, 'append'>, appends: readonly ProvinceAppend[]): Promise<boolean> {
  for (const [index, append] of appends.entries()) {
    try {
      await store.append(
        append.streamId,
        append.events,
        append.expectedRevision === 'no_stream' ? 'no_stream' : BigInt(append.expectedRevision),
      );
    } catch (error) {
      // The stream was there already (an earlier demo seeding, or real work): leave it as it is.
      if (index === 0 && error instanceof WrongExpectedVersionError) return false;
      throw error;
    }
  }
  return true;
}

/** `npm run seed -- --demo`, and `npm start` on a development machine whose event store has no assessment yet. */
export function createDemoProvinceSeeder(options: { onlyWhenEmpty: boolean }): Seeder {
  return {
    name: 'demo-province',
    async run({ config, eventStore, log }) {
      if (config.NODE_ENV === 'production') {
        log.warn('The demo province is never seeded in production');
        return;
      }
      // Unasked, only on a developer's machine: tests seed what they need themselves.
      if (options.onlyWhenEmpty && config.NODE_ENV !== 'development') return;
      const store = await eventStore();
      if (options.onlyWhenEmpty && (await store.listStreams('assessment-')).length > 0) {
        log.info('Assessments exist already: no demo province (npm run seed -- --demo adds what is missing)');
        return;
      }
      let lastLogged = 0;
      const report = await seedDemoProvince(store, (done, total) => {
        if (done - lastLogged >= 40 || done === total) {
          lastLogged = done;
          log.info({ done, total }, `Demo province: ${done}/${total} unit-quarters`);
        }
      });
      const plan = await seedPlanProgress(store);
      log.info(
        { appended: plan.appended.length, alreadyPresent: plan.alreadyPresent.length, events: plan.events },
        `Demo plan 222 progress: ${plan.appended.length} quarterly streams, ${plan.events} events`,
      );
      log.info(
        report,
        `Demo province: ${report.streams} unit-quarters, ${report.events} events (${report.skipped} already there)`,
      );
    },
  };
}
