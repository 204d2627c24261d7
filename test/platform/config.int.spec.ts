import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Test } from '@nestjs/testing';
import { ConfigService } from '@nestjs/config';
import {
  ConfigurationRefusedError,
  DEVELOPMENT_JWT_SECRET,
  PlatformConfig,
  PlatformConfigModule,
  loadPlatformConfig,
} from '@dti/platform';

const ROOT = resolve(__dirname, '..', '..');

function refusal(env: Record<string, string>): ConfigurationRefusedError {
  try {
    loadPlatformConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationRefusedError) return error;
    throw error;
  }
  throw new Error('configuration was accepted');
}

describe('platform configuration', () => {
  it('fills every default when nothing is set', () => {
    const config = loadPlatformConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      PROJECTOR_PORT: 3001,
      DATABASE_URL: 'postgres://dti:dti@127.0.0.1:5432/dti',
      REDIS_URL: 'redis://127.0.0.1:6379',
      READ_MODEL_SCHEMA: 'read_model',
      BULLMQ_PREFIX: 'dti',
      JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    });
    expect(config.EVENTSTORE_CONNECTION_STRING).toBeUndefined();
  });

  it('converts numbers and keeps only platform settings', () => {
    const config = loadPlatformConfig({ PORT: '8080', SHUTDOWN_TIMEOUT_MS: '250', PATH: '/usr/bin' });
    expect(config.PORT).toBe(8080);
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(250);
    expect(config).not.toHaveProperty('PATH');
  });

  it('treats an empty EVENTSTORE_CONNECTION_STRING as unset (the PostgreSQL event store)', () => {
    expect(loadPlatformConfig({ EVENTSTORE_CONNECTION_STRING: '' }).EVENTSTORE_CONNECTION_STRING).toBeUndefined();
    expect(
      loadPlatformConfig({ EVENTSTORE_CONNECTION_STRING: 'esdb://eventstore:2113?tls=false' })
        .EVENTSTORE_CONNECTION_STRING,
    ).toBe('esdb://eventstore:2113?tls=false');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['REDIS_URL', 'localhost:6379'],
    ['EVENTSTORE_CONNECTION_STRING', 'http://eventstore:2113'],
    ['EVENT_STORE_SCHEMA', 'Robert"); drop table'],
    ['LOG_LEVEL', 'loud'],
    ['JWT_TTL', 'forever'],
    ['BULLMQ_PREFIX', 'a:b'],
    ['SHUTDOWN_TIMEOUT_MS', '-1'],
  ])('refuses a bad %s (%s) with a message naming it', (setting, value) => {
    const error = refusal({ [setting]: value });
    expect(error.settings).toEqual([setting]);
    expect(error.message).toContain(setting);
  });

  it('names every bad setting at once', () => {
    const error = refusal({ PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(error.settings.sort()).toEqual(['LOG_LEVEL', 'PORT']);
  });

  it('refuses to run production with the development JWT secret, set or defaulted', () => {
    const explicit = refusal({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET });
    expect(explicit.settings).toEqual(['JWT_SECRET']);
    expect(explicit.message).toMatch(/JWT_SECRET is still the built-in development secret/);

    const defaulted = refusal({ NODE_ENV: 'production' });
    expect(defaulted.settings).toEqual(['JWT_SECRET']);
    expect(defaulted.message).toMatch(/JWT_SECRET must be set in production/);
  });

  it('accepts production with a secret of its own', () => {
    const config = loadPlatformConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) });
    expect(config.JWT_SECRET).toBe('x'.repeat(48));
  });

  it('gives typed values through ConfigService', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformConfigModule.forRoot({ env: { PORT: '4000' } })],
    }).compile();
    const config = moduleRef.get<ConfigService<PlatformConfig, true>>(ConfigService);
    expect(config.get('PORT', { infer: true })).toBe(4000);
    expect(config.get('READ_MODEL_SCHEMA', { infer: true })).toBe('read_model');
    await moduleRef.close();
  });

  it('stops a Nest module from booting when a setting is bad', async () => {
    await expect(
      Test.createTestingModule({ imports: [PlatformConfigModule.forRoot({ env: { PORT: 'abc' } })] }).compile(),
    ).rejects.toThrow(/PORT/);
  });

  it('refuses to boot the real API process, exit code 1 and one JSON line naming the setting', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production', PORT: '3000', JWT_SECRET: DEVELOPMENT_JWT_SECRET },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    const line = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'fatal', service: 'api', settings: ['JWT_SECRET'] });
    expect(line.msg).toMatch(/JWT_SECRET/);
  });
});
