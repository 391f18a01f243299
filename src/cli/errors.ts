/**
 * A problem with the command line or its input (a missing draft, an unreadable
 * source, a malformed config). The CLI reports it on one line and exits with 2,
 * so CI logs show the cause rather than a stack trace.
 */
export class InputError extends Error {
  override name = "InputError";
}
