export declare const START: string;
export declare const END: string;
export declare function readActionManifest(text: string): {
  inputs: Record<string, Record<string, string>>;
  outputs: Record<string, Record<string, string>>;
};
export declare function inputsMarkdown(action: ReturnType<typeof readActionManifest>, task: Record<string, any>): string;
