// What an import accepts (README, "Import limits"). The file size bounds the parse time and
// memory of the options page's worker; the entry count bounds one transaction; the body
// length is the stored schema's own limit (SnippetSchema), so a backup always restores.

export const IMPORT_LIMITS = {
  /** 100 MiB: a 100,000-snippet backup is about 60 MB. */
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 200_000,
  maxBodyChars: 5_000_000,
  /** YAML aliases expanded per file; a few hundred cover real Espanso files, a bomb needs millions. */
  maxYamlAliases: 1_000,
} as const;
