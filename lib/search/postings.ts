// Posting lists: the document slots holding a term, best static key first (ties: lower
// slot first), so a scan can stop as soon as no later slot can reach the top results.
// Most terms belong to one document; such a list is the slot number itself, which costs
// no object at all. Longer lists live in an Int32Array that doubles when full.

export class SlotList {
  constructor(
    public slots: Int32Array,
    public length: number,
  ) {}
}

export type List = number | SlotList | undefined;

/** Whether slot `a` comes before slot `b` in every list. */
function before(a: number, b: number, keys: Float64Array): boolean {
  const ka = keys[a] ?? 0;
  const kb = keys[b] ?? 0;
  return ka > kb || (ka === kb && a < b);
}

/** `list` with `slot` added in order; a slot already present is not added twice. */
export function insert(list: List, slot: number, keys: Float64Array): List {
  if (list === undefined) return slot;
  if (typeof list === 'number') {
    if (list === slot) return list;
    const slots = new Int32Array(4);
    slots[0] = before(list, slot, keys) ? list : slot;
    slots[1] = slots[0] === list ? slot : list;
    return new SlotList(slots, 2);
  }
  const n = list.length;
  const last = list.slots[n - 1] ?? 0;
  if (last === slot) return list;
  if (n === list.slots.length) {
    const grown = new Int32Array(n * 2);
    grown.set(list.slots);
    list.slots = grown;
  }
  if (before(last, slot, keys)) {
    // Bulk builds add in key order, so this is the common case.
    list.slots[n] = slot;
    list.length = n + 1;
    return list;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list.slots[mid] ?? 0, slot, keys)) lo = mid + 1;
    else hi = mid;
  }
  if (list.slots[lo] === slot) return list;
  list.slots.copyWithin(lo + 1, lo, n);
  list.slots[lo] = slot;
  list.length = n + 1;
  return list;
}

/** `list` without the slots that are no longer alive. */
export function compact(list: List, alive: Uint8Array): List {
  if (list === undefined) return undefined;
  if (typeof list === 'number') return alive[list] ? list : undefined;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const slot = list.slots[i] ?? 0;
    if (alive[slot]) list.slots[n++] = slot;
  }
  if (n === 0) return undefined;
  if (n === 1) return list.slots[0];
  list.length = n;
  return list;
}

export function listLength(list: List): number {
  if (list === undefined) return 0;
  return typeof list === 'number' ? 1 : list.length;
}

/** The i-th slot of a list (i < listLength). */
export function slotAt(list: number | SlotList, i: number): number {
  return typeof list === 'number' ? list : (list.slots[i] ?? 0);
}

/** Whether `list` holds `slot`: a binary search, since lists are in (key, slot) order. */
export function contains(list: List, slot: number, keys: Float64Array): boolean {
  if (list === undefined) return false;
  if (typeof list === 'number') return list === slot;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list.slots[mid] ?? 0, slot, keys)) lo = mid + 1;
    else hi = mid;
  }
  return list.slots[lo] === slot && lo < list.length;
}
