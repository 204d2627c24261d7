import { InvalidCommandError } from '../domain-errors';
import type { Actor } from '../accounts/authorization';
import { isRole, type Role } from '../accounts/role';
import { describeValue, requireId, requireText } from './command-fields';

/**
 * What the API knows about a command besides its data: who sends it, when, and as part of which
 * request. Time and ids come from here, never from a clock or a random source inside the domain, so
 * the deciders stay deterministic.
 */
export interface CommandEnvelope {
  /** Unique per command; a retry of the same command reuses it (event ids derive from it). */
  commandId: string;
  correlationId: string;
  /** The message that caused this command, when it was not a person's request. */
  causationId?: string;
  /** Username of the authenticated account. */
  actor: string;
  role: Role;
  /** The unit a submitter is bound to; absent or null for other roles. */
  actorUnit?: string | null;
  /** ISO-8601 instant with an offset, e.g. "2025-04-02T09:15:00+07:00" or "...Z". */
  occurredAt: string;
}

export interface Command<TType extends string, TData> {
  type: TType;
  data: TData;
  metadata: CommandEnvelope;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

/** Checks an envelope and returns the acting account. Throws InvalidCommandError naming the field. */
export function actorFromEnvelope(envelope: CommandEnvelope): Actor {
  if (typeof envelope !== 'object' || envelope === null) {
    throw InvalidCommandError.because('metadata', `expected the command envelope, got ${describeValue(envelope)}`);
  }
  requireId('metadata.commandId', envelope.commandId);
  requireId('metadata.correlationId', envelope.correlationId);
  if (envelope.causationId !== undefined) requireId('metadata.causationId', envelope.causationId);
  const username = requireText('metadata.actor', envelope.actor, 64);
  if (!isRole(envelope.role)) {
    throw InvalidCommandError.because('metadata.role', `unknown role ${describeValue(envelope.role)}`);
  }
  if (!isInstant(envelope.occurredAt)) {
    throw InvalidCommandError.because(
      'metadata.occurredAt',
      `expected an ISO-8601 instant with offset, got ${describeValue(envelope.occurredAt)}`,
    );
  }
  const unit = envelope.actorUnit ?? null;
  if (unit !== null && typeof unit !== 'string') {
    throw InvalidCommandError.because('metadata.actorUnit', `expected a unit code, got ${describeValue(unit)}`);
  }
  return { username, role: envelope.role, unit };
}

export function occurredAtOf(envelope: CommandEnvelope): Date {
  return new Date(envelope.occurredAt);
}
