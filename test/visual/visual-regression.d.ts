// The package's own types point at browser/commands.d.mts, which it does not ship.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name`. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
