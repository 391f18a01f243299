/**
 * Where each diagnostic code is explained: a section of the README that ships
 * with the extension, whose anchor is the code itself (#unattributed-quote).
 * The project has no public repository URL yet; when it has one, this is the
 * one place to point at it instead.
 */
export const README_FILE = "README.md";
