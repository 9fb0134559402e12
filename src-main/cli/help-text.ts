export const HELP_TEXT = `Kotoverkko – command line

Usage: npm run cli -- <command> [options]

Commands:
  demo --out <file>                Create the demo network (Kanta-Häme) in a new file
  list actors --db <file>          Print the network's actors as a JSON array
  list processes --db <file>       Print the processes (id, name, status, …) as a JSON array
  list matrices --db <file>        Print the responsibility matrices as a JSON array
  list meetings --db <file>        Print the meetings, newest first (id, title, number, date
                                   as YYYY-MM-DD, status, …) as a JSON array
  export process --db <file> (--process <id>[,<id>…] | --all) --lang fi|sv|en --out <file.docx>
                                   Write the process description document (Word); with --all,
                                   one document holding every process. Prints the file's path
  export agenda --db <file> --meeting <id> --lang fi|sv|en --out <file.docx>
                                   Write a meeting's agenda (Word). Prints the file's path
  export minutes --db <file> --meeting <id> --lang fi|sv|en --out <file.docx>
                                   Write a meeting's record (Word): a memo or minutes, as the
                                   meeting keeps. Prints the file's path
  export ics --db <file> --meeting <id> --out <file.ics>
                                   Write a meeting's calendar invitation (iCalendar); a cancelled
                                   meeting gives a cancellation. Prints the file's path
  --help                           Show this help

Options:
  --lang fi|sv|en                  Language of messages and documents (default: from LANG, else Finnish)

Other doors:
  npm start                        The desktop app (falls back to the browser host without Electron)
  npm run serve -- --db <file> [--port <n>]
                                   The user interface in a browser, on 127.0.0.1 only

Errors are one line on stderr with a non-zero exit code; a file that cannot be opened is left untouched.
Details of unexpected errors go to logs/cli.log in the app folder (KOTOVERKKO_HOME).
`;
