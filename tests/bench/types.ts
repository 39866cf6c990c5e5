/** One measured figure. `reference` is another implementation or baseline measured in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  reference?: { name: string; value: number };
  /** A human-readable target such as "<= 2 ms"; `pass` says whether this run met it. */
  target?: string;
  pass?: boolean;
}

/** A benchmark module in tests/bench/*.bench.ts exports `default` of this type. */
export type Bench = () => Promise<BenchResult[]>;
