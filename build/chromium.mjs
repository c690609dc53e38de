// Where Chromium is, for the test runner, the build checks and the benchmarks: $CHROME_PATH, else
// /usr/bin/chromium. Nothing here downloads a browser. Run as a script (`node build/chromium.mjs`), it exits
// at once with one line saying how to get Chromium when there is none, instead of one launch failure per file.
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/** The Chromium executable to launch, or undefined when there is none. */
export function findChromium(env = process.env) {
  const path = env.CHROME_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

export function missingChromiumMessage(env = process.env) {
  const where = env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} is not an executable` : 'no Chromium at /usr/bin/chromium';
  return `bantin: ${where}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome executable.`;
}

/** The Chromium executable, or exits the process with the one-line message. */
export function requireChromium(env = process.env) {
  const path = findChromium(env);
  if (path) return path;
  console.error(missingChromiumMessage(env));
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) requireChromium();
