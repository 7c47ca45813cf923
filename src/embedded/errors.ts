import { ExpectedFailure } from '../errors.js';

export type EmbeddedNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'DATA_DIR_LOCKED'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'ABORTED';

export class EmbeddedNeo4jError extends ExpectedFailure {
  override name = 'EmbeddedNeo4jError';
  constructor(
    readonly code: EmbeddedNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const INSTALL_HINT =
  'Install Java 17+ and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or set NEO4J_URI to use an existing Neo4j server instead of the embedded one.';

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EmbeddedNeo4jError('ABORTED', 'Embedded Neo4j start-up was aborted.');
}
