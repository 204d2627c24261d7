import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';
import { LOG_LEVELS, LogLevel } from '../config/platform-config.schema';

/**
 * A pino logger usable before configuration is validated and DI exists, so the very first lines of a
 * process (and the reason it refused to boot) are JSON like all the others.
 */
export function createBootstrapPino(service: string): Pino {
  const requested = process.env.LOG_LEVEL;
  const level: LogLevel = LOG_LEVELS.includes(requested as LogLevel) ? (requested as LogLevel) : 'info';
  return pino({
    level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** Nest's LoggerService over a plain pino logger, until nestjs-pino's Logger takes over. */
export class BootstrapLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  // Nest passes (message, [stack,] context): the context is always last.
  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? rest[rest.length - 1] : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
    const fields = { context, ...(stack === undefined ? {} : { stack }) };
    if (level === 'silent') return;
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
