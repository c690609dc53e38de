import type { Plugin } from 'vite';
export function ownKeysExportsPlugin(): Plugin;
