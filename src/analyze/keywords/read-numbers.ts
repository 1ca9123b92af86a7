/**
 * The two numeric steps of loading the IDF table, each the exact result of the plain way
 * (Number(text.slice(…)), a sorted copy's middle) at a fraction of its cost: the table has 270,000
 * lines and is loaded by every worker thread.
 */

/** Powers of ten up to 1e15, all exact in a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Most digits whose integer is exact in a double (10^15 < 2^53). */
const EXACT_DIGITS = 15;

/**
 * Number(text.slice(start, end)) without the substring. A plain decimal of at most 15 digits
 * (13.900677652) is its digits as an integer divided by a power of ten: both exact, so the division
 * rounds once, to the double nearest the decimal, as Number does. Anything else goes to Number.
 */
export function readNumber(text: string, start: number, end: number): number {
  let digits = 0;
  let integer = 0;
  let fractionDigits = -1; // -1 until the decimal point
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      integer = integer * 10 + (c - 0x30);
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
    } else if (c === 0x2e && fractionDigits < 0) fractionDigits = 0;
    else return Number(text.slice(start, end));
  }
  if (digits === 0 || digits > EXACT_DIGITS) return Number(text.slice(start, end));
  return fractionDigits > 0 ? integer / POWERS_OF_TEN[fractionDigits]! : integer;
}

/** Buckets the values are counted into to find the middle one (the table has ~3,000 distinct values). */
const BUCKETS = 4096;

/**
 * values.slice().sort()[values.length >> 1] without sorting them all: the values are counted into
 * buckets by an order-keeping map of their range, and only the bucket holding the middle one is
 * sorted. Values that break the map (NaN, infinities, a range beyond a double) take the plain sort.
 */
export function middleValue(values: Float64Array): number {
  const k = values.length >> 1;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isNaN(value)) return values.slice().sort()[k]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min;
  const scale = (BUCKETS - 1) / range;
  // One value only, infinite ones, or a range too wide or too narrow for a double.
  if (!(range > 0 && Number.isFinite(range) && Number.isFinite(scale))) return values.slice().sort()[k]!;
  // (value - min) * scale never decreases as value grows, so a bucket holds a run of the sorted values.
  const bucketOf = (value: number): number => Math.floor((value - min) * scale);
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < values.length; i++) counts[bucketOf(values[i]!)]!++;
  let bucket = 0;
  let before = 0;
  while (before + counts[bucket]! <= k) before += counts[bucket++]!;
  const inBucket = new Float64Array(counts[bucket]!);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (bucketOf(values[i]!) === bucket) inBucket[n++] = values[i]!;
  return inBucket.sort()[k - before]!;
}
