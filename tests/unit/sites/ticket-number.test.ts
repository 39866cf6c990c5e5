import { describe, expect, it } from 'vitest';
import { ticketNumberIn } from '@/lib/sites/ticket-number';

describe('ticket number in a mail subject', () => {
  it.each([
    ['[#48213] Lieferung überfällig', '48213'],
    ['Re: Ihre Anfrage (Vorgang-Nr. 48213)', '48213'],
    ['AW: Ticket 48213 – Rückerstattung', '48213'],
    ['Case #00048213: refund', '00048213'],
    ['Re: Reklamation Nr. 77120', '77120'],
    ['Ticket-ID: ZD-4711 erhalten', 'ZD-4711'],
    ['Your request #99321 has been received', '99321'],
  ])('reads %j as %j', (subject, number) => {
    expect(ticketNumberIn(subject)).toBe(number);
  });

  it.each([
    'Lieferung überfällig',
    'Bestellung vom 12.03.2026',
    'Re: 3 Artikel fehlen',
    'Ihre Rechnung 2026',
    'Meeting um 14:30',
    undefined,
  ])('finds none in %j', (subject) => {
    expect(ticketNumberIn(subject)).toBeUndefined();
  });
});
