// A ticket number in a mail's subject: helpdesks that answer by mail put it there
// ("[#48213]", "Ticket 48213", "Re: Ihre Anfrage (Vorgang-Nr. 48213)", "Case #00048213"), and
// the customer quotes it back. Gmail has no number of its own (its thread id is internal), so
// {{ticket.id}} is filled only from such a subject and otherwise stays empty (issue #16).

const LABELLED =
  /(?:^|[\s([{])(?:ticket|case|request|anfrage|vorgang|fall|auftrag|reklamation|referenz|ref)(?:[-\s]?(?:nr|no|nummer|number|id))?\.?[\s:#-]*#?\s*([A-Z]{0,4}-?\d{3,12})\b/i;
const BRACKETED = /[[(]#\s?([A-Z]{0,4}-?\d{3,12})[\])]/i;
const HASHED = /(?:^|\s)#(\d{3,12})\b/;

export function ticketNumberIn(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  return (subject.match(BRACKETED) ?? subject.match(LABELLED) ?? subject.match(HASHED))?.[1];
}
