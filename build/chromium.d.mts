export const CHROMIUM_ARGS: string[];
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export function missingChromiumMessage(env?: NodeJS.ProcessEnv): string;
export function requireChromium(env?: NodeJS.ProcessEnv): string;
