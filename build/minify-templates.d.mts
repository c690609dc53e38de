import type { Plugin } from 'vite';

export function minifyTemplates(code: string, id: string, sourceMap?: boolean): Promise<{ code: string; map?: unknown } | null>;
export function minifyTemplatesPlugin(): Plugin;
