/**
 * Reads a V8 CPU profile (.cpuprofile) and sums its samples: self time per function, and per
 * pipeline stage by the module the function lives in (dist/normalize/… → normalize; a regex by the
 * function that ran it).
 */
import { readFileSync } from 'node:fs';

/** Module folder (under dist/) → stage, first match wins; anything else is start-up or Node itself. */
const STAGES = [
  [/\/dist\/io\//, 'read'],
  [/\/dist\/normalize\//, 'normalize'],
  [/\/dist\/parse\//, 'parse'],
  [/\/dist\/analyze\/keywords\/|\/dist\/segment\/|@node-rs\/jieba/, 'segment/keywords'],
  [/\/dist\/analyze\//, 'analyze'],
  [/\/dist\/report\//, 'render'],
  [/\/dist\/text\//, 'text positions'],
  [/opencc-js|iconv-lite|chardet/, 'libraries (opencc, iconv)'],
  [/\/dist\/cli\//, 'cli (task, JSON text, output)'],
  [/^node:/, 'node internals (I/O, modules)'],
];

const frameName = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();

export function summarizeProfile(path, top = 25) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  /** A regex or a native call has no script of its own: it counts for the function that ran it. */
  const scriptFrame = (id) => {
    for (let at = id; at !== undefined; at = parents.get(at)) if (nodes.get(at).callFrame.url) return nodes.get(at).callFrame;
    return nodes.get(id).callFrame;
  };
  const byFunction = new Map();
  const byStage = new Map();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id).callFrame;
    totalUs += us;
    const name = frameName(frame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const owner = scriptFrame(id);
    const stage = STAGES.find(([pattern]) => pattern.test(owner.url))?.[1] ?? (owner.url ? 'other modules' : owner.functionName || 'other');
    byStage.set(stage, (byStage.get(stage) ?? 0) + us);
  });
  const ranked = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: us / totalUs }));
  return { totalMs: Math.round(totalUs / 1000), stages: ranked(byStage), functions: ranked(byFunction).slice(0, top) };
}
