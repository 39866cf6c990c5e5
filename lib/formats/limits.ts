// What an import accepts (README, "Import limits"). The file size bounds the parse time and
// memory of the options page's worker; the entry count bounds one transaction; the body
// length is the stored schema's own limit (SnippetSchema), so a backup always restores.

export const IMPORT_LIMITS = {
  /**
   * 256 MiB: a backup of 100,000 snippets of about 1,000 characters and 50,000 notes is about
   * 150 MB, and every backup Tonlage writes must import again. Parsed in a worker.
   */
  maxFileBytes: 256 * 1024 * 1024,
  maxEntries: 200_000,
  maxBodyChars: 5_000_000,
  /** YAML aliases expanded per file; a few hundred cover real Espanso files, a bomb needs millions. */
  maxYamlAliases: 1_000,
} as const;
