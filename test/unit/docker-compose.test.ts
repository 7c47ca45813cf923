import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { ROOT } from '../../src/paths.js';

/** No Docker engine runs here: check what can be checked without one. */

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; interval?: string; start_period?: string };
  volumes?: string[];
  restart?: string;
  stop_grace_period?: string;
  command?: string[];
}
const seconds = (d: string | undefined) => Number(/^(\d+)s$/.exec(d ?? '')?.[1] ?? NaN);
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community (pinned patch) with a cheap health check, a volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toMatch(/^neo4j:5\.26\.\d+-community$/);
    // No JVM per check, and no password on a command line.
    const check = neo4j.healthcheck?.test.join(' ') ?? '';
    expect(check).toMatch(/\/dev\/tcp\/127\.0\.0\.1\/7474/);
    expect(check).not.toMatch(/cypher-shell|PASSWORD|NEO4J_AUTH/);
    expect(seconds(neo4j.healthcheck?.interval)).toBeGreaterThanOrEqual(10);
    expect(neo4j.volumes).toEqual(['neo4j-data:/data']);
    expect(neo4j.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD}');
    expect(neo4j.environment?.NEO4J_dbms_usage__report_enabled).toBe('false');
    expect(neo4j.restart).toBe('unless-stopped');
    expect(neo4j.depends_on?.preflight?.condition).toBe('service_completed_successfully');
  });

  it('refuses a password Neo4j would choke on before Neo4j starts', () => {
    const preflight = compose.services.preflight!;
    expect(preflight.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
    // The script the preflight runs, exactly as compose hands it to sh ($$ is compose's escape for $).
    const script = (preflight.command ?? []).slice(2).join(' ').replace(/\$\$/g, '$');
    const run = (password: string) =>
      spawnSync('sh', ['-c', script], { env: { NEO4J_PASSWORD: password }, encoding: 'utf8' });
    expect(run('short').status).toBe(1);
    expect(run('short').stdout).toMatch(/at least 8 characters/);
    expect(run('with/slash-long').status).toBe(1);
    expect(run('with/slash-long').stdout).toMatch(/must not contain "\/"/);
    expect(run('a-good-password').status).toBe(0);
  });

  it('starts the API once Neo4j is healthy, with variables the app accepts', () => {
    const api = compose.services.api!;
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api.restart).toBe('unless-stopped');
    expect(api.healthcheck?.test.join(' ')).toMatch(/\/ready/);
    const env = Object.fromEntries(
      Object.entries(api.environment ?? {}).map(([k, v]) => [
        k,
        String(v).replace(/\$\{NEO4J_PASSWORD\}/, 'secret-password'),
      ]),
    );
    const config = loadConfig(env);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.neo4j.password).toBe('secret-password');
    expect(config.env).toBe('production');
    expect(config.host).toBe('0.0.0.0');
    // Bound to 127.0.0.1 on the host, so the IDE keeps its schema docs in production mode.
    expect(api.environment?.GRAPHQL_INTROSPECTION).toBe('true');
    expect((compose.services.api as { ports?: string[] }).ports).toEqual(['127.0.0.1:4000:4000']);
    // Docker waits longer than the API drains before it kills the container.
    expect(seconds(api.stop_grace_period)).toBeGreaterThan(config.http.shutdownGraceMs / 1000);
    // Every variable the compose file sets is one the app reads (a typo would be silently ignored otherwise),
    // and documented in the configuration reference.
    const reference = readFileSync(join(ROOT, 'docs/reference/CONFIGURATION.md'), 'utf8');
    for (const name of Object.keys(env)) expect(reference).toContain(`\`${name}\``);
  });

  it('has a Dockerfile that builds and starts the compiled API', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    // Pinned to a patch of the Node major that package.json's engines and CI name first.
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(bases).toEqual(['node:24.22.3-bookworm-slim', 'node:24.22.3-bookworm-slim']);
    expect(compose.services.preflight?.image).toBe(bases[0]);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/main\.js"\]/);
    // The pages are served from web/dist: the runtime image must carry it.
    expect(dockerfile).toMatch(/COPY --from=build \/app\/web\/dist \.\/web\/dist/);
    // Only production packages, plus exactly the files the IDE serves from development packages.
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    const served = [
      ...readFileSync(join(ROOT, 'src/http/pages.ts'), 'utf8').matchAll(/file: '(node_modules\/[^']+)'/g),
    ].map((m) => m[1]!);
    expect(served.length).toBe(4);
    for (const file of served) expect(dockerfile).toContain(file);
  });
});
