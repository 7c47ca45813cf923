import { z } from 'zod';
import { ExpectedFailure } from './errors.js';

// Configuration is read once from the environment and validated; a bad value fails fast naming the variable.

const port = z.coerce.number().int().min(0).max(65535);
// Not a number at all, or a fraction: one plain message; a bound keeps zod's (it names the bound).
const WHOLE = {
  error: (i: { code?: string }) => (i.code === 'invalid_type' ? 'must be a whole number' : undefined),
};
const positiveInt = z.coerce
  .number(WHOLE)
  .int({ message: 'must be a whole number' })
  .positive({ message: 'must be 1 or more' });
const nonNegativeInt = z.coerce
  .number(WHOLE)
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be 0 or more' });
const bool = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false (or 1 or 0)' })
  .transform((v) => v === 'true' || v === '1');

/** Limits on what one HTTP request may ask of the API. Every field has an environment variable (below). */
export interface HttpLimits {
  /** Largest request body accepted (413 above). */
  maxBodyBytes: number;
  /** Deepest field nesting in an operation. */
  maxDepth: number;
  /** Most aliases in an operation. */
  maxAliases: number;
  /** Most directives in an operation. */
  maxDirectives: number;
  /** Largest estimated cost: every field counts once per item it may be resolved for (see http/cost.ts). */
  maxCost: number;
  /** Assumed size of a list field that has no `first` argument, for the cost estimate. */
  costListSize: number;
  /** Most lexical tokens in a document; the parser stops there (400, GRAPHQL_PARSE_FAILED). */
  maxTokens: number;
  /** 0: array batching off; n: at most n operations in one batched request. */
  batchLimit: number;
  /** Full schema introspection (a name-only `__type` probe is always allowed). */
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors. */
  suggestions: boolean;
  /** GraphQL requests per client address per window; 0 turns the limit off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
}

export const DEFAULT_LIMITS = {
  maxBodyBytes: 100_000,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 25_000,
  costListSize: 10,
  maxTokens: 2_000,
  batchLimit: 0,
  rateLimitMax: 600,
  rateLimitWindowMs: 60_000,
  shutdownGraceMs: 10_000,
} as const;

/** Most nodes and edges one export (HTTP or CLI) may hold. */
export interface ExportLimits {
  maxNodes: number;
  maxEdges: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = { maxNodes: 20_000, maxEdges: 100_000 };

/** Longest one analytics computation may run in its worker thread (README: ANALYTICS_TIMEOUT_MS). */
export const DEFAULT_ANALYTICS_TIMEOUT_MS = 300_000;
/**
 * The JWS algorithms a token may be signed with: public-key ones only, so a token's header can never make us
 * verify an HMAC keyed with a public key, and `none` is never among them (RFC 8725 §3.1).
 */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
export type TokenAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];
export const DEFAULT_OIDC_ALGORITHMS: readonly TokenAlgorithm[] = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** OpenID Connect access tokens: whose, for whom, signed how, and where the roles are. */
export interface OidcConfig {
  issuer: string;
  audience: string;
  /** The claim holding the role names (a string or a list); a dotted path reaches into objects. */
  rolesClaim: string;
  algorithms: TokenAlgorithm[];
  clockSkewSeconds: number;
}

/** What one change-set may hold. */
export interface CurationLimits {
  maxOperations: number;
  /** Longest comment, note, excerpt or text field, in characters. */
  maxText: number;
  proposalsPerHour: number;
}

export const DEFAULT_CURATION_LIMITS: CurationLimits = {
  maxOperations: 50,
  maxText: 2000,
  proposalsPerHour: 30,
};

/** How long the start-up warm-up may take at most (README: WARMUP_BUDGET_MS). */
export const DEFAULT_WARMUP_BUDGET_MS = 8000;

function isBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '' &&
    !/[?#\s]/.test(value)
  );
}

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, {
        message: 'must be a neo4j:// or bolt:// URI (optionally +s / +ssc), e.g. bolt://127.0.0.1:7687',
      })
      .optional(),
    NEO4J_USERNAME: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
    NEO4J_EMBEDDED_PORT: port.default(7687),
    NEO4J_QUERY_TIMEOUT_MS: positiveInt.default(5000),
    NEO4J_CONNECT_TIMEOUT_MS: positiveInt.default(3000),
    // The whole-network reads of the analytics and exports (docs/reference/ANALYTICS.md): ~2 s at 100k relations.
    ANALYTICS_QUERY_TIMEOUT_MS: positiveInt.default(60_000),
    // One metric, partition or export computation in its worker thread (src/analytics/pool.ts): stopped after this.
    ANALYTICS_TIMEOUT_MS: positiveInt.default(DEFAULT_ANALYTICS_TIMEOUT_MS),
    SEED_ON_START: bool.default(true),
    // Start-up warm-up before "Ready" (http/warmup.ts): total time allowed, 0 turns it off.
    WARMUP_BUDGET_MS: nonNegativeInt.default(DEFAULT_WARMUP_BUDGET_MS),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // HTTP and GraphQL limits (docs/reports/SECURITY.md explains each one).
    MAX_BODY_BYTES: positiveInt.default(DEFAULT_LIMITS.maxBodyBytes),
    GRAPHQL_MAX_DEPTH: positiveInt.default(DEFAULT_LIMITS.maxDepth),
    GRAPHQL_MAX_ALIASES: nonNegativeInt.default(DEFAULT_LIMITS.maxAliases),
    GRAPHQL_MAX_DIRECTIVES: nonNegativeInt.default(DEFAULT_LIMITS.maxDirectives),
    GRAPHQL_MAX_COST: positiveInt.default(DEFAULT_LIMITS.maxCost),
    GRAPHQL_COST_LIST_SIZE: positiveInt.default(DEFAULT_LIMITS.costListSize),
    GRAPHQL_MAX_TOKENS: positiveInt.default(DEFAULT_LIMITS.maxTokens),
    GRAPHQL_BATCH_LIMIT: nonNegativeInt.default(DEFAULT_LIMITS.batchLimit),
    GRAPHQL_INTROSPECTION: bool.optional(),
    GRAPHQL_SUGGESTIONS: bool.optional(),
    RATE_LIMIT_MAX: nonNegativeInt.default(DEFAULT_LIMITS.rateLimitMax),
    RATE_LIMIT_WINDOW_MS: positiveInt.default(DEFAULT_LIMITS.rateLimitWindowMs),
    SHUTDOWN_GRACE_MS: positiveInt.default(DEFAULT_LIMITS.shutdownGraceMs),
    METRICS_ENABLED: bool.default(true),
    METRICS_PUBLIC: bool.default(false),
    TRUSTED_DOCUMENTS: z.string().min(1).optional(),
    // Exports (src/export/, docs/reference/ANALYTICS.md): larger ones answer 413 asking for a narrower filter.
    EXPORT_MAX_NODES: positiveInt.default(DEFAULT_EXPORT_LIMITS.maxNodes),
    EXPORT_MAX_EDGES: positiveInt.default(DEFAULT_EXPORT_LIMITS.maxEdges),
    // The address the API is reached at, the base of every entity IRI (`<base>/entity/org:icat`) in the RDF and
    // FollowTheMoney exports and the reconciliation service (docs/reference/EXPORTS.md). Unset: http://HOST:PORT.
    PUBLIC_BASE_URL: z
      .string()
      .refine((v) => !/^https?:\/\//i.test(v) || isBaseUrl(v), {
        message:
          'must be an http:// or https:// URL without query, fragment or credentials, e.g. https://icat-kg.example.org',
      })
      .optional(),
    // Selection look-ahead (docs/how-to/OPERATIONS.md): `off` resolves field by field through the loaders only.
    ICAT_COMPILE: z.enum(['on', 'off']).default('on'),
    // Identity (docs/how-to/CURATION.md): an OpenID provider's issuer and the audience its access tokens name for this API.
    OIDC_ISSUER: z
      .url({
        protocol: /^https?$/,
        message: 'must be the issuer URL, e.g. https://login.example.org/realms/icat',
      })
      // OpenID Connect Discovery: an issuer has no query, fragment or credentials (they would never match `iss`).
      .refine((v) => !/^https?:\/\//i.test(v) || isBaseUrl(v), {
        message:
          'must be the issuer URL exactly as its tokens name it (`iss`): no query, fragment or user name, e.g. https://login.example.org/realms/icat',
      })
      .optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_ROLES_CLAIM: z
      .string()
      .regex(/^[^.\s]+(?:\.[^.\s]+)*$/, {
        message: 'must be a claim name, or a dotted path to one, e.g. roles or realm_access.roles',
      })
      .default('roles'),
    OIDC_ALGORITHMS: z
      .string()
      .default(DEFAULT_OIDC_ALGORITHMS.join(','))
      .transform((v, ctx) => {
        const list = v
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a.length > 0);
        if (list.length === 0)
          ctx.addIssue({ code: 'custom', message: 'name at least one algorithm, e.g. RS256,ES256' });
        return list;
      })
      .pipe(
        z
          .array(
            z.enum(ASYMMETRIC_ALGORITHMS, {
              message: `each must be one of ${ASYMMETRIC_ALGORITHMS.join(', ')} (never none or HS*)`,
            }),
          )
          .min(1),
      ),
    OIDC_CLOCK_SKEW_SECONDS: nonNegativeInt.max(300).default(30),
    // The /curate page's sign-in (docs/how-to/CURATION.md): its client id at the provider, a public client (no
    // secret) using the authorization code flow with PKCE. Unset: the page offers API-key sign-in only.
    OIDC_PUBLIC_CLIENT_ID: z
      .string()
      .regex(/^[\x20-\x7e]{1,255}$/, {
        message: 'must be the client id registered at the provider: 1–255 printable ASCII characters',
      })
      .optional(),
    READ_REQUIRES_AUTH: bool.default(false),
    // Change-sets (docs/how-to/CURATION.md): what one proposal may hold, and how many one curator may make per hour.
    CURATION_MAX_OPERATIONS: positiveInt.default(DEFAULT_CURATION_LIMITS.maxOperations),
    CURATION_MAX_TEXT: positiveInt.default(DEFAULT_CURATION_LIMITS.maxText),
    CURATION_PROPOSALS_PER_HOUR: positiveInt.default(DEFAULT_CURATION_LIMITS.proposalsPerHour),
  })
  .refine((e) => (e.OIDC_ISSUER === undefined) === (e.OIDC_AUDIENCE === undefined), {
    message:
      "OIDC_ISSUER and OIDC_AUDIENCE go together: set both (to accept the provider's tokens) or neither",
    path: ['OIDC_AUDIENCE'],
  })
  .refine((e) => e.OIDC_PUBLIC_CLIENT_ID === undefined || e.OIDC_ISSUER !== undefined, {
    message:
      'OIDC_PUBLIC_CLIENT_ID needs OIDC_ISSUER and OIDC_AUDIENCE: the /curate page signs in at that provider',
    path: ['OIDC_PUBLIC_CLIENT_ID'],
  });

