import { register } from 'tsx/esm/api';

register();
const { teardownNeo4j } = await import('./teardown-neo4j.ts');
export default teardownNeo4j;
