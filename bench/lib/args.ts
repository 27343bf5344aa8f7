/** Minimal flag reading for benchmark scripts: --name value, --name=value, and bare --flag. */
export type Flags = { get(name: string): string | undefined; number(name: string, fallback: number): number; has(name: string): boolean };

export function readFlags(argv: readonly string[] = process.argv.slice(2)): Flags {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) continue;
    const eq = arg.indexOf("=");
    if (eq > 0) {
      values.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        values.set(arg.slice(2), next);
        i++;
      } else {
        values.set(arg.slice(2), "");
      }
    }
  }
  return {
    get: (name) => values.get(name),
    has: (name) => values.has(name),
    number(name, fallback) {
      const raw = values.get(name);
      if (raw === undefined || raw === "") return fallback;
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`--${name} expects a number, got ${JSON.stringify(raw)}`);
      return n;
    },
  };
}
