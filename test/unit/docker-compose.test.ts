import { describe, expect, it } from '@jest/globals';
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
  healthcheck?: { test: string[] };
  volumes?: string[];
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a health check, a volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
    expect(neo4j.volumes).toEqual(['neo4j-data:/data']);
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it('starts the API once Neo4j is healthy, with variables the app accepts', () => {
    const api = compose.services.api!;
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
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
    // Every variable the compose file sets is one the app reads (a typo would be silently ignored otherwise).
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of Object.keys(env)) expect(readme).toContain(`\`${name}\``);
  });

  it('has a Dockerfile that builds and starts the compiled API', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:22/m);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/main\.js"\]/);
    // The pages are served from web/dist: the runtime image must carry it.
    expect(dockerfile).toMatch(/COPY --from=build \/app\/web\/dist \.\/web\/dist/);
  });
});
