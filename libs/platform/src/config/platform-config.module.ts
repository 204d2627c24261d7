import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { loadPlatformConfig } from './load-platform-config';
import { PlatformConfig } from './platform-config.schema';

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');

export interface PlatformConfigModuleOptions {
  /** Where settings come from; process.env unless a test passes its own. */
  env?: Record<string, string | undefined>;
}

/**
 * Provides `ConfigService` (from @nestjs/config) holding the validated, typed settings.
 *
 * Not `ConfigModule.forRoot()`: that validates when the module decorator is evaluated, i.e. at import
 * time, so a bad setting surfaces as an unhandled rejection and tests cannot choose the environment
 * after importing the app module. Here validation runs when the application is created.
 */
@Global()
@Module({})
export class PlatformConfigModule {
  static forRoot(options: PlatformConfigModuleOptions = {}): DynamicModule {
    return {
      module: PlatformConfigModule,
      providers: [
        {
          provide: PLATFORM_CONFIG,
          useFactory: (): PlatformConfig => {
            const source = options.env ?? process.env;
            const config = loadPlatformConfig(source);
            if (!options.env) publishDefaults(config);
            return config;
          },
        },
        {
          provide: ConfigService,
          // Values in the internal config win over process.env, so get('PORT') is the validated number.
          useFactory: (config: PlatformConfig) => new ConfigService<PlatformConfig, true>(config),
          inject: [PLATFORM_CONFIG],
        },
      ],
      exports: [PLATFORM_CONFIG, ConfigService],
    };
  }
}

/**
 * Writes defaults for unset settings back to process.env, as ConfigModule does, so libraries that read
 * process.env directly agree with ConfigService.
 */
function publishDefaults(config: PlatformConfig): void {
  for (const [key, value] of Object.entries(config)) {
    if (process.env[key] === undefined && value !== undefined) process.env[key] = String(value);
  }
}
