/** Paths tried in order after `CHROME_PATH`. */
export declare const CHROME_CANDIDATES: readonly string[];
/** The path of a usable Chrome/Chromium, or `undefined` when none is installed. */
export declare function findChrome(env?: NodeJS.ProcessEnv): string | undefined;
