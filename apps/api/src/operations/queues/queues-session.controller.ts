import { Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { PlatformConfig } from '@dti/platform';
import { Roles } from '../../auth/roles.decorator';
import { clearedQueuesSessionCookie, queuesSessionCookie } from './queues-session-cookie';

/**
 * Opens the bull-board UI in a browser: an admin POSTs here with the bearer token; the answer sets a
 * short-lived HttpOnly cookie holding that token, scoped to /admin/queues, which the board's page,
 * assets and API calls then carry. Every request on the board still goes through the API's guards.
 */
@ApiTags('operations')
@Controller('admin/queues/session')
export class QueuesSessionController {
  private readonly secure: boolean;

  constructor(config: ConfigService<PlatformConfig, true>) {
    this.secure = config.get('NODE_ENV', { infer: true }) === 'production';
  }

  @Post()
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Sets the bull-board session cookie (15 min, HttpOnly, SameSite=Strict, Path=/admin/queues) from the bearer ' +
      'token, then open /admin/queues in the browser.',
  })
  @ApiNoContentResponse({ description: 'Cookie set.' })
  open(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    // The guards accepted this very header: the token is a valid admin's.
    const token = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    response.setHeader('Set-Cookie', queuesSessionCookie(token, this.secure));
  }

  @Delete()
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Clears the bull-board session cookie.' })
  @ApiNoContentResponse({ description: 'Cookie cleared.' })
  close(@Res({ passthrough: true }) response: Response): void {
    response.setHeader('Set-Cookie', clearedQueuesSessionCookie(this.secure));
  }
}
