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

const MAX_LENGTH = 64;
const BIG = 99;
// Three DP rows reused by every call: a typo scan makes no garbage.
let prev2 = new Int32Array(MAX_LENGTH + 1);
let prev = new Int32Array(MAX_LENGTH + 1);
let row = new Int32Array(MAX_LENGTH + 1);

/**
 * Whether `query` is within two edits (optimal string alignment: insert, delete,
 * substitute, swap of neighbours) of `term`, or of some prefix of it unless `whole`.
 * Catches two letters left out of a short word ("gutsin" for "gutschein"). Only the
 * diagonal band of width 5 is computed, and the scan stops once every cell exceeds 2.
 */
export function withinTwoEdits(query: string, term: string, whole: boolean): boolean {
  const q = query.length;
  const t = Math.min(term.length, whole ? term.length : q + 2);
  if (q > MAX_LENGTH || t > MAX_LENGTH) return false;
  if (whole && Math.abs(term.length - q) > 2) return false;
  if (!whole && term.length < q - 2) return false;
  // Rows run over the term, columns over the query: row j holds distances of term[0..j).
  for (let i = 0; i <= q; i++) prev[i] = i;
  let best = !whole && q <= 2 ? q : BIG;
  for (let j = 1; j <= t; j++) {
    const tc = term.charCodeAt(j - 1);
    row[0] = j;
    let rowMin = j;
    for (let i = 1; i <= q; i++) {
      if (i < j - 2 || i > j + 2) {
        row[i] = BIG;
        continue;
      }
      const qc = query.charCodeAt(i - 1);
      let d = Math.min(prev[i]! + 1, row[i - 1]! + 1, prev[i - 1]! + (qc === tc ? 0 : 1));
      if (i > 1 && j > 1 && qc === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) {
        d = Math.min(d, prev2[i - 2]! + 1);
      }
      row[i] = d;
      if (d < rowMin) rowMin = d;
    }
    if (!whole && row[q]! < best) best = row[q]!;
    if (rowMin > 2) return best <= 2;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return whole ? prev[q]! <= 2 : best <= 2;
}
