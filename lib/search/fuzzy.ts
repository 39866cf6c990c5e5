// Typo tolerance: at most one edit (insert, delete, substitute, or swap of neighbours).

/**
 * Whether `query` is within one edit of some prefix of `term` (or of all of it when
 * `whole`). Used for words typed so far: "rueckerstatun" is one edit from a prefix of
 * "rueckerstattung". Allocation-free; O(length) per call.
 */
export function withinOneEdit(query: string, term: string, whole: boolean): boolean {
  const q = query.length;
  const t = term.length;
  let i = 0;
  while (i < q && i < t && query.charCodeAt(i) === term.charCodeAt(i)) i++;
  if (i === q) return whole ? t - q <= 1 : true;
  // First difference at i: try each kind of edit and require the rest to match exactly.
  return (
    restMatches(query, i + 1, term, i + 1, whole) || // substitution
    restMatches(query, i + 1, term, i, whole) || // extra char in query
    restMatches(query, i, term, i + 1, whole) || // missing char in query
    (i + 1 < q &&
      i + 1 < t &&
      query.charCodeAt(i) === term.charCodeAt(i + 1) &&
      query.charCodeAt(i + 1) === term.charCodeAt(i) &&
      restMatches(query, i + 2, term, i + 2, whole)) // swapped neighbours
  );
}

function restMatches(query: string, qi: number, term: string, ti: number, whole: boolean): boolean {
  const rest = query.length - qi;
  if (rest < 0) return false;
  if (whole ? term.length - ti !== rest : term.length - ti < rest) return false;
  for (let k = 0; k < rest; k++) {
    if (query.charCodeAt(qi + k) !== term.charCodeAt(ti + k)) return false;
  }
  return true;
}
