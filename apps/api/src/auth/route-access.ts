import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Role } from '@dti/domain';
import { IS_PUBLIC_KEY } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

/** One HTTP route and who may call it, as its decorators declare. */
export interface RouteAccess {
  method: string;
  /** Express-style path, e.g. "/accounts/:username/role". */
  path: string;
  controller: string;
  handler: string;
  public: boolean;
  /** Declared roles; empty for a non-public route that declares none (refused to everyone). */
  roles: Role[];
}

/**
 * Every route of the application with its declared access, read from the @Public / @Roles metadata the
 * guards read. The authorization matrix test (test/api/authorization-matrix.e2e.spec.ts) walks it, so a new
 * endpoint is covered by the matrix the moment it exists.
 */
@Injectable()
export class RouteAccessExplorer {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  list(): RouteAccess[] {
    const routes: RouteAccess[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (controller === undefined || controller === null) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      const basePaths = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const ownPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        if (method === undefined || ownPaths === undefined) continue;
        const targets = [handler, controller];
        const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) === true;
        const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
        for (const base of basePaths) {
          for (const own of pathsOf(ownPaths)) {
            routes.push({
              method: RequestMethod[method],
              path: joinPath(base, own),
              controller: controller.name,
              handler: name,
              public: isPublic,
              roles: isPublic ? [] : [...roles],
            });
          }
        }
      }
    }
    return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }
}

function pathsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : ''];
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part.length > 0)
    .join('/');
  return `/${joined}`;
}
