// Keeps the k best (score, slot) pairs seen, best first, without sorting every candidate.

export class TopK {
  readonly scores: number[] = [];
  readonly slots: number[] = [];

  constructor(private readonly k: number) {}

  offer(score: number, slot: number): void {
    const n = this.scores.length;
    if (this.k <= 0 || (n >= this.k && score <= (this.scores[n - 1] ?? Number.NEGATIVE_INFINITY))) return;
    let i = n < this.k ? n : n - 1;
    while (i > 0 && (this.scores[i - 1] ?? 0) < score) {
      this.scores[i] = this.scores[i - 1] ?? 0;
      this.slots[i] = this.slots[i - 1] ?? 0;
      i--;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }
}
