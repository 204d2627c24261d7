import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where the browser application is served. */
export const WEB_APP_PATH = '/app';

/**
 * dist/web, next to the compiled API (dist/apps/api/src/web → dist/web); `WEB_APP_DIR` overrides it, so the
 * web bench can serve a build of its own from the API run from source, without touching the shared dist/.
 */
export function defaultWebAppDir(): string {
  return process.env.WEB_APP_DIR ?? resolve(__dirname, '../../../../web');
}

/**
 * Serves the built web application (Vite's output) under /app/ from the API process, so `npm start`
 * needs nothing else: hashed assets are cached for a year, index.html never, and every other /app/…
 * path gets index.html so the browser's router can take it (deep links, reloads). `/` redirects there.
 * These are static files: the data they fetch goes through the API's guards like any other request.
 */
export function serveWebApp(app: INestApplication, dir: string = defaultWebAppDir()): void {
  const http = app.getHttpAdapter();
  http.get('/', (_request: Request, response: Response) => response.redirect(302, `${WEB_APP_PATH}/`));
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    http.get(`${WEB_APP_PATH}{/*path}`, (_request: Request, response: Response) => {
      response
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          `Ứng dụng web chưa được dựng (${index} không có): chạy \`npm run build\`, hoặc \`npm run dev:web\` khi phát triển.\n` +
            `The web application is not built (${index} is missing): run \`npm run build\`, or \`npm run dev:web\` to develop.\n`,
        );
    });
    return;
  }
  app.use(
    WEB_APP_PATH,
    express.static(dir, {
      index: false,
      fallthrough: true,
      setHeaders: (response, path) => {
        response.setHeader(
          'Cache-Control',
          path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.use(WEB_APP_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    // A missing asset is a 404, not the page: a stale tab asking for an old chunk must notice.
    if (request.path.startsWith('/assets/')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
