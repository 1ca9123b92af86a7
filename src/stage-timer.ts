/**
 * An optional hook that times the pipeline stages. A stage given a timer runs its work through it;
 * without one it runs the work directly, so untimed runs pay nothing. Times are exclusive: a stage
 * nested in another (segment inside analyze, clean inside normalize) is not counted twice, so the
 * totals add up to the time of the whole run.
 */
export const STAGES = ['read', 'clean', 'normalize', 'parse', 'analyze', 'segment', 'render'] as const;

export type StageName = (typeof STAGES)[number];

export type StageTotals = Record<StageName, number>;

export interface StageTimer {
  time<T>(stage: StageName, work: () => T): T;
  timeAsync<T>(stage: StageName, work: () => Promise<T>): Promise<T>;
}

/** Runs `work` as `stage` when a timer is given, else just runs it. */
export function timed<T>(timer: StageTimer | undefined, stage: StageName, work: () => T): T {
  return timer ? timer.time(stage, work) : work();
}

export function timedAsync<T>(timer: StageTimer | undefined, stage: StageName, work: () => Promise<T>): Promise<T> {
  return timer ? timer.timeAsync(stage, work) : work();
}

export function emptyTotals(): StageTotals {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTotals;
}

/** Adds `more` into `into` (e.g. the totals each worker reports). */
export function addTotals(into: StageTotals, more: StageTotals): StageTotals {
  for (const stage of STAGES) into[stage] += more[stage];
  return into;
}

/** Sums milliseconds per stage. One file at a time: nested stages must not interleave. */
export class StageTimes implements StageTimer {
  readonly totals: StageTotals = emptyTotals();
  /** Time spent in stages nested inside each open stage, to subtract from it. */
  private readonly nested: number[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  time<T>(stage: StageName, work: () => T): T {
    const start = this.open();
    try {
      return work();
    } finally {
      this.close(stage, start);
    }
  }

  async timeAsync<T>(stage: StageName, work: () => Promise<T>): Promise<T> {
    const start = this.open();
    try {
      return await work();
    } finally {
      this.close(stage, start);
    }
  }

  private open(): number {
    this.nested.push(0);
    return this.now();
  }

  private close(stage: StageName, start: number): void {
    const elapsed = this.now() - start;
    const inner = this.nested.pop() ?? 0;
    this.totals[stage] += elapsed - inner;
    if (this.nested.length > 0) this.nested[this.nested.length - 1]! += elapsed;
  }
}
