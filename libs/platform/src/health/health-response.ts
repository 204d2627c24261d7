import { ServiceUnavailableException } from '@nestjs/common';
import type { HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';

/**
 * Runs terminus checks and answers 503 with the same per-dependency body when one is down. Terminus
 * signals "down" by throwing; left to the problem-details filter, that would hide which dependency
 * failed from the orchestrator and the operator.
 */
export async function healthResponse(
  response: Response,
  check: () => Promise<HealthCheckResult>,
): Promise<HealthCheckResult> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    response.status(error.getStatus());
    return error.getResponse() as HealthCheckResult;
  }
}
