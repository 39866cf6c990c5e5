// Topic words for starter templates whose own text does not name what they answer (keyword
// lists, matched like the template's tags). A journalist's enquiry goes to the press office
// (handover); a fee or deduction for a review is our own mistake first.

export const STARTER_HINTS: Record<string, string> = {
  'handover-named-team': 'presse pressestelle journalist redaktion stellungnahme press statement editor reporter',
  'own-mistake': 'gebuehr strafe abzug bewertung reputation fee fine deduction penalty review prozess process',
  'repeat-contact': 'again fourth third erneut wieder mehrmals',
  'delivery-holiday-peak': 'weihnachten christmas feiertage holidays',
  // Asked when money is late: the customer is still waiting for it.
  'refund-status': 'wo bleibt where is still waiting warte seit wochen weeks noch nicht not yet',
  // A parcel that never arrived (lost in transit) is the carrier's delay until it is found.
  'delivery-carrier-delay': 'verloren verschollen lost in transit unterwegs',
};

// The review template answers a published review on a review site; in a ticket, a review is
// usually the lever of a threat or the cause of a fee, which other templates answer first.
export const STARTER_DAMPEN: Record<string, number> = {
  'negative-review-reply': 0.6,
};
