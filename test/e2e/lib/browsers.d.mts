// Types for browsers.mjs, which plain Node runs (the e2e runners) and the unit tests import.
export type BrowserName = 'chromium' | 'firefox';
export declare const BROWSERS: Record<BrowserName, { name: string; env: string; path: string; debianPackage: string }>;
export declare function browserPath(which: BrowserName, env?: Record<string, string | undefined>): string;
export declare function missingBrowser(which: BrowserName, env?: Record<string, string | undefined>): string | null;
export declare function requireBrowser(which: BrowserName): string;
