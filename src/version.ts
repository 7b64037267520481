// The version is injected by the bundler; tests running the sources see 'dev'.
declare const AZCP_VERSION: string;
export const VERSION: string = typeof AZCP_VERSION === 'string' ? AZCP_VERSION : 'dev';
