// The analyzer's programmatic entry (no types of its own): with noWrite it returns the manifest and writes nothing.
declare module '@custom-elements-manifest/analyzer/cli.js' {
  export function cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown>;
}
