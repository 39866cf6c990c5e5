// Strings for edits refused because the entry changed elsewhere, and for import limits
// and YAML failures (issue #13). Keys must be identical in both tables.

export const CONFLICT_EN = {
  conflictNote: 'This note was changed in another window while you were typing. Your text is not saved yet.',
  conflictSnippet: 'This snippet was changed in another window after you opened it. Your changes are not saved yet.',
  conflictSettings: 'These settings were changed in another window: {keys}. Your changes are not saved yet.',
  conflictReload: 'Reload (drop mine)',
  conflictKeepMine: 'Keep mine',
  conflictSeeBoth: 'See both',
  conflictHideBoth: 'Hide comparison',
  conflictMine: 'Yours (not saved)',
  conflictTheirs: 'Saved elsewhere',
  changedElsewhere: 'Changed in another window since you started editing. Saving will ask which version to keep.',
} as const;

export const CONFLICT_DE: Record<keyof typeof CONFLICT_EN, string> = {
  conflictNote:
    'Diese Notiz wurde in einem anderen Fenster geändert, während Sie geschrieben haben. Ihr Text ist noch nicht gespeichert.',
  conflictSnippet:
    'Dieser Textbaustein wurde in einem anderen Fenster geändert, nachdem Sie ihn geöffnet haben. Ihre Änderungen sind noch nicht gespeichert.',
  conflictSettings:
    'Diese Einstellungen wurden in einem anderen Fenster geändert: {keys}. Ihre Änderungen sind noch nicht gespeichert.',
  conflictReload: 'Neu laden (meine verwerfen)',
  conflictKeepMine: 'Meine behalten',
  conflictSeeBoth: 'Beide ansehen',
  conflictHideBoth: 'Vergleich ausblenden',
  conflictMine: 'Ihre Fassung (nicht gespeichert)',
  conflictTheirs: 'Anderswo gespeichert',
  changedElsewhere:
    'Seit Sie mit dem Bearbeiten begonnen haben, wurde dies in einem anderen Fenster geändert. Beim Speichern werden Sie gefragt, welche Fassung gilt.',
};
