/**
 * The library never writes to the console or to @actions/core directly: it logs through a Logger that the
 * shell (action or CLI) provides. Secrets registered with `secret()` are masked by the shell.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Register a value that must never appear in logs (tokens, header values). */
  secret(value: string): void;
  /** Run `fn` inside a collapsible log group (GitHub) or an indented section (CLI). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * One line of progress on long work (a live bake: at most one a minute), shown even where `info` is not
   * (the CLI without -v). Optional: a shell whose info lines are already visible (the action) leaves it out.
   */
  progress?(message: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  secret() {},
  group: (_title, fn) => fn(),
};

/** A logger that collects messages; for unit tests and for embedding logs into reports. */
export function memoryLogger(): Logger & { lines: string[]; secrets: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    secret: (s) => secrets.push(s),
    group: async (title, fn) => {
      lines.push(`group: ${title}`);
      return fn();
    },
  };
}
