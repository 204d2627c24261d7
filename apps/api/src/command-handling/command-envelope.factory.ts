import { randomUUID } from 'node:crypto';
import type { Actor, CommandEnvelope } from '@dti/domain';
import { commandIdOf } from './idempotency-key';

export interface CommandEnvelopeInput {
  actor: Actor;
  /** "POST /accounts/lan.stttt/disable": the request target, path without the query. */
  target: string;
  idempotencyKey?: string;
  /** The request's correlation id (RequestContext); a new one when the command is not a request's. */
  correlationId?: string;
  /** The message that caused the command, when it was not a person's request. */
  causationId?: string;
  /** Injected for tests; the time the API accepted the command. */
  now?: Date;
}

/**
 * Who sends the command, when, and as part of which request: the metadata every event of the
 * command carries. Time and ids are decided here, at the edge, so the deciders stay deterministic.
 */
export function buildCommandEnvelope(input: CommandEnvelopeInput): CommandEnvelope {
  return {
    commandId: commandIdOf({
      actor: input.actor.username,
      target: input.target,
      idempotencyKey: input.idempotencyKey,
    }),
    correlationId: input.correlationId ?? randomUUID(),
    ...(input.causationId === undefined ? {} : { causationId: input.causationId }),
    actor: input.actor.username,
    role: input.actor.role,
    actorUnit: input.actor.unit,
    occurredAt: (input.now ?? new Date()).toISOString(),
  };
}

/** The request target a command id is scoped to: method and path, never the query string. */
export function requestTarget(method: string, url: string): string {
  const path = url.split('?')[0] ?? url;
  return `${method.toUpperCase()} ${path}`;
}
