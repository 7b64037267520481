// How soon V8 optimizes a function. V8 compiles a function to optimized
// machine code once it has run enough bytecode (its "interrupt budget",
// 66 KB of bytecode in Node 20's V8). An azcp run is short and walks
// thousands of functions a few hundred times each (a request's path through
// the pipeline, the journal, the listing reader), so at that budget V8
// spends much of a job optimizing code that has little left to run: in a
// profile of a small download, a quarter of the process's CPU was V8's
// optimizing compiler and parser. At seven times that budget a download of
// 300 small files takes 12% fewer instructions, an upload 6%, a no-op sync
// of 5,000 10%, the planner over 200,000 entries 14%; a 64 MiB upload takes
// ~4% more (its few hot loops reach optimized code later), a 64 MiB
// download 1% fewer; three times the budget gave the large upload nothing
// back (README, Performance, eleventh pass).
//
// Only on V8 11 (Node 20), where it was measured: Node 24's V8 counts
// invocations instead and has no such flag (setting it prints an error on
// every run); Node 22 was not measured. A budget the user set
// (NODE_OPTIONS or node's own arguments) stands.
import { setFlagsFromString } from 'node:v8';

/** Seven times V8 11's default (67,584 bytes of bytecode). */
export const INTERRUPT_BUDGET = 7 * 67_584;

export function raiseOptimizerBudget(v8Version: string = process.versions.v8, execArgv: string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!v8Version.startsWith('11.')) return false;
  if ([...execArgv, env.NODE_OPTIONS ?? ''].some((a) => a.includes('interrupt-budget') || a.includes('interrupt_budget'))) return false;
  try {
    setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    return true;
  } catch {
    // The job runs with V8's default, as it would without this.
    return false;
  }
}