/** `/metrics` (Prometheus): on by default, answered only to loopback clients unless `public`. */
export interface MetricsConfig {
  enabled: boolean;
  public: boolean;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: {
    /** Unset: the embedded Neo4j is started. */
    uri: string | undefined;
    username: string;
    password: string;
    database: string;
    dataDir: string;
    embeddedPort: number;
    queryTimeoutMs: number;
    /** Timeout of the projection reads of the analytics and exports (they read the whole filtered network). */
    analyticsQueryTimeoutMs: number;
    connectTimeoutMs: number;
  };
  /** Longest one metric, partition or export computation may run in its worker thread before it is stopped. */
  analyticsTimeoutMs: number;
  seedOnStart: boolean;
  /** Time the start-up warm-up may take before "Ready"; 0: none. */
  warmupBudgetMs: number;
  http: HttpLimits;
  metrics: MetricsConfig;
  /** Path of a persisted-documents manifest: only its operations run (http/trusted-documents.ts). */
  trustedDocuments: string | undefined;
  exports: ExportLimits;
  /** The base of entity IRIs, without a trailing slash (`https://icat-kg.example.org`). */
  publicBaseUrl: string;
  /** Root statements carry what their nested fields read (resolvers/selection.ts); off: the rows alone. */
  compile: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Unset: only API keys authenticate. */
  oidc: OidcConfig | undefined;
  /** Reads need a reader's credentials (anonymous reads are refused). */
  readRequiresAuth: boolean;
  curation: CurationLimits;
  /** The /curate page's client id at the OpenID provider (a public client, PKCE); unset: API keys only. */
  publicClientId: string | undefined;
}

