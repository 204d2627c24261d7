import { Inject, Injectable } from '@nestjs/common';
import type { DomainEventType } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import {
  executeOnStream,
  type DecideOnState,
  type ExecuteOptions,
  type StreamCommandResult,
} from './execute-on-stream';
import { OwnWrites } from './own-writes';
import { loadStream, type LoadedStream, type StreamFold } from './stream-loading';

/**
 * executeOnStream and one stream's read over the application's event store, for the command handlers not
 * moved to handleCommand yet (units). Queries read the read model: nothing here lists or scans streams.
 */
@Injectable()
export class StreamCommandExecutor {
  constructor(
    /** The store itself, for the framework-free functions shared with the seeding and the CLI. */
    @Inject(EVENT_STORE) readonly store: EventStore,
    /** Remembers what each actor appended or saw, so their next reads wait for its projection. */
    readonly ownWrites: OwnWrites,
  ) {}

  executeOnStream<TState, TType extends DomainEventType>(
    streamId: string,
    fold: StreamFold<TState, TType>,
    decide: DecideOnState<TState, TType>,
    options: ExecuteOptions,
  ): Promise<StreamCommandResult<TState, TType>> {
    return this.ownWrites.recording(options.envelope.actor, streamId, (onRead) =>
      executeOnStream(this.store, streamId, fold, decide, { ...options, onRead }),
    );
  }

  loadStream<TState, TType extends DomainEventType>(
    streamId: string,
    fold: StreamFold<TState, TType>,
  ): Promise<LoadedStream<TState, TType>> {
    return loadStream(this.store, streamId, fold);
  }
}
