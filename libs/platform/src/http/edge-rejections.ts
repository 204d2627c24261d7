import { Injectable } from '@nestjs/common';

/** A request refused before it reached a route (malformed JSON, a body too large, a bad URL encoding). */
export interface EdgeRejection {
  method: string;
  status: number;
  code: string;
}

/**
 * Requests refused before routing never pass the per-route middleware that logs and times requests, so
 * the problem-details filter reports them here, and an app's metrics subscribe
 * (`dti_http_rejected_before_routing_total` in the API).
 */
@Injectable()
export class EdgeRejections {
  private readonly listeners: Array<(rejection: EdgeRejection) => void> = [];

  subscribe(listener: (rejection: EdgeRejection) => void): void {
    this.listeners.push(listener);
  }

  record(rejection: EdgeRejection): void {
    for (const listener of this.listeners) listener(rejection);
  }
}
