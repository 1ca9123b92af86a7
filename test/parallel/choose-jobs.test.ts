import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { defaultJobs, parseJobs } from '../../src/cli/parallel/choose-jobs.js';

describe('defaultJobs', () => {
  it('keeps one speech, or a small batch, in this thread', () => {
    expect(defaultJobs(1, 50_000_000)).toBe(1);
    expect(defaultJobs(5, 65_065)).toBe(1);
  });

  it('uses every core but one for a large batch, and no more workers than files', () => {
    expect(defaultJobs(6_000, 100_000_000, 8)).toBe(7);
    expect(defaultJobs(2, 100_000_000, 8)).toBe(2);
    expect(defaultJobs(6_000, 100_000_000)).toBe(Math.max(1, availableParallelism() - 1));
  });

  it('keeps a large batch in this thread on two cores, where a second thread hardly paid', () => {
    expect(defaultJobs(6_000, 100_000_000, 2)).toBe(1);
  });
});

describe('parseJobs', () => {
  it('accepts a positive whole number', () => {
    expect(parseJobs('2')).toBe(2);
  });

  it.each(['0', '-1', '1.5', '全部', ''])('rejects %j with a UsageError', (value) => {
    expect(() => parseJobs(value)).toThrow(UsageError);
  });
});
