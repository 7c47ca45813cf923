import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { rules } from '../auth/rules.js';
import type { Context } from '../context.js';
import { refused } from '../errors.js';

/**
 * Refuses, before anything resolves, an HTTP request whose credentials were refused (whatever it asks), and an
 * anonymous read when READ_REQUIRES_AUTH. Per-operation and per-object rules (who may propose, review…) are the
 * mutations' own (auth/rules.ts). A refused mutation is still recorded in the audit log, one record per root
 * field. Operations run in-process (the warm-up: `executeOperation`, no `http`) are the server's own.
 */

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

export function authGate(readRequiresAuth: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (!request.http) return;
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          const auth = ctx.auth;
          if (!operation) return;
          if (!auth.ok) {
            if (operation.operation === 'mutation' && ctx.curation) {
              for (const field of rootFields(operation))
                await ctx.curation.audit.record({
                  principal: { kind: 'anonymous' },
                  operation: field,
                  targetIds: [],
                  outcome: 'UNAUTHENTICATED',
                  code: auth.code,
                  detail: auth.reason,
                  requestId: ctx.request.id,
                });
            }
            throw refused(auth.code, auth.reason);
          }
          if (operation.operation === 'query') {
            const read = rules.read(auth.principal, readRequiresAuth);
            if (!read.allowed) throw refused(read.code, read.message);
          }
        },
      };
    },
  };
}
