import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PlatformConfig } from '../config/platform-config.schema';
import { answerClientErrors } from './client-errors';
import { EdgeRejections } from './edge-rejections';

/**
 * One Content-Security-Policy for everything the API serves: the web application under /app/ (a React +
 * Ant Design SPA: its own scripts only; Ant Design's CSS-in-JS injects <style> elements, hence
 * 'unsafe-inline' for styles only; images and fonts may be data:/blob: URLs; web workers from blob:),
 * Swagger UI at /docs (external scripts and styles of its own) and bull-board at /admin/queues (its
 * Google Fonts stylesheet is refused on purpose: an admin page does not call third parties; it falls
 * back to a system font). No page may be framed.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Answers that carry a token or a session (login, refresh, password change, session cookies). */
const TOKEN_ROUTES = /^\/(auth\/|admin\/queues\/session(\/|\?|$))/;

/** The origins CORS_ORIGINS allows, or an empty list (CORS closed). */
export function corsOriginsOf(setting: string | undefined): string[] {
  if (setting === undefined) return [];
  return setting
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/**
 * What every response of an app gets before anything else runs, so that static assets, Swagger UI,
 * bull-board and errors raised before routing carry it too: security headers (helmet), `Cache-Control:
 * no-store` on answers that carry tokens, and CORS only for the configured origins (none by default: the
 * web application is served by the API itself, same origin); requests Node's parser refuses (headers or query
 * beyond its limit) answered as problem+json too. Call before `app.init()` / `listen()` and
 * before anything that registers routes on the HTTP adapter (SwaggerModule.setup).
 */
export function configureHttpEdge(app: INestApplication): void {
  const config = app.get<ConfigService<PlatformConfig, true>>(ConfigService);
  const edgeRejections = optional(() => app.get(EdgeRejections, { strict: false }));
  answerClientErrors(app.getHttpServer(), (rejection) => edgeRejections?.record({ method: 'UNKNOWN', ...rejection }));
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      // Swagger UI and the SPA load nothing cross-origin; COEP would only break a future embed of images.
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.get('NODE_ENV', { infer: true }) === 'production',
    }),
  );
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (TOKEN_ROUTES.test(req.url ?? '')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  const origins = corsOriginsOf(config.get('CORS_ORIGINS', { infer: true }));
  if (origins.length > 0) {
    app.enableCors({
      origin: origins,
      credentials: true,
      exposedHeaders: ['X-Correlation-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
}

function optional<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
