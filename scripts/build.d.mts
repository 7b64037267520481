import type { BuildOptions } from 'esbuild';
export declare function bundleOptions(outfile: string): BuildOptions;
export declare function writeBundleSupportFiles(outdir: string): void;
