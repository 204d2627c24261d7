import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { isRole, ROLES, type Role } from '@dti/domain';

export const ROLES_KEY = 'dti:auth:roles';

/** @nestjs/swagger's key for @ApiOperation (API_OPERATION_KEY; the package exports no constants). */
const API_OPERATION_KEY = 'swagger/apiOperation';

/**
 * The roles that may call the endpoint (take them from the domain: `@Roles(...rolesWith('assessment:review'))`).
 * Every non-public endpoint declares them; one that does not is refused to everyone (fail closed).
 * Also documents, in OpenAPI, the bearer scheme, the 401/403 answers and "Roles: …" in the operation's
 * description. Put it above @ApiOperation, or give @ApiOperation no description: the roles line is
 * appended to the description present when @Roles is applied.
 */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  for (const role of roles) if (!isRole(role)) throw new TypeError(`@Roles: unknown role ${String(role)}`);
  const declared = ROLES.filter((role) => roles.includes(role));
  return applyDecorators(
    SetMetadata(ROLES_KEY, declared),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'No, invalid, expired or revoked bearer token (problem+json).' }),
    ApiForbiddenResponse({
      description: `Role not allowed (ROLE_NOT_ALLOWED), account disabled, or a domain rule refused it (problem+json). Roles: ${declared.join(', ')}.`,
    }),
    describeRoles(declared),
  );
}

/** Appends "Roles: …" to the OpenAPI operation description of a method. */
function describeRoles(roles: readonly Role[]): MethodDecorator & ClassDecorator {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (key === undefined || descriptor === undefined) return;
    const method = descriptor.value as object;
    const operation = (Reflect.getMetadata(API_OPERATION_KEY, method) ?? {}) as { description?: string };
    const line = `Roles: ${roles.join(', ')}.`;
    const description = operation.description ? `${operation.description}\n\n${line}` : line;
    Reflect.defineMetadata(API_OPERATION_KEY, { summary: '', ...operation, description }, method);
  };
}
