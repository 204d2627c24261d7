import { commandIdFor, type CommandEnvelope } from '@dti/domain';

/**
 * Who the seeding's events name as their actor: not an account, the installation itself. Recorded with
 * the administrator role because the deciders require it (registering units, creating accounts).
 */
export const SEED_ACTOR = 'system:seed';

/** A seeding command's envelope; the id derives from a stable name, so a rerun is the same command. */
export function seedEnvelope(name: string, occurredAt: string = new Date().toISOString()): CommandEnvelope {
  return {
    commandId: commandIdFor(`seed:${name}`),
    correlationId: commandIdFor('seed:dti-hue'),
    actor: SEED_ACTOR,
    role: 'admin',
    occurredAt,
  };
}
