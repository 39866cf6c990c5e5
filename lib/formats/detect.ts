import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { parseEspanso } from './espanso';
import { isTonlageFile, parseTonlage } from './tonlage-json';
import { ImportError, type ParsedImport, type ParseOptions } from './types';
import { IMPORT_LIMITS } from './limits';
import { isZendeskMacros, parseZendesk } from './zendesk';
import { notice } from '../i18n/notice';

// Reads a file the agent picked: decodes it, recognises the format by its content (the
// extension only breaks ties) and hands it to the codec. Throws ImportError for a file it
// refuses as a whole; problems with single entries are reported on the entries instead.

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new ImportError('not-json', { line, detail });
  }
}

const ESPANSO_KEYS = /^(?:matches|global_vars|imports)\s*:/m;
const TEXT_TABLES = new Set(['csv', 'tsv']);

/**
 * Every failure is an ImportError (a codec's own, a limit, or "unreadable" for anything a
 * parser library throws), so the interface can always say why and that nothing changed.
 */
export function parseImportFile(name: string, bytes: Uint8Array | string, options: ParseOptions = {}): ParsedImport {
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const size = typeof bytes === 'string' ? bytes.length : bytes.byteLength;
  if (size > limits.maxFileBytes) {
    throw new ImportError('too-large', {
      params: { size: megabytes(size), max: megabytes(limits.maxFileBytes) },
    });
  }
  let parsed: ParsedImport;
  try {
    parsed = parseDecoded(name, bytes, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError('unreadable', { detail });
  }
  if (parsed.entries.length > limits.maxEntries) {
    throw new ImportError('too-many-entries', { params: { count: parsed.entries.length, max: limits.maxEntries } });
  }
  return parsed;
}

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

function parseDecoded(name: string, bytes: Uint8Array | string, options: ParseOptions): ParsedImport {
  const { text, encoding } = decodeBytes(bytes);
  if (text.trim() === '') throw new ImportError('empty');
  const ext = extensionOf(name);
  const first = text.trimStart()[0];
  const isYaml =
    ext === 'yml' || ext === 'yaml' || (!TEXT_TABLES.has(ext) && ext !== 'json' && ESPANSO_KEYS.test(text));
  const isJson = !isYaml && (ext === 'json' || first === '{' || first === '[');
  if (encoding === 'windows-1252' && (isJson || isYaml)) {
    throw new ImportError('encoding', { detail: isJson ? 'JSON' : 'YAML' });
  }
  let parsed: ParsedImport;
  if (isJson) {
    const value = parseJson(text);
    if (isTonlageFile(value)) parsed = parseTonlage(value, options);
    else if (isZendeskMacros(value)) parsed = parseZendesk(value, options);
    else {
      throw new ImportError('unknown-shape', { detail: 'neither "format": "tonlage" nor "macros"' });
    }
  } else if (isYaml) {
    parsed = parseEspanso(text, options);
  } else {
    parsed = parseCsv(text, options);
  }
  if (encoding === 'windows-1252') {
    parsed.warnings.unshift(notice('fileReadAsCp1252'));
  } else if (encoding !== 'utf-8') {
    parsed.warnings.unshift(notice('fileReadAs', { encoding: encoding.toUpperCase() }));
  }
  return parsed;
}
