import { CONTRACT_CONNECTION_STRING_KEY, keepEventStoreServerForContract } from './support/contract-only-event-store';

describe('EVENTSTORE_CONNECTION_STRING under Jest', () => {
  it('is hidden from every suite; only the contract suite finds the server', () => {
    const env: NodeJS.ProcessEnv = { EVENTSTORE_CONNECTION_STRING: 'kurrentdb://127.0.0.1:2113?tls=false' };
    keepEventStoreServerForContract(env);
    expect(env.EVENTSTORE_CONNECTION_STRING).toBeUndefined();
    expect(env[CONTRACT_CONNECTION_STRING_KEY]).toBe('kurrentdb://127.0.0.1:2113?tls=false');
  });

  it('leaves nothing to find when it is unset or empty', () => {
    const env: NodeJS.ProcessEnv = { EVENTSTORE_CONNECTION_STRING: ' ' };
    keepEventStoreServerForContract(env);
    expect(env).toEqual({});
  });

  it('is already done for this very suite (the setup file runs first)', () => {
    expect(process.env.EVENTSTORE_CONNECTION_STRING).toBeUndefined();
  });
});
