import { createKurrentClient } from '@dti/event-store';
import { loadPlatformConfig } from './load-platform-config';
import { EVENTSTORE_CONNECTION_STRING_PATTERN } from './platform-config.schema';

/**
 * The configuration accepts exactly the connection strings the KurrentDB client accepts (checked against
 * the client's own parser), with kurrentdb:// documented and esdb:// still working.
 */
describe('EVENTSTORE_CONNECTION_STRING', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  const accepted = [
    'kurrentdb://127.0.0.1:2113?tls=false',
    'kurrentdb+discover://cluster.dti-hue.svc:2113?tls=true',
    'kurrentdb://admin:changeit@a:2113,b:2113,c:2113?tls=true&nodePreference=leader',
    'kurrent://127.0.0.1:2113?tls=false',
    'kdb+discover://cluster.example:2113',
    'esdb://eventstore:2113?tls=false',
    'esdb+discover://cluster.example:2113',
  ];

  it.each(accepted)('accepts %s, and so does the client, silently', async (value) => {
    expect(loadPlatformConfig({ EVENTSTORE_CONNECTION_STRING: value }).EVENTSTORE_CONNECTION_STRING).toBe(value);
    const client = createKurrentClient(value);
    await client.dispose();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['http://eventstore:2113', 'tcp://eventstore:1113', 'kurrentdb:/x', 'kurrentdb+gossip://a:2113', 'esdb://'])(
    'refuses %s, which the client would refuse too',
    (value) => {
      expect(EVENTSTORE_CONNECTION_STRING_PATTERN.test(value)).toBe(false);
      expect(() => createKurrentClient(value)).toThrow();
    },
  );
});
