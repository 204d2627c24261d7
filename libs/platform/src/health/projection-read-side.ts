import { DynamicModule, Module } from '@nestjs/common';
import type { EventStore } from '@dti/event-store';
import type { DataSource, EntityManager } from 'typeorm';

/** How far the projector is behind the log, as the read model measures it. */
export interface ProjectionLagReading {
  checkpoint: bigint;
  head: bigint;
  events: number;
  atLeast: boolean;
  seconds: number;
}

/**
 * What the platform's ProjectionMonitor reads of the read side. The read model owns these facts (its queue, its
 * checkpoint, its parked jobs) and the platform must not depend on it, so the app's root hands them in:
 * `ProjectionReadSideModule.register({ queueName: PROJECTION_QUEUE, readLag: readProjectionLag, … })`.
 */
export interface ProjectionReadSide {
  /** The BullMQ queue the projector consumes. */
  readonly queueName: string;
  readLag(store: EventStore, manager: EntityManager, options: { limit: number }): Promise<ProjectionLagReading>;
  /** The parked jobs table, schema-qualified for this connection. */
  parkedJobsTable(dataSource: DataSource): string;
}

export const PROJECTION_READ_SIDE = Symbol('PROJECTION_READ_SIDE');

/** Registered once in an app's root, like EventStoreUpcastersModule: every PlatformHealthModule import reads it. */
@Module({})
export class ProjectionReadSideModule {
  static register(readSide: ProjectionReadSide): DynamicModule {
    return {
      module: ProjectionReadSideModule,
      global: true,
      providers: [{ provide: PROJECTION_READ_SIDE, useValue: readSide }],
      exports: [PROJECTION_READ_SIDE],
    };
  }
}
