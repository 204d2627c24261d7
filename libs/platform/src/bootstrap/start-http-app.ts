import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigurationRefusedError } from '../config/configuration-refused.error';
import { loadPlatformConfig } from '../config/load-platform-config';
import { PlatformConfig } from '../config/platform-config.schema';
import { configureHttpEdge } from '../http/http-edge';
import { BootstrapLogger, createBootstrapPino } from './bootstrap-logger';

export interface StartHttpAppOptions {
  /** The app's root module; it must list HttpDrainOnShutdown among its own providers. */
  module: Type<unknown>;
  /** Name written on every log line (`service`). */
  service: string;
  port: (config: PlatformConfig) => number;
  /** Anything the app adds before listening (OpenAPI, ...). */
  configure?: (app: INestApplication, config: PlatformConfig) => void | Promise<void>;
  /** What to announce once listening, e.g. the URLs a newcomer wants. */
  announce?: (baseUrl: string) => Record<string, string>;
}

/**
 * Boots an app the same way for every service: configuration checked first (a bad setting stops the
 * process with exit code 1 and one JSON line naming it), JSON logs from the first line, shutdown hooks
 * on SIGTERM/SIGINT, then listen.
 */
export async function startHttpApp(options: StartHttpAppOptions): Promise<INestApplication | undefined> {
  const bootLog = createBootstrapPino(options.service);
  let config: PlatformConfig;
  try {
    config = loadPlatformConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationRefusedError)) throw error;
    bootLog.fatal({ settings: error.settings }, error.message);
    process.exitCode = 1;
    return undefined;
  }

  try {
    const app = await NestFactory.create(options.module, {
      logger: new BootstrapLogger(bootLog),
      // Let the failure reach us instead of process.abort(), so it is logged once and the exit code is 1.
      abortOnError: false,
    });
    app.useLogger(app.get(Logger));
    // process.exit after the hooks, not re-raising the signal: pino flushes on 'exit'.
    app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
    // Security headers and CORS first, so every response has them, Swagger UI's and early errors' too.
    configureHttpEdge(app);
    await options.configure?.(app, config);

    const port = options.port(config);
    await app.listen(port);
    const baseUrl = `http://localhost:${port}`;
    app
      .get(Logger)
      .log({ msg: `${options.service} listening on ${baseUrl}`, url: baseUrl, ...options.announce?.(baseUrl) });
    return app;
  } catch (error) {
    bootLog.fatal(
      { err: error },
      `${options.service} failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    // Connections opened before the failure (Redis reconnecting, pools) would keep the process alive.
    process.exit(1);
  }
}
