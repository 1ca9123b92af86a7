/**
 * Builds the benchmark corpus from the seed speeches in corpus/: many speech-sized files whose prose
 * paragraphs are shuffled and recombined across seeds with a seeded PRNG (so the same --size gives the
 * same bytes on every machine), a few big single files (speech collections, 汇编), and a pair of single
 * files one ten times the other for the linearity check. Built once per size and reused.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/** Bump when the generator changes, so a stale corpus is rebuilt. */
const GENERATOR_VERSION = 2;
/** A paragraph this long is prose that may be swapped; shorter lines (headings, site chrome) stay put. */
const PROSE_MIN_CHARS = 60;
/** Share of generated speeches saved as GB18030, as many downloaded speeches are. */
const GB18030_SHARE = 0.03;
const BIG_FILE_MB = [1, 2, 3];
const LINEAR_SMALL_MB = 1;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough for deterministic shuffling. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function loadSeeds(seedDir) {
  const names = (await readdir(seedDir)).filter((n) => n.endsWith('.txt')).sort();
  const seeds = await Promise.all(names.map(async (n) => (await readFile(join(seedDir, n), 'utf8')).split(/\r?\n/)));
  const prose = seeds.flat().filter((line) => line.trim().length >= PROSE_MIN_CHARS);
  return { seeds, prose };
}

/** One speech: a seed's skeleton (headings, chrome) with its prose shuffled, swapped and resized. */
function makeSpeech({ seeds, prose }, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = pick(seeds);
  const ownProse = lines.filter((l) => l.trim().length >= PROSE_MIN_CHARS);
  const shuffled = shuffle(ownProse, random);
  // Log-uniform between about a third and three times the seed's length, like real speeches.
  const scale = Math.exp((random() * 2 - 1) * Math.log(3));
  const out = [];
  let k = 0;
  for (const line of lines) {
    if (line.trim().length < PROSE_MIN_CHARS) {
      out.push(line);
      continue;
    }
    const copies = Math.max(0, Math.round(scale + (random() - 0.5)));
    for (let c = 0; c < copies; c++) out.push(random() < 0.35 ? pick(prose) : shuffled[k++ % shuffled.length]);
  }
  return `${out.join('\n')}\n`;
}

/** Fisher–Yates, so the order depends only on the PRNG (not on the engine's sort). */
function shuffle(list, random) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function encode(text, random) {
  return random() < GB18030_SHARE ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
}

/** A collection of speeches in one file, about `mb` megabytes of UTF-8. */
function makeCollection(material, random, mb) {
  const parts = [];
  let bytes = 0;
  while (bytes < mb * 1e6) {
    const speech = makeSpeech(material, random);
    parts.push(speech);
    bytes += Buffer.byteLength(speech);
  }
  return parts.join('\n');
}

/**
 * Writes (or reuses) bench/corpus/<size>mb/: files/ (the corpus analyzed end to end) and linear/
 * (1x.txt and 10x.txt). Returns paths and sizes.
 */
export async function makeCorpus({ seedDir, corpusRoot, sizeMb }) {
  const dir = join(corpusRoot, `${sizeMb}mb`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    if (manifest.generatorVersion === GENERATOR_VERSION) return { ...manifest, reused: true };
  }
  await rm(dir, { recursive: true, force: true });
  const filesDir = join(dir, 'files');
  const linearDir = join(dir, 'linear');
  await mkdir(filesDir, { recursive: true });
  await mkdir(linearDir, { recursive: true });
  const material = await loadSeeds(seedDir);
  const random = seededRandom(sizeMb * 7919 + GENERATOR_VERSION);

  // Big files scale down with small corpora so they stay "a few" percent of it.
  const bigMb = BIG_FILE_MB.map((mb) => Math.min(mb, sizeMb / 30));
  let bytes = 0;
  let files = 0;
  const madeDirs = new Set();
  for (const [i, mb] of bigMb.entries()) {
    const data = Buffer.from(makeCollection(material, random, mb), 'utf8');
    await writeFile(join(filesDir, `big-${i + 1}.txt`), data);
    bytes += data.length;
    files++;
  }
  while (bytes < sizeMb * 1e6) {
    // Two levels of folders, as archives are kept by year and unit.
    const sub = join(filesDir, `y${String(files % 10)}`, `u${String(Math.floor(files / 10) % 20).padStart(2, '0')}`);
    if (!madeDirs.has(sub)) await mkdir(sub, { recursive: true });
    madeDirs.add(sub);
    const data = encode(makeSpeech(material, random), random);
    await writeFile(join(sub, `speech-${String(files).padStart(6, '0')}.txt`), data);
    bytes += data.length;
    files++;
  }

  // The large file is the small one plus nine times as much fresh text (not copies, which could flatter caches).
  const small = makeCollection(material, random, LINEAR_SMALL_MB);
  await writeFile(join(linearDir, '1x.txt'), small);
  await writeFile(join(linearDir, '10x.txt'), `${small}\n${makeCollection(material, random, LINEAR_SMALL_MB * 9)}`);

  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    sizeMb,
    filesDir,
    files,
    bytes,
    linear: { small: join(linearDir, '1x.txt'), large: join(linearDir, '10x.txt'), factor: 10 },
  };
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { ...manifest, reused: false };
}
