import type { Metafile } from 'esbuild';
export interface PackageLicence {
  name: string;
  version: string;
  licence?: string;
  texts: Array<{ file: string; text: string }>;
  dir: string;
}
export declare function bundledPackageDirs(metafile: Metafile, root: string): string[];
export declare function packageLicence(dir: string): PackageLicence;
export declare function licensesText(metafile: Metafile, root: string): string;
/** Licences of packages that publish none, read in their own repository (name@version -> terms). */
export declare const LICENCE_OVERRIDES: Record<string, { licence: string; file: string; text: string }>;