export class ConfigError extends ExpectedFailure {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as shells often export `VAR=`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      const value = env[name] ?? '';
      // An item of a comma-separated list (OIDC_ALGORITHMS): name the item that is wrong.
      const item =
        typeof i.path[1] === 'number'
          ? ` ${JSON.stringify(
              value
                .split(',')
                .map((a) => a.trim())
                .filter((a) => a.length > 0)[i.path[1]] ?? '',
            )} is not allowed;`
          : '';
      return `  ${name}=${JSON.stringify(value)}:${item} ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      dataDir: e.NEO4J_DATA_DIR,
      embeddedPort: e.NEO4J_EMBEDDED_PORT,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      analyticsQueryTimeoutMs: e.ANALYTICS_QUERY_TIMEOUT_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    },
    analyticsTimeoutMs: e.ANALYTICS_TIMEOUT_MS,
    seedOnStart: e.SEED_ON_START,
    warmupBudgetMs: e.WARMUP_BUDGET_MS,
    http: {
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxCost: e.GRAPHQL_MAX_COST,
      costListSize: e.GRAPHQL_COST_LIST_SIZE,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      batchLimit: e.GRAPHQL_BATCH_LIMIT,
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      suggestions: e.GRAPHQL_SUGGESTIONS ?? e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      rateLimitMax: e.RATE_LIMIT_MAX,
      rateLimitWindowMs: e.RATE_LIMIT_WINDOW_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    },
    metrics: { enabled: e.METRICS_ENABLED, public: e.METRICS_PUBLIC },
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    exports: { maxNodes: e.EXPORT_MAX_NODES, maxEdges: e.EXPORT_MAX_EDGES },
    publicBaseUrl: (
      e.PUBLIC_BASE_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`
    ).replace(/\/+$/, ''),
    compile: e.ICAT_COMPILE === 'on',
    logLevel: e.LOG_LEVEL,
    oidc:
      e.OIDC_ISSUER !== undefined && e.OIDC_AUDIENCE !== undefined
        ? {
            issuer: e.OIDC_ISSUER,
            audience: e.OIDC_AUDIENCE,
            rolesClaim: e.OIDC_ROLES_CLAIM,
            algorithms: e.OIDC_ALGORITHMS,
            clockSkewSeconds: e.OIDC_CLOCK_SKEW_SECONDS,
          }
        : undefined,
    readRequiresAuth: e.READ_REQUIRES_AUTH,
    curation: {
      maxOperations: e.CURATION_MAX_OPERATIONS,
      maxText: e.CURATION_MAX_TEXT,
      proposalsPerHour: e.CURATION_PROPOSALS_PER_HOUR,
    },
    publicClientId: e.OIDC_PUBLIC_CLIENT_ID,
  };
}
