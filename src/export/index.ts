export { buildExport, ExportTooLarge, UnknownCenter, type ExportFilter, type ExportGraph } from './model.js';
export { CONTENT_TYPES, write, type ExportFormat } from './formats.js';
export { BadExportParameter, fileStem, parseExportParams, parseExportRequest } from './params.js';
