import { describeEventStoreContract } from './event-store.contract-suite';
import { createPostgresHarness } from './postgres.harness';

describeEventStoreContract('PostgreSQL', () => createPostgresHarness({ label: 'es_contract' }));
