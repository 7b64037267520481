export declare const NODE24_TESTS: string[];
export declare function actionNodeMajor(): number;
export declare function node24Binary(env?: NodeJS.ProcessEnv): string;
