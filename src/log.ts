import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs (one JSON line each). Secrets and query variables are never logged. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'icat-kg' },
      redact: {
        paths: [
          'password',
          '*.password',
          'headers.authorization',
          'headers.cookie',
          'variables',
          '*.variables',
        ],
        remove: true,
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}
