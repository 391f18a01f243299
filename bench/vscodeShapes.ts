/**
 * The few classes of the `vscode` module that turning findings into
 * diagnostics creates, as plain objects the size of the editor's own: what a
 * keystroke pays for diagnostic-shaped results without an editor around.
 */
export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === "number" ? new Position(a, b as number) : a;
    this.end = typeof a === "number" ? new Position(c as number, d as number) : (b as Position);
  }
}

export class Uri {
  constructor(
    readonly path: string,
    readonly fragment = "",
  ) {}
  static file(path: string): Uri {
    return new Uri(path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri([base.path, ...parts].join("/"));
  }
  with(change: { fragment?: string }): Uri {
    return new Uri(this.path, change.fragment ?? this.fragment);
  }
  toString(): string {
    return `file://${this.path}${this.fragment ? `#${this.fragment}` : ""}`;
  }
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  code?: unknown;
  relatedInformation?: DiagnosticRelatedInformation[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity,
  ) {}
}

/**
 * A draft as the editor holds it: VS Code keeps each open document's line
 * starts as it is edited, so `positionAt` is a binary search, paid per call
 * and not per keystroke; `lineStarts` is built before the timed run.
 */
export class Document {
  private readonly starts: number[] = [0];
  constructor(
    readonly uri: Uri,
    private readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  getText(): string {
    return this.text;
  }
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, at - this.starts[lo]);
  }
  lineAt(line: number): { range: Range } {
    const start = this.starts[line] ?? 0;
    const end = (this.starts[line + 1] ?? this.text.length + 1) - 1;
    return { range: new Range(line, 0, line, end - start) };
  }
}
