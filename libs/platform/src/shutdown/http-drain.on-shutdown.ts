import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { PlatformConfig } from '../config/platform-config.schema';

/**
 * Lets in-flight requests finish before anything they use is closed.
 *
 * Nest closes the HTTP server only after every module's onModuleDestroy and beforeApplicationShutdown
 * hooks, by which time pools may be gone. Root-module providers are destroyed first, so an app lists
 * this in its ROOT module's providers: it stops accepting connections, closes idle keep-alive ones,
 * waits for the busy ones up to SHUTDOWN_TIMEOUT_MS, then cuts whatever is left.
 */
@Injectable()
export class HttpDrainOnShutdown implements OnModuleDestroy {
  private readonly logger = new Logger(HttpDrainOnShutdown.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: ConfigService<PlatformConfig, true>,
  ) {}

  async onModuleDestroy(): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    const timeoutMs = this.config.get('SHUTDOWN_TIMEOUT_MS', { infer: true });
    this.logger.log(`Draining HTTP connections (up to ${timeoutMs} ms)`);
    const drained = await drain(server, timeoutMs);
    if (drained) this.logger.log('HTTP connections drained');
    else this.logger.warn(`Requests still running after ${timeoutMs} ms were cut off`);
  }
}

/** Resolves true when every connection ended by itself, false when the timeout forced them closed. */
function drain(server: Server, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    // A keep-alive connection becomes idle again after its in-flight response; close those as they appear.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      clearInterval(sweep);
      server.closeAllConnections();
      resolve(false);
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(true);
    });
    server.closeIdleConnections();
  });
}
