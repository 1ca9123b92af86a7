import { describe, expect, it } from 'vitest';
import { addTotals, emptyTotals, StageTimes, timed } from '../../src/stage-timer.js';

/** A clock the test moves by hand, so times are exact and no test depends on the machine's speed. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('StageTimes', () => {
  it('counts a nested stage once: segment inside analyze is not also counted as analyze', () => {
    const clock = manualClock();
    const times = new StageTimes(clock.now);
    const words = times.time('analyze', () => {
      clock.advance(5);
      const cut = times.time('segment', () => {
        clock.advance(20);
        return ['同志们', '今天', '召开', '会议'];
      });
      clock.advance(3);
      return cut;
    });
    expect(words).toEqual(['同志们', '今天', '召开', '会议']);
    expect(times.totals.analyze).toBe(8);
    expect(times.totals.segment).toBe(20);
  });

  it('times async work until it settles, and still counts work that throws', async () => {
    const clock = manualClock();
    const times = new StageTimes(clock.now);
    await times.timeAsync('read', async () => {
      await Promise.resolve();
      clock.advance(7);
    });
    expect(() =>
      times.time('parse', () => {
        clock.advance(2);
        throw new Error('无法解析');
      }),
    ).toThrow('无法解析');
    expect(times.totals.read).toBe(7);
    expect(times.totals.parse).toBe(2);
  });

  it('sums the totals of several workers', () => {
    const a = { ...emptyTotals(), segment: 10, render: 1 };
    const b = { ...emptyTotals(), segment: 5, read: 2 };
    expect(addTotals(a, b)).toMatchObject({ segment: 15, render: 1, read: 2, analyze: 0 });
  });
});

describe('timed', () => {
  it('runs the work directly when no timer is given', () => {
    expect(timed(undefined, 'normalize', () => '机关党建')).toBe('机关党建');
  });
});
