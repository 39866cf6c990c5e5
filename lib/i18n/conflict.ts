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
  conflictDeleteSnippet:
    'This snippet was changed in another window after this page showed it. Nothing was deleted: compare, then choose.',
  conflictDeleteNote:
    'This note was changed in another window after this page showed it. Nothing was deleted: compare, then choose.',
  conflictDeleteKeep: 'Keep it',
  conflictDeleteAnyway: 'Delete anyway',
  conflictShownHere: 'As this page showed it',
  changedElsewhere: 'Changed in another window since you started editing. Saving will ask which version to keep.',
  importErrYamlAlias: 'The YAML file uses the alias *{name}, but no anchor &{name} is defined before it.',
  importErrYamlAliasBomb:
    'The YAML file expands more than {max} aliases. Files like this are used to freeze programs, so it was not read.',
  importErrEspansoShape: 'This YAML file is not an Espanso match file: it has no “matches” list.',
  importErrTooLarge: 'The file is {size} MB; Tonlage imports files of up to {max} MB.',
  importErrTooMany: 'The file has {count} entries; Tonlage imports up to {max} per file. Split it into smaller files.',
  importErrUnreadable: 'The file could not be read.',
  importReading: 'Reading the file…',
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
  conflictDeleteSnippet:
    'Dieser Textbaustein wurde in einem anderen Fenster geändert, nachdem diese Seite ihn angezeigt hat. Nichts wurde gelöscht: Vergleichen Sie, dann entscheiden Sie.',
  conflictDeleteNote:
    'Diese Notiz wurde in einem anderen Fenster geändert, nachdem diese Seite sie angezeigt hat. Nichts wurde gelöscht: Vergleichen Sie, dann entscheiden Sie.',
  conflictDeleteKeep: 'Behalten',
  conflictDeleteAnyway: 'Trotzdem löschen',
  conflictShownHere: 'So, wie diese Seite es zeigte',
  changedElsewhere:
    'Seit Sie mit dem Bearbeiten begonnen haben, wurde dies in einem anderen Fenster geändert. Beim Speichern werden Sie gefragt, welche Fassung gilt.',
  importErrYamlAlias: 'Die YAML-Datei verwendet den Alias *{name}, aber davor ist kein Anker &{name} definiert.',
  importErrYamlAliasBomb:
    'Die YAML-Datei löst mehr als {max} Aliase auf. Solche Dateien legen Programme lahm, deshalb wurde sie nicht gelesen.',
  importErrEspansoShape: 'Diese YAML-Datei ist keine Espanso-Datei: Ihr fehlt die Liste „matches“.',
  importErrTooLarge: 'Die Datei ist {size} MB groß; Tonlage importiert Dateien bis {max} MB.',
  importErrTooMany:
    'Die Datei hat {count} Einträge; Tonlage importiert bis zu {max} pro Datei. Teilen Sie sie in kleinere Dateien auf.',
  importErrUnreadable: 'Die Datei konnte nicht gelesen werden.',
  importReading: 'Datei wird gelesen …',
};
