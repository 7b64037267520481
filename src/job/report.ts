// Moved: the evidence to evidence/report.ts, the number formats to
// evidence/format.ts. What the hosts import from here is re-exported until
// they point there.
export { formatBytes, throughput } from './evidence/format.ts';
