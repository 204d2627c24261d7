import * as grpc from '@grpc/grpc-js';
import { ServerFeaturesService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb';
import { SupportedMethods } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_pb';
import { EventStoreDbEventStore } from '@dti/event-store';
import { kurrentClientWithFakeBridge } from '../../libs/event-store/testing/kurrent-client.test-kit';

/**
 * ping() must prove both of the client's paths: the native reader (@kurrent/bridge) and grpc-js. No
 * KurrentDB server can run here, so the grpc-js side talks to a local gRPC server that answers the one
 * call ping makes on it (ServerFeatures.GetSupportedMethods, the real service definition shipped with the
 * client), and the native reader is the in-memory log of the client test kit. What this does NOT prove
 * is the wire behaviour of a real server: that is the contract suite's job (eventstoredb.contract.ts).
 */
type Answer = { version: string } | { status: grpc.status };

async function featuresServer(answer: () => Answer): Promise<{ port: number; stop(): Promise<void> }> {
  const server = new grpc.Server();
  server.addService(ServerFeaturesService, {
    getSupportedMethods(_call: unknown, callback: grpc.sendUnaryData<SupportedMethods>) {
      const reply = answer();
      if ('status' in reply) return callback({ code: reply.status, details: 'not here' }, null);
      callback(null, new SupportedMethods().setEventStoreServerVersion(reply.version));
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return { port, stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())) };
}

describe('EventStoreDbEventStore.ping and serverVersion', () => {
  let answer: Answer = { version: '25.1.0.0' };
  let server: Awaited<ReturnType<typeof featuresServer>>;
  let calls = 0;

  beforeAll(async () => {
    server = await featuresServer(() => {
      calls += 1;
      return answer;
    });
  });
  afterAll(() => server.stop());

  it('reads the version the server reports, afresh on every call', async () => {
    const fake = kurrentClientWithFakeBridge({ address: '127.0.0.1', port: server.port });
    const store = new EventStoreDbEventStore({ client: fake.client });
    try {
      answer = { version: '25.1.0.0' };
      const before = calls;
      await expect(store.serverVersion()).resolves.toBe('25.1.0.0');
      await expect(store.ping()).resolves.toBeUndefined();
      await expect(store.ping()).resolves.toBeUndefined();
      expect(calls - before).toBe(3);
      // ...and the native read path was exercised by each ping, one event at most.
      const pingReads = fake.reads.filter((read) => read.kind === 'readAll');
      expect(pingReads).toHaveLength(2);
      for (const read of pingReads) expect(read.options.maxCount).toBe(1n);

      answer = { status: grpc.status.UNIMPLEMENTED };
      await expect(store.serverVersion()).resolves.toBe('unknown');
    } finally {
      await fake.client.dispose();
    }
  });

  it('fails when the grpc-js path is down even though reads still work', async () => {
    const down = await featuresServer(() => ({ version: 'x' }));
    await down.stop();
    const fake = kurrentClientWithFakeBridge({ address: '127.0.0.1', port: down.port });
    const store = new EventStoreDbEventStore({ client: fake.client });
    try {
      await expect(store.ping()).rejects.toThrow();
      expect(fake.reads.filter((read) => read.kind === 'readAll')).toHaveLength(1);
    } finally {
      await fake.client.dispose();
    }
  });

  it('fails when the server answers the feature call with an error', async () => {
    const fake = kurrentClientWithFakeBridge({ address: '127.0.0.1', port: server.port });
    const store = new EventStoreDbEventStore({ client: fake.client });
    try {
      answer = { status: grpc.status.PERMISSION_DENIED };
      await expect(store.ping()).rejects.toThrow(/not here/);
    } finally {
      await fake.client.dispose();
    }
  });
});
