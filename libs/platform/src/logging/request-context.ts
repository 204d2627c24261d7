import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContextData {
  /** Ties together every log line, command and event caused by one request or job. */
  readonly correlationId: string;
  /** The HTTP client's address (Express's req.ip), for limits per address such as the login throttle. */
  readonly clientAddress?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * The ambient context of the request (or job) being handled. HTTP requests enter it in
 * CorrelationIdMiddleware; a BullMQ worker or the subscription enters it with `run` using the
 * correlation id carried by the event it is processing. Command handlers read `correlationId()` to
 * stamp event metadata.
 */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },

  current(): RequestContextData | undefined {
    return storage.getStore();
  },

  /** The address of the HTTP client being served, or undefined outside a request. */
  clientAddress(): string | undefined {
    return storage.getStore()?.clientAddress;
  },

  /** The current correlation id, or undefined outside any request or job. */
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
};
