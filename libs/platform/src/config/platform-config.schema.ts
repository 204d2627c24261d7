import Joi from 'joi';

/**
 * The development JWT secret. Convenient on a laptop, fatal in production: the schema refuses it
 * when NODE_ENV=production so a forgotten Secret cannot ship tokens anyone can forge.
 */
export const DEVELOPMENT_JWT_SECRET = 'dti-hue-development-only-jwt-secret-change-me';

const JWT_SECRET_ADVICE = 'a secret of your own, 32+ random characters';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Every setting the platform reads, after validation and defaults. README.md documents each one. */
export interface PlatformConfig {
  NODE_ENV: NodeEnvironment;
  PORT: number;
  PROJECTOR_PORT: number;
  DATABASE_URL: string;
  DATABASE_POOL_MAX: number;
  REDIS_URL: string;
  /** Unset = the PostgreSQL event store; set = EventStoreDB/KurrentDB at this address. */
  EVENTSTORE_CONNECTION_STRING?: string;
  EVENT_STORE_SCHEMA: string;
  READ_MODEL_SCHEMA: string;
  LOG_LEVEL: LogLevel;
  JWT_SECRET: string;
  JWT_TTL: string;
  BULLMQ_PREFIX: string;
  SHUTDOWN_TIMEOUT_MS: number;
  HEALTH_TIMEOUT_MS: number;
  /** Where evidence files are kept (content-addressed); relative paths resolve against the working directory. */
  EVIDENCE_DIR: string;
  /** Largest evidence file accepted, in bytes. */
  EVIDENCE_MAX_BYTES: number;
  /** Browser origins allowed to call the API cross-origin, comma-separated; unset = none (CORS closed). */
  CORS_ORIGINS?: string;
  /** The API's command-side cache of folded streams, in events folded (0: none, every command reads its stream whole). */
  COMMAND_CACHE_MAX_EVENTS: number;
}

// PostgreSQL folds unquoted identifiers to lower case and caps them at 63 bytes; anything else would
// need quoting everywhere the schema name is interpolated into SQL.
const schemaName = Joi.string()
  .pattern(/^[a-z_][a-z0-9_]{0,62}$/)
  .messages({
    'string.pattern.base': '{#label} must be a lower-case PostgreSQL identifier (a-z, 0-9, _), got "{#value}"',
  });

const port = Joi.number()
  .integer()
  .port()
  .messages({ 'number.base': '{#label} must be a port number, got "{#value}"' });

/** kurrentdb, kurrent, kdb or esdb, each optionally +discover (DNS/gossip discovery), then the hosts. */
export const EVENTSTORE_CONNECTION_STRING_PATTERN = /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/\S+$/;

export const platformConfigSchema = Joi.object<PlatformConfig>({
  NODE_ENV: Joi.string()
    .valid(...NODE_ENVIRONMENTS)
    .default('development'),
  PORT: port.default(3000),
  PROJECTOR_PORT: port.default(3001),
  DATABASE_URL: Joi.string()
    .uri({ scheme: ['postgres', 'postgresql'] })
    .default('postgres://dti:dti@127.0.0.1:5432/dti'),
  DATABASE_POOL_MAX: Joi.number().integer().min(1).max(200).default(10),
  REDIS_URL: Joi.string()
    .uri({ scheme: ['redis', 'rediss'] })
    .default('redis://127.0.0.1:6379'),
  // Every scheme the KurrentDB client accepts; kurrentdb:// is the documented one, esdb:// (deprecated by the
  // client) still works and the adapter rewrites it so the client's console warning never prints.
  EVENTSTORE_CONNECTION_STRING: Joi.string().empty('').pattern(EVENTSTORE_CONNECTION_STRING_PATTERN).messages({
    'string.pattern.base':
      '{#label} must be a KurrentDB/EventStoreDB connection string such as kurrentdb://host:2113?tls=false or kurrentdb+discover://cluster.example:2113, got "{#value}"',
  }),
  EVENT_STORE_SCHEMA: schemaName.default('event_store'),
  READ_MODEL_SCHEMA: schemaName.default('read_model'),
  LOG_LEVEL: Joi.string()
    .valid(...LOG_LEVELS)
    .default('info'),
  JWT_SECRET: Joi.string()
    .min(32)
    .default(DEVELOPMENT_JWT_SECRET)
    .when('NODE_ENV', {
      is: 'production',
      // Checked on the raw value: a default is never validated, so "unset" must be refused explicitly.
      then: Joi.required()
        .invalid(DEVELOPMENT_JWT_SECRET)
        .messages({
          'any.required': `{#label} must be set in production: the built-in development secret is refused (use ${JWT_SECRET_ADVICE})`,
          'any.invalid': `{#label} is still the built-in development secret; production refuses it (use ${JWT_SECRET_ADVICE})`,
        }),
    }),
  JWT_TTL: Joi.string()
    .pattern(/^[1-9]\d*(s|m|h|d)?$/)
    .default('1h')
    .messages({
      'string.pattern.base': '{#label} must be a duration such as 900 (seconds), 15m, 8h or 1d, got "{#value}"',
    }),
  BULLMQ_PREFIX: Joi.string()
    .pattern(/^[A-Za-z0-9_-]{1,64}$/)
    .default('dti')
    .messages({ 'string.pattern.base': '{#label} must be letters, digits, "_" or "-", got "{#value}"' }),
  SHUTDOWN_TIMEOUT_MS: Joi.number().integer().min(0).max(600_000).default(10_000),
  HEALTH_TIMEOUT_MS: Joi.number().integer().min(100).max(60_000).default(2_000),
  EVIDENCE_DIR: Joi.string().trim().min(1).max(4096).default('var/evidence'),
  // At most 1 GiB: uploads are streamed, but a request that size is a mistake, not a scan of a report.
  EVIDENCE_MAX_BYTES: Joi.number()
    .integer()
    .min(1)
    .max(1024 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  // ~0.7 KB of memory per event folded (an assessment's state): the default is ~70 MB per API process at most.
  COMMAND_CACHE_MAX_EVENTS: Joi.number().integer().min(0).max(10_000_000).default(100_000),
  // Exact origins only (scheme, host, optional port): a wildcard with credentials would open the API to any site.
  CORS_ORIGINS: Joi.string()
    .empty('')
    .pattern(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\s*,\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)*$/)
    .messages({
      'string.pattern.base':
        '{#label} must be comma-separated origins such as https://dti.thuathienhue.gov.vn,http://localhost:5173 (no path, no wildcard), got "{#value}"',
    }),
}).prefs({ errors: { wrap: { label: false } } });
