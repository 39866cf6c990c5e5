// Strings of the hotkey palette (components/Palette.tsx and components/palette/).

export const PALETTE_EN = {
  paletteCountNone: 'No template found.',
  paletteCountOne: 'One template found.',
  paletteCountMany: '{count} templates found.',
  palettePreview: 'Preview',
  paletteFillIn: 'Fill in',
  paletteRequired: 'Please fill in “{label}”.',
  paletteInclude: 'Include “{label}”',
  paletteSuggested: 'Suggested for this ticket',
  chipCustomerFirstName: 'customer’s first name',
  chipCustomerLastName: 'customer’s last name',
  chipCustomerName: 'customer’s name',
  chipCustomerEmail: 'customer’s e-mail',
  chipAgentFirstName: 'your first name',
  chipAgentName: 'your name',
  chipTicketId: 'ticket number',
  chipTicketSubject: 'subject',
} as const;
export type PaletteKey = keyof typeof PALETTE_EN;

export const PALETTE_DE: Record<PaletteKey, string> = {
  paletteCountNone: 'Keine Vorlage gefunden.',
  paletteCountOne: 'Eine Vorlage gefunden.',
  paletteCountMany: '{count} Vorlagen gefunden.',
  palettePreview: 'Vorschau',
  paletteFillIn: 'Ausfüllen',
  paletteRequired: 'Bitte „{label}“ ausfüllen.',
  paletteInclude: '„{label}“ einfügen',
  paletteSuggested: 'Vorschläge für dieses Ticket',
  chipCustomerFirstName: 'Vorname des Kunden',
  chipCustomerLastName: 'Nachname des Kunden',
  chipCustomerName: 'Name des Kunden',
  chipCustomerEmail: 'E-Mail des Kunden',
  chipAgentFirstName: 'Ihr Vorname',
  chipAgentName: 'Ihr Name',
  chipTicketId: 'Ticketnummer',
  chipTicketSubject: 'Betreff',
};
