// Which files of staticDir may be served: those with an extension of a web page's own files (pages, styles,
// scripts, images, fonts, media, feeds), none whose path has a dotfile or dot-folder (.env, .git/), never the
// config file, and never a file that is really (symlinks followed) under dataDir. Everything else is a 404.
import { existsSync, realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { isInside } from './config.js';

export const STATIC_EXTENSIONS: ReadonlySet<string> = new Set(
  ['html', 'htm', 'css', 'js', 'svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'woff', 'woff2', 'ttf', 'otf']
    .concat(['txt', 'webmanifest', 'mp3', 'mp4', 'webm', 'ogg', 'rss', 'atom', 'xml'])
    .map((ext) => `.${ext}`),
);

export interface StaticPolicy {
  dataDir: string;
  configFile?: string;
}

function real(path: string): string {
  return existsSync(path) ? realpathSync(path) : path;
}

/** @fastify/static's `allowedPath`: called with the request's path, then with the file it resolves to. */
export function staticPathFilter(root: string, policy: StaticPolicy): (pathname: string) => boolean {
  const dataDir = real(policy.dataDir);
  const configFile = policy.configFile && real(policy.configFile);
  return (pathname) => {
    const segments = pathname.split('/');
    if (segments.some((segment) => segment.startsWith('.'))) return false;
    // A folder ("/", "/tin/"): its index.html is checked again as the file served.
    if (!pathname.endsWith('/') && !STATIC_EXTENSIONS.has(extname(pathname).toLowerCase())) return false;
    const file = real(resolve(root, `.${pathname}`));
    return !isInside(file, dataDir) && file !== configFile;
  };
}
