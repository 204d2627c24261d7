import { Inject, Injectable } from '@nestjs/common';
import type { DomainEventType } from '@dti/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@dti/event-store';
import {
  executeOnStream,
  type DecideOnState,
  type ExecuteOptions,
  type StreamCommandResult,
} from './execute-on-stream';
import { OwnWrites } from './own-writes';
import { loadStream, type LoadedStream, type StreamFold } from './stream-loading';

/**
 * executeOnStream and one stream's read over the application's event store, for command handlers (a
 * decider reads its own stream). Queries read the read model: nothing here lists or scans streams.
 */
@Injectable()
export class StreamCommandExecutor {
  constructor(
    /** The store itself, for the framework-free functions shared with the seeding and the CLI. */
    @Inject(EVENT_STORE) readonly store: EventStore,
    /** Remembers what each actor appended or saw, so their next reads wait for its projection. */
    readonly ownWrites: OwnWrites,
  ) {}

  async executeOnStream<TState, TType extends DomainEventType>(
    streamId: string,
    fold: StreamFold<TState, TType>,
    decide: DecideOnState<TState, TType>,
    options: ExecuteOptions,
  ): Promise<StreamCommandResult<TState, TType>> {
    // What the command saw of the stream counts as well as what it wrote: after a refusal such as a 409
    // (a newer submission won), the actor's next read reflects at least the state that refused them.
    let seen: bigint | null = null;
    const observed: Pick<EventStore, 'readStream' | 'append'> = {
      readStream: (id, readOptions) =>
        observeRevisions(this.store.readStream(id, readOptions), (revision) => {
          if (seen === null || revision > seen) seen = revision;
        }),
      append: (id, events, expected) => this.store.append(id, events, expected),
    };
    try {
      const result = await executeOnStream(observed, streamId, fold, decide, options);
      if (result.revision !== null && (seen === null || result.revision > seen)) seen = result.revision;
      return result;
    } finally {
      this.ownWrites.record(options.envelope.actor, streamId, seen);
    }
  }

  loadStream<TState, TType extends DomainEventType>(
    streamId: string,
    fold: StreamFold<TState, TType>,
  ): Promise<LoadedStream<TState, TType>> {
    return loadStream(this.store, streamId, fold);
  }
}

async function* observeRevisions(
  events: AsyncIterable<RecordedEvent>,
  onRevision: (revision: bigint) => void,
): AsyncIterable<RecordedEvent> {
  for await (const event of events) {
    onRevision(event.revision);
    yield event;
  }
}
