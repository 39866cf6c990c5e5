// Keeps the k best (score, slot) pairs seen, best first, without sorting every candidate.
// A slot offered again with a better score moves up instead of appearing twice, so
// candidates may arrive in any order.

export class TopK {
  readonly scores: number[] = [];
  readonly slots: number[] = [];
  /** Per kept slot, the field that matched (an opaque small number for the caller). */
  readonly fields: number[] = [];

  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.scores.length >= this.k;
  }

  /** The score a new slot must beat once the top is full. */
  get threshold(): number {
    return this.full ? (this.scores[this.k - 1] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  }

  offer(score: number, slot: number, field = 0): void {
    if (this.k <= 0 || score <= this.threshold) return;
    const at = this.slots.indexOf(slot);
    if (at >= 0) {
      if ((this.scores[at] ?? 0) >= score) return;
      this.scores.splice(at, 1);
      this.slots.splice(at, 1);
      this.fields.splice(at, 1);
    }
    const n = this.scores.length;
    let i = n < this.k ? n : n - 1;
    while (i > 0 && (this.scores[i - 1] ?? 0) < score) {
      this.scores[i] = this.scores[i - 1] ?? 0;
      this.slots[i] = this.slots[i - 1] ?? 0;
      this.fields[i] = this.fields[i - 1] ?? 0;
      i--;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
    this.fields[i] = field;
  }
}
