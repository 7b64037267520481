// Small statistics helpers: medians and the azcp/peer ratio per round.
export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export function spread(xs) {
  const v = xs.filter((x) => Number.isFinite(x));
  return v.length ? { min: Math.min(...v), max: Math.max(...v) } : { min: NaN, max: NaN };
}

/**
 * For one scenario's runs, the ratio azcp/peer of `metric` computed inside
 * each round (only rounds where both runs succeeded and were correct).
 */
export function roundRatios(runs, azcpId, peerId, metric) {
  const rounds = new Map();
  for (const r of runs) {
    if (!r.ok) continue;
    const slot = rounds.get(r.round) ?? {};
    slot[r.tool] = r[metric];
    rounds.set(r.round, slot);
  }
  const ratios = [];
  for (const slot of rounds.values()) {
    if (Number.isFinite(slot[azcpId]) && Number.isFinite(slot[peerId]) && slot[peerId] > 0) ratios.push(slot[azcpId] / slot[peerId]);
  }
  return ratios;
}
