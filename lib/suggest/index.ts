// What suits this customer, in one place: who the customer is (customer.ts), the templates
// and phrases made for their moods (select.ts), and the library search ranked for them
// (library-index.ts, kept in the background; pages ask it via lib/messaging/library.ts
// through `librarySearchQuery` in lib/queries). The side panel and the palette both use it.

export { type Customer, readCustomer, readTicket } from './customer';
export { explainSuggestion } from './explain';
export { type Calming, type Ranked, rankForTicket, type Ticket } from './rank';
export { type MoodWeight, selectSuggestions, type Suggestion, type SuggestionOptions } from './select';
