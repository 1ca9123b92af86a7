/** The benchmark's figures as a plain-text table for the terminal (and for pasting into the README). */
import { STAGES } from '../../dist/stage-timer.js';

const fmt = (v, digits = 1) => (v == null ? 'n/a' : Number(v).toFixed(digits));

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ')).join('\n');
}

export function formatReport(r) {
  const out = [];
  out.push(`speechkit bench — ${r.machine.date}, Node ${r.machine.node}, ${r.machine.cores} cores, ${r.machine.cpu}`);
  out.push(`corpus: ${r.corpus.files} files, ${fmt(r.corpus.bytes / 1e6)} MB (${r.corpus.dir}); ${r.runs} runs each, median\n`);

  const raw = r.segmenters.find((s) => s.engine === 'node-rs')?.mbPerSec;
  const rows = [['measure', 'MB/s', 'files/s', 'time (s)', 'peak RSS (MB)', 'note']];
  for (const s of r.segmenters) {
    if (s.error) rows.push([`raw cut ${s.engine}`, 'n/a', '', '', '', s.error]);
    else rows.push([`raw cut ${s.engine}`, fmt(s.mbPerSec), '', fmt(s.ms / 1000, 2), '', `dictionary load ${fmt(s.loadMs, 0)} ms`]);
  }
  for (const a of r.analyze) {
    const name = `analyze --jobs ${a.jobs}${a.keywords ? '' : ' --no-keywords'}${a.runsMs && a.runsMs.length !== r.runs ? ` (${a.runsMs.length} run)` : ''}`;
    if (a.error) rows.push([name, 'n/a', '', '', '', a.error]);
    else rows.push([name, fmt(a.mbPerSec), fmt(a.filesPerSec, 0), fmt(a.ms / 1000, 2), fmt(a.peakRssMb, 0), `${fmt(raw ? a.mbPerSec / raw : null, 2)} × raw cut node-rs${a.coresBusy ? `; ${fmt(a.coresBusy, 2)} cores busy` : ''}`]);
  }
  const m = r.machineScaling;
  if (m) rows.push([`machine, ${m.threads} threads`, '', '', '', '', m.error ?? `plain JS loop on ${m.threads} threads: ${fmt(m.scaling, 2)} × one thread`]);
  const c = r.coldStart;
  rows.push(['node -e ""', '', '', fmt(c.nodeMs / 1000, 3), '', `bare Node start (${c.tool}, median of ${c.runs})`]);
  const cold = (x) => x.error ?? `${fmt(x.ratio, 2)} × node${x.cpuRatio ? ` (CPU time ${fmt(x.cpuRatio, 2)} ×)` : ''}`;
  rows.push(['speechkit --version', '', '', fmt(c.version.ms / 1000, 3), '', cold(c.version)]);
  rows.push(['speechkit analyze (1 seed)', '', '', fmt(c.analyze.ms / 1000, 3), '', cold(c.analyze)]);
  rows.push(['  … --no-keywords', '', '', fmt(c.analyzeNoKeywords.ms / 1000, 3), '', cold(c.analyzeNoKeywords)]);
  rows.push([`export ${r.export.chars} chars → .docx`, '', '', fmt(r.export.ms / 1000, 3), '', r.export.error ?? '']);
  const l = r.linearity;
  rows.push([`linearity ${fmt(l.sizeRatio)}× input`, '', '', '', '', l.error ?? `${fmt(l.timeRatio, 2)}× time (${fmt(l.smallMs, 0)} → ${fmt(l.largeMs, 0)} ms in-process)`]);
  out.push(table(rows));

  const staged = r.analyze.filter((a) => a.stages);
  if (staged.length) {
    out.push('\ntime per stage (ms, summed over workers; share of the total)');
    const head = ['stage', ...staged.map((a) => `--jobs ${a.jobs}${a.keywords ? '' : ' --no-keywords'}`)];
    const stageRows = STAGES.map((s) => {
      return [s, ...staged.map((a) => {
        const total = Object.values(a.stages).reduce((x, y) => x + y, 0);
        return `${fmt(a.stages[s] ?? 0, 0)} (${fmt((100 * (a.stages[s] ?? 0)) / total, 0)}%)`;
      })];
    });
    out.push(table([head, ...stageRows]));
  }

  out.push('\ntargets');
  out.push(table([['target', 'measured', 'limit', 'met'], ...r.targets.map((t) => [t.name, `${fmt(t.value, 2)}${t.unit}`, t.limit, t.ok == null ? 'n/a' : t.ok ? 'yes' : 'NO'])]));
  return out.join('\n');
}
