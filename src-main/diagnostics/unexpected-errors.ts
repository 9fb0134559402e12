/**
 * Where a door's diagnostics of unexpected errors go. The user always gets the one-sentence
 * `internal` message; the details are for whoever maintains the app. The command line moves them
 * to a log file, because its stderr is promised to carry exactly one line.
 */
type Reporter = (error: unknown) => void;

let reporter: Reporter = (error) => console.error('Kotoverkko: unexpected error', error);

export function setUnexpectedErrorReporter(next: Reporter): void {
  reporter = next;
}

export function reportUnexpectedError(error: unknown): void {
  reporter(error);
}
