// Jest loads global setup outside its module mapper; tsx lets it import the TypeScript sources as they are.
import { register } from 'tsx/esm/api';

register();
const { setupNeo4j } = await import('./setup-neo4j.ts');
export default setupNeo4j;
