import type { SetAside, SetAsideKind } from './types';

// Reads a message the way an agent does before judging it: the greeting, the sign-off, the
// signature, legal footers and the quoted history (often the agent's own earlier reply) say
// nothing about how the customer feels now. Those parts are blanked out with spaces (line
// breaks kept) so that every later step sees the same offsets as the original text.

const GREETING =
  /^(?:hallo|hallöchen|hi|hey|moin|servus|grüß gott|guten (?:tag|morgen|abend)|sehr geehrte[rs]?|liebe[rs]?|dear|hello|good (?:morning|afternoon|evening)|to whom it may concern)\b[^\n.?!]{0,60}[,!:]?\s*$/iu;
// "Hallo Team, mein Paket …": the greeting is the part up to the comma.
const INLINE_GREETING =
  /^(?:hallo|hi|hey|moin|servus|guten (?:tag|morgen|abend)|sehr geehrte (?:damen und herren)|hello|dear)(?:[ \t]+[\p{L}.'-]+){0,3}[ \t]*,/iu;

const SIGN_OFF =
  /^(?:(?:mit )?(?:freundlichen|besten|lieben|herzlichen|schönen|sonnigen|viele[n]?|liebe|beste|freundliche|herzliche) grü(?:ß|ss)en?|(?:viele |liebe |beste |herzliche |schöne )?grü(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|bg|(?:vielen |herzlichen |besten )?dank(?:e)?(?: (?:schön|sehr|vorab|im voraus|schon mal))?(?: für (?:ihre|die|eure) (?:hilfe|mühe|unterstützung|antwort|rückmeldung|info))?(?:,? (?:und|&) (?:viele |liebe |beste )?(?:grü(?:ß|ss)e|gru(?:ß|ss)))?|(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|cheers|sincerely(?: yours)?|yours(?: sincerely| truly| faithfully)?|thanks?(?: you)?(?: (?:so much|in advance|again))?(?:,? (?:and |& )?(?:best |kind )?regards)?|thanks?(?: you)?(?: so much)? for (?:your|the) (?:help|time|assistance|support|patience|reply|response)|many thanks|all the best|tschüss|ciao)[\s,.!]*$/iu;
// "LG Tom", "VG Anna Berg", "Gruß Jonas": a short closing with the name on the same line.
const SIGN_OFF_NAME =
  /^(?:[LlVvBb][Gg]|[Mm][Ff][Gg]|[Gg]ru(?:ß|ss)|[Cc]heers|[Tt]hanks|[Tt]hx|[Bb]est)[ ,]+\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?[\s,.!]*$/u;

// Only the polite end of a message, not "Danke für nichts" or "Thanks for the quick help".
const TRAILING_THANKS =
  /(?:^|[.!?]\s+)((?:(?:vielen|herzlichen|besten) )?dank(?:e)?(?: (?:schön|sehr|vorab|im voraus|schon mal))?(?: und (?:viele |liebe |beste )?grü(?:ß|ss)e)?|thanks?(?: you)?(?: (?:so much|in advance))?(?: (?:&|and) regards)?|many thanks)[\s.!]*$/iu;

const DISCLAIMER =
  /\b(?:vertrauliche (?:informationen|inhalte)|(?:ist|sind|enthält) vertraulich|(?:is|are|may be) (?:strictly )?confidential|confidential(?:ity)? (?:notice|information)|intended recipient|beabsichtigte[rn]? empfänger|irrtümlich erhalten|received (?:this|it) in error|sitz der gesellschaft|registergericht|amtsgericht|handelsregister|hrb ?\d|ust-?id|geschäftsführ(?:er|ung):|vorstand:|datenschutz(?:erklärung|hinweis)|privacy (?:notice|policy)|please consider the environment|bitte denken sie an die umwelt)/iu;
const SENT_FROM = /^(?:sent from my|gesendet von|von meinem [^\n]{1,40} gesendet|get outlook for)/iu;
const SIG_DELIMITER = /^--\s?$|^_{5,}\s*$/u;
const QUOTE_HEADER =
  /^(?:(?:am|on|le) .{4,160}(?:schrieb|wrote|hat geschrieben|a écrit)[^\n]{0,120}:?\s*$|-{2,}\s*(?:original message|ursprüngliche nachricht|weitergeleitete nachricht|forwarded message)\s*-{2,}|(?:von|from):\s.+)/iu;
const AGENT = /\b(?:support|service|team|kundenservice|kundendienst|customer care|helpdesk|no-?reply)\b/iu;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      out.push({ start: start + lead, end: start + lead + body.length, text: body });
      start = i + 1;
    }
  }
  return out;
}

function opensFooter(t: string): boolean {
  return QUOTE_HEADER.test(t) || SIG_DELIMITER.test(t) || SENT_FROM.test(t) || DISCLAIMER.test(t);
}

/** A sign-off counts only if just a short name block follows it (before any footer). */
function closesMessage(ls: readonly Line[], i: number): boolean {
  let count = 0;
  for (let j = i + 1; j < ls.length; j++) {
    const t = ls[j]!.text;
    if (t === '') continue;
    if (opensFooter(t)) return true;
    if (t.length > 70 || ++count > 6) return false;
  }
  return true;
}

function tailKind(ls: readonly Line[], i: number, first: number): SetAsideKind | null {
  const t = ls[i]!.text;
  if (t === '') return null;
  if (QUOTE_HEADER.test(t)) return AGENT.test(t) ? 'agent_reply' : 'quote';
  if (SIG_DELIMITER.test(t)) return 'signature';
  if (SENT_FROM.test(t)) return 'signature';
  if ((SIGN_OFF.test(t) || SIGN_OFF_NAME.test(t)) && closesMessage(ls, i)) return 'signoff';
  if (DISCLAIMER.test(t) && i > first && ls[i - 1]!.text === '') return 'disclaimer';
  return null;
}

/** The parts of `text` that are not the customer's evidence, in order, without overlaps. */
export function findSetAside(text: string): SetAside[] {
  const ls = lines(text);
  const out: SetAside[] = [];
  let first = 0;
  while (first < ls.length && ls[first]!.text === '') first++;
  // Greetings at the top (one or more lines), or inline up to the comma.
  while (first < ls.length && GREETING.test(ls[first]!.text)) {
    out.push({ kind: 'greeting', start: ls[first]!.start, end: ls[first]!.end });
    first++;
    while (first < ls.length && ls[first]!.text === '') first++;
  }
  // Also after a greeting line: "Hallo,\n\nGuten Tag, können Sie …" greets twice.
  if (first < ls.length) {
    const m = INLINE_GREETING.exec(ls[first]!.text);
    if (m) out.push({ kind: 'greeting', start: ls[first]!.start, end: ls[first]!.start + m[0].length });
  }
  // The tail: from the first sign-off, signature, footer or quote header to the end, each part
  // labelled by the marker that opens it.
  let tailLine = ls.length;
  const tail: SetAside[] = [];
  for (let i = first; i < ls.length; i++) {
    const kind = tailKind(ls, i, first);
    if (kind === null) continue;
    if (tail.length === 0) tailLine = i;
    const prev = tail[tail.length - 1];
    if (prev && ((prev.kind === kind && kind !== 'signoff') || prev.kind === 'quote' || prev.kind === 'agent_reply'))
      continue;
    if (prev) prev.end = ls[i - 1]!.end;
    tail.push({ kind, start: ls[i]!.start, end: text.length });
  }
  // Quoted lines ("> …") anywhere in the body.
  for (let i = first; i < tailLine; i++) {
    const l = ls[i]!;
    if (l.text.startsWith('>')) out.push({ kind: 'quote', start: l.start, end: l.end });
  }
  // A bare "Danke." closing the body is courtesy, not praise.
  let bodyEnd = tailLine - 1;
  while (bodyEnd >= first && (ls[bodyEnd]!.text === '' || ls[bodyEnd]!.text.startsWith('>'))) bodyEnd--;
  if (bodyEnd >= first) {
    const l = ls[bodyEnd]!;
    const m = TRAILING_THANKS.exec(l.text);
    if (m?.[1] && !out.some((s) => s.start === l.start)) {
      const at = l.start + m.index + m[0].indexOf(m[1]);
      out.push({ kind: 'signoff', start: at, end: l.end });
    }
  }
  for (const t of tail) t.end = Math.max(t.start, trimEnd(text, t.end));
  return [...out, ...tail].sort((a, b) => a.start - b.start);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Parts that are never the customer's words of now, even when nothing else is left. */
export const NEVER_EVIDENCE: ReadonlySet<SetAsideKind> = new Set(['quote', 'agent_reply', 'disclaimer', 'signature']);

/** `text` with the set-aside parts replaced by spaces (line breaks kept): offsets stay valid. */
export function maskSetAside(text: string, parts: readonly SetAside[]): string {
  if (parts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of parts) {
    if (p.start < at) continue;
    out += text.slice(at, p.start) + text.slice(p.start, p.end).replace(/[^\n]/g, ' ');
    at = p.end;
  }
  return out + text.slice(at);
}
