import { Inject, Injectable } from '@nestjs/common';
import type { DomainEventType } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import {
  executeOnStream,
  type DecideOnState,
  type ExecuteOptions,
  type StreamCommandResult,
} from './execute-on-stream';
import { loadStream, loadStreamsByPrefix, type LoadedStream, type StreamFold } from './stream-loading';

/** executeOnStream and the stream reads over the application's event store, for command and query handlers. */
@Injectable()
export class StreamCommandExecutor {
  constructor(
    /** The store itself, for the framework-free functions shared with the seeding and the CLI. */
    @Inject(EVENT_STORE) readonly store: EventStore,
  ) {}

  executeOnStream<TState, TType extends DomainEventType>(
    streamId: string,
    fold: StreamFold<TState, TType>,
    decide: DecideOnState<TState, TType>,
    options: ExecuteOptions,
  ): Promise<StreamCommandResult<TState, TType>> {
    return executeOnStream(this.store, streamId, fold, decide, options);
  }

  loadStream<TState, TType extends DomainEventType>(
    streamId: string,
    fold: StreamFold<TState, TType>,
  ): Promise<LoadedStream<TState, TType>> {
    return loadStream(this.store, streamId, fold);
  }

  loadStreamsByPrefix<TState, TType extends DomainEventType>(
    prefix: string,
    fold: StreamFold<TState, TType>,
  ): Promise<LoadedStream<TState, TType>[]> {
    return loadStreamsByPrefix(this.store, prefix, fold);
  }
}
