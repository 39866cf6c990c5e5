// Import and export of the library (issue #8). The options page uses parseImportFile for
// the dry run and lib/formats/transfer.ts to plan, commit and export.
export { decodeBytes } from './decode';
export { parseImportFile } from './detect';
export { type ImportSummary, type Plan, type PlanItem, type ConflictPolicy, planImport } from './plan';
export { serializeTonlage, TONLAGE_FORMAT_VERSION, type TonlageFile, TonlageFileSchema } from './tonlage-json';
export * from './types';
