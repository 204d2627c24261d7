import { Client, type ClientConfig } from 'pg';

/**
 * A node-postgres client that always has an 'error' listener. A pool removes its own listener while a
 * client is checked out, and TypeORM adds one only a tick later: a session killed as it is being handed
 * over (pg_terminate_backend, a server restart) would emit 'error' to nobody and crash the process. The
 * failure still reaches whoever runs a query on it; this only keeps the event from being unhandled.
 * Pools take it as their `Client` (TypeORM: `extra: { Client: GuardedPgClient }`).
 */
export class GuardedPgClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
