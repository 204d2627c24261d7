export * from './config/platform-config.schema';
export * from './config/configuration-refused.error';
export * from './config/load-platform-config';
export * from './config/platform-config.module';

export * from './logging/request-context';
export * from './logging/correlation-id';
export * from './logging/correlation-id.middleware';
export * from './logging/platform-logging.module';

export * from './http/problem-details';
export * from './http/request-validation.error';
export * from './http/platform-validation.pipe';
export * from './http/error-status.registry';
export * from './http/problem-details.filter';
export * from './http/platform-http.module';
export * from './http/hostile-input';
export * from './http/hostile-input.middleware';
export * from './http/edge-rejections';
export * from './http/http-edge';

export * from './redis/redis-connection';
export * from './redis/redis.module';
export * from './database/read-model-typeorm.options';
export * from './database/read-model-database.module';

export * from './health/with-timeout';
export * from './health/health-response';
export * from './health/redis.health';
export * from './health/event-store.health';
export * from './health/projection-read-side';
export * from './health/projection-monitor';
export * from './health/projection.health';
export * from './health/dependency-checks';
export * from './health/platform-health.module';

export * from './shutdown/http-drain.on-shutdown';
export * from './shutdown/bull-workers-drain.on-shutdown';

export * from './bootstrap/bootstrap-logger';
export * from './bootstrap/start-http-app';

export * from './leadership/postgres-leader-lock';
