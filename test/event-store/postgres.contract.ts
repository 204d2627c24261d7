import { describeEventStoreContract } from './event-store.contract-suite';
import { createPostgresHarness } from './postgres.harness';

describeEventStoreContract('PostgreSQL', () => createPostgresHarness({ label: 'es_contract' }), {
  skip: {
    'foreign-undecodable-event':
      'only appends through the port reach the PostgreSQL store (its data and metadata columns hold JSON objects)',
  },
});
