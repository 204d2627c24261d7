import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'dti:auth:public';

/** The route needs no token (health, login). Everything else needs a bearer token and @Roles(...). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
