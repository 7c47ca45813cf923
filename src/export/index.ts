export { buildExport, ExportTooLarge, UnknownCenter, type ExportFilter, type ExportGraph } from './model.js';
export { CONTENT_TYPES, write, type ExportFormat } from './formats.js';
export { BadExportParameter, fileStem, parseExportParams, parseExportRequest } from './params.js';
export {
  buildLinkedExport,
  entityDocument,
  ENTITY_RELATIONS_SHOWN,
  evidenceOf,
  type EntityDocument,
  type LinkedGraph,
} from './linked.js';
export { ENTITY_SCHEMA, ftmId, writeFtm } from './ftm.js';
export { iris, writeJsonLd, writeTurtle } from './rdf.js';

/** The linked-data exports (http/linked.ts serves them): FollowTheMoney JSON lines, Turtle, JSON-LD. */
export const LINKED_EXPORT_PATHS = ['/export/entities.ftm.json', '/export/graph.ttl', '/export/graph.jsonld'];
