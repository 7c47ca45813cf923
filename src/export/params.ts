import { RELATION_TYPES } from '../model/relations.js';
import { DEFAULT_GEXF_VERSION, type GexfVersion } from './gexf.js';
import type { ExportFilter } from './model.js';

/** The export filter from URL query parameters (or CLI flags): strict, each error names its parameter. */

export class BadExportParameter extends Error {
  constructor(
    readonly parameter: string,
    reason: string,
  ) {
    super(`Invalid query parameter "${parameter}": ${reason}`);
    this.name = 'BadExportParameter';
  }
}

const ENTITY_TYPES = ['ORGANISATION', 'PERSON', 'EVENT', 'RESOLUTION', 'BRIEF', 'PLACE'] as const;
const ALLOWED = new Set(['relationTypes', 'types', 'year', 'center', 'depth', 'version']);

function list(name: string, raw: string[], allowed: readonly string[]): string[] | null {
  const values = raw.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (values.length === 0) return null;
  for (const v of values)
    if (!allowed.includes(v))
      throw new BadExportParameter(name, `"${v}" is not one of ${allowed.join(', ')}`);
  return [...new Set(values)];
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new BadExportParameter(name, `must be an integer from ${min} to ${max}; got "${raw.slice(0, 40)}"`);
  return Number(raw);
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw new BadExportParameter(name, 'given more than once');
  return values[0] ?? null;
}

export interface ExportRequest {
  filter: ExportFilter;
  /** GEXF only: 1.2 (1.2draft) by default, what networkx and JGraphT read; 1.3 on request (Gephi, graphology). */
  gexfVersion: GexfVersion;
}

/** `gexf`: whether the export is a GEXF file (the only one with a `version`). */
export function parseExportRequest(params: URLSearchParams, gexf: boolean): ExportRequest {
  const version = single(params, 'version');
  if (version !== null && !gexf) throw new BadExportParameter('version', 'applies to network.gexf only');
  if (version !== null && version !== '1.3' && version !== '1.2')
    throw new BadExportParameter('version', `must be 1.3 or 1.2; got "${version.slice(0, 40)}"`);
  return { filter: parseExportParams(params), gexfVersion: version ?? DEFAULT_GEXF_VERSION };
}

export function parseExportParams(params: URLSearchParams): ExportFilter {
  for (const key of params.keys())
    if (!ALLOWED.has(key))
      throw new BadExportParameter(
        key.slice(0, 40),
        `unknown; the parameters are ${[...ALLOWED].join(', ')}`,
      );
  const year = single(params, 'year');
  const center = single(params, 'center');
  const depth = single(params, 'depth');
  if (center !== null && (center.length === 0 || center.length > 200))
    throw new BadExportParameter('center', 'must be an entity id of 1 to 200 characters');
  if (depth !== null && center === null) throw new BadExportParameter('depth', 'needs center');
  return {
    relationTypes: list('relationTypes', params.getAll('relationTypes'), RELATION_TYPES),
    entityTypes: list('types', params.getAll('types'), ENTITY_TYPES),
    year: year === null ? null : integer('year', year, 1900, 2100),
    center,
    depth: depth === null ? 1 : integer('depth', depth, 1, 3),
  };
}

/** `icat-network-2019-org_icat-d1`: the filter in the file name, safe in any file system and header. */
export function fileStem(kind: string, f: ExportFilter): string {
  const parts = [`icat-${kind}`];
  if (f.year !== null) parts.push(String(f.year));
  if (f.entityTypes) parts.push(f.entityTypes.map((t) => t.toLowerCase()).join('+'));
  if (f.relationTypes)
    parts.push(
      f.relationTypes.length > 3
        ? `${f.relationTypes.length}-relation-types`
        : f.relationTypes.map((t) => t.toLowerCase()).join('+'),
    );
  if (f.center !== null) parts.push(`${f.center.replace(/[^A-Za-z0-9-]+/g, '_').slice(0, 60)}-d${f.depth}`);
  return parts.join('-');
}
