import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/** The vertical slice end to end: seed → Neo4j → GraphQL over HTTP. */

let app: App;
let db: Database;
let url: string;
beforeAll(async () => {
  db = testDatabase();
  app = await createApp({
    limits: loadConfig({ NODE_ENV: 'development' }).http,
    db,
    logger: memoryLogger().logger,
  });
  url = await app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('ICAT over HTTP', () => {
  it('returns ICAT with its 23 members and its two 2019 co-chairs, with evidence', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: `query Icat { entity(id: "org:icat") { name ... on Organisation { acronym
          members { name acronym } coChairs(year: 2019) { name acronym }
          relations(types: [CO_CHAIRED], direction: INCOMING) { edges { node { other { name } year evidence { section excerpt } } } } } } }`,
      }),
    });
    const body = (await res.json()) as {
      data: {
        entity: {
          name: string;
          acronym: string;
          members: unknown[];
          coChairs: Array<{ acronym: string }>;
          relations: {
            edges: Array<{
              node: {
                other: { name: string };
                year: number;
                evidence: Array<{ section: string; excerpt: string }>;
              };
            }>;
          };
        };
      };
    };
    expect([res.status, body]).toEqual([200, expect.objectContaining({ data: expect.anything() })]);
    const icat = body.data.entity;
    expect(icat.name).toBe('Inter-Agency Coordination Group against Trafficking in Persons');
    expect(icat.members).toHaveLength(23);
    expect(icat.coChairs.map((c) => c.acronym)).toEqual(['OSCE', 'UN Women']);
    // The two CO_CHAIRED edges, each for 2019 and each with a passage of the report behind it.
    expect(
      icat.relations.edges
        .map((e) => [e.node.other.name, e.node.year, e.node.evidence.length > 0])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['Organization for Security and Co-operation in Europe', 2019, true],
      ['United Nations Entity for Gender Equality and the Empowerment of Women', 2019, true],
    ]);
  });

  it('answers a GET query too', async () => {
    const res = await fetch(
      `${url}/graphql?query=${encodeURIComponent('{ entity(id: "org:unodc") { name } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect([res.status, await res.json()]).toEqual([
      200,
      { data: { entity: { name: 'United Nations Office on Drugs and Crime' } } },
    ]);
  });
});
