/** The targets of issue 7, checked against one run's figures; each says what it compares. */
export function checkTargets(r) {
  const raw = r.segmenters.find((s) => s.engine === 'node-rs')?.mbPerSec;
  // The targets are on the command as the issue states it: analyze DIR --json (keywords on, the default).
  const one = r.analyze.find((a) => a.jobs === 1 && a.keywords);
  const many = r.analyze.find((a) => a.jobs > 1 && a.keywords);
  const targets = [];
  const add = (name, value, limit, ok, unit = '') => targets.push({ name, value, limit, unit, ok: value == null ? null : ok });
  const ratio1 = one?.mbPerSec && raw ? one.mbPerSec / raw : null;
  add('analyze 1 worker / node-rs raw cut', ratio1, '≥ 0.7', ratio1 >= 0.7, '×');
  const scaling = many?.mbPerSec && one?.mbPerSec ? many.mbPerSec / one.mbPerSec : null;
  const ceiling = r.machineScaling?.scaling;
  add(`analyze ${many?.jobs ?? 'N'} workers / 1 worker${ceiling ? ` (machine's own: ${ceiling.toFixed(2)}×)` : ''}`, scaling, '≥ 1.6', scaling >= 1.6, '×');
  const cold = r.coldStart.analyze?.ratio;
  add('cold start analyze one speech / node -e ""', cold, '≤ 3', cold <= 3, '×');
  const coldNoKeywords = r.coldStart.analyzeNoKeywords?.ratio;
  add('  same, --no-keywords (no dictionary)', coldNoKeywords, '≤ 3', coldNoKeywords <= 3, '×');
  const rss = Math.max(...r.analyze.filter((a) => a.keywords).map((a) => a.peakRssMb ?? 0)) || null;
  add(`peak RSS, ${r.corpus.sizeMb} MB corpus (analyze --json)`, rss, '< 600', rss < 600, ' MB');
  const lin = r.linearity.timeRatio;
  const linLimit = r.linearity.sizeRatio ? 1.2 * r.linearity.sizeRatio : null;
  add(`linearity: ${r.linearity.sizeRatio?.toFixed(1)}× input`, lin, `≤ ${linLimit?.toFixed(1)}`, lin <= linLimit, '×');
  const worstStage = Object.entries(r.linearity.stageRatios ?? {}).sort((a, b) => b[1] - a[1])[0];
  if (worstStage) add(`linearity, worst stage (${worstStage[0]})`, worstStage[1], `≤ ${linLimit?.toFixed(1)}`, worstStage[1] <= linLimit, '×');
  return targets;
}
