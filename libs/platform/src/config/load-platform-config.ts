import { ConfigurationRefusedError } from './configuration-refused.error';
import { PlatformConfig, platformConfigSchema } from './platform-config.schema';

/**
 * Validates and defaults the settings; throws ConfigurationRefusedError naming each bad one. Keys that
 * are not platform settings are dropped (ConfigService still finds them in process.env).
 */
export function loadPlatformConfig(env: Record<string, string | undefined>): PlatformConfig {
  const { error, value } = platformConfigSchema.validate(env, { abortEarly: false, convert: true, stripUnknown: true });
  if (error) {
    throw new ConfigurationRefusedError(
      error.details.map((detail) => ({ setting: detail.path.join('.'), message: detail.message })),
    );
  }
  return value;
}
