// Caret stops through the HTML passes: each stop is a mark character in the output; its
// offset is where the mark sits once all marks before it are taken out.

/** `text` without `mark`, and where each mark was, in order. */
export function takeMarks(text: string, mark: string): { clean: string; positions: number[] } {
  const parts = text.split(mark);
  const positions: number[] = [];
  let at = 0;
  for (const part of parts.slice(0, -1)) {
    at += part.length;
    positions.push(at);
  }
  return { clean: parts.join(''), positions };
}

/** Offsets in Tab order: by stop order, then as written. A lost mark (none should be) drops its stop. */
export function orderStops(orders: readonly number[], positions: readonly number[]): number[] {
  if (orders.length !== positions.length) return positions.slice(0, 1);
  return orders
    .map((order, k) => ({ order, k, at: positions[k]! }))
    .sort((a, b) => a.order - b.order || a.k - b.k)
    .map((s) => s.at);
}
