// Strings of the Zendesk team shelf (issue #18): its status card in the side panel, its
// refresh states and the note that macro actions are not applied. Keys identical in both tables.

export const ZENDESK_SHELF_EN = {
  zendeskShelfTitle: 'Team · Zendesk',
  zendeskShelfCount: '{count} team macros from {subdomain}.zendesk.com',
  zendeskShelfNever: 'Not refreshed yet.',
  zendeskShelfRefreshedAt: 'Last refreshed: {when}',
  zendeskShelfRefresh: 'Refresh now',
  zendeskShelfRefreshing: 'Refreshing…',
  zendeskShelfKept: 'The last good copy stays in use.',
  zendeskShelfSkipped: '{count} macros have no text to insert or use a placeholder Tonlage does not know.',
  'zendeskShelfError_logged-out': 'You are logged out of Zendesk. Log in again, then refresh.',
  zendeskShelfError_forbidden: 'Zendesk does not let this account read macros.',
  'zendeskShelfError_rate-limited': 'Zendesk asked to wait (too many requests). Tonlage tries again after {when}.',
  zendeskShelfError_network: 'Zendesk could not be reached.',
  zendeskShelfError_offline: 'You are offline.',
  zendeskShelfError_http: 'Zendesk answered with an error (HTTP {status}).',
  zendeskShelfError_invalid: 'Zendesk’s answer was not a list of macros.',
  'zendeskShelfError_too-large': 'Zendesk returned more than 20,000 macros; Tonlage stopped reading.',
  zendeskShelfBusy: 'Another Zendesk tab is refreshing the team macros.',
  zendeskShelfOff: 'The Zendesk team shelf is switched off in the options.',
  zendeskActionsNotApplied: 'In Zendesk this macro also sets {actions}. Tonlage inserts only the text.',
} as const;
export type ZendeskShelfKey = keyof typeof ZENDESK_SHELF_EN;

export const ZENDESK_SHELF_DE: Record<ZendeskShelfKey, string> = {
  zendeskShelfTitle: 'Team · Zendesk',
  zendeskShelfCount: '{count} Team-Makros aus {subdomain}.zendesk.com',
  zendeskShelfNever: 'Noch nicht aktualisiert.',
  zendeskShelfRefreshedAt: 'Zuletzt aktualisiert: {when}',
  zendeskShelfRefresh: 'Jetzt aktualisieren',
  zendeskShelfRefreshing: 'Wird aktualisiert …',
  zendeskShelfKept: 'Die letzte gute Kopie bleibt in Gebrauch.',
  zendeskShelfSkipped:
    '{count} Makros haben keinen Text zum Einfügen oder nutzen einen Platzhalter, den Tonlage nicht kennt.',
  'zendeskShelfError_logged-out':
    'Sie sind bei Zendesk abgemeldet. Melden Sie sich wieder an und aktualisieren Sie dann.',
  zendeskShelfError_forbidden: 'Zendesk erlaubt diesem Konto nicht, Makros zu lesen.',
  'zendeskShelfError_rate-limited':
    'Zendesk bittet um eine Pause (zu viele Anfragen). Tonlage versucht es nach {when} wieder.',
  zendeskShelfError_network: 'Zendesk war nicht erreichbar.',
  zendeskShelfError_offline: 'Sie sind offline.',
  zendeskShelfError_http: 'Zendesk hat mit einem Fehler geantwortet (HTTP {status}).',
  zendeskShelfError_invalid: 'Die Antwort von Zendesk war keine Makroliste.',
  'zendeskShelfError_too-large': 'Zendesk hat mehr als 20.000 Makros geliefert; Tonlage hat das Lesen abgebrochen.',
  zendeskShelfBusy: 'Ein anderer Zendesk-Tab aktualisiert gerade die Team-Makros.',
  zendeskShelfOff: 'Das Zendesk-Teamregal ist in den Optionen ausgeschaltet.',
  zendeskActionsNotApplied: 'In Zendesk setzt dieses Makro außerdem {actions}. Tonlage fügt nur den Text ein.',
};

const FAILURES = [
  'logged-out',
  'forbidden',
  'rate-limited',
  'network',
  'offline',
  'http',
  'invalid',
  'too-large',
] as const;

/** The message for a stored shelf error; a code the Zendesk shelf never records reads as an HTTP error. */
export function zendeskErrorKey(code: string): ZendeskShelfKey {
  return `zendeskShelfError_${(FAILURES as readonly string[]).includes(code) ? code : 'http'}` as ZendeskShelfKey;
}
