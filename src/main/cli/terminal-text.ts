// What the CLI prints is safe for a terminal: Gigastore's strings (package names, emails, states, messages,
// ids) reach stdout and stderr, and a string holding ESC [ 2 J, an OSC 52 clipboard write or a fake line
// break would act on the support person's terminal instead of being read. Human output is cleaned line by
// line at the one place the CLI prints (safeOutput); JSON output escapes the same characters instead, so
// a program reading it gets every string intact.

// ESC-introduced sequences, 7-bit and 8-bit: control strings (OSC, DCS, SOS, PM, APC) up to their end
// (BEL or ST, or the end of the text when a hostile one never ends), CSI with its parameters, and the
// two-character escapes (ESC c, ESC ( B, ...). What is left of a sequence cut short is a control below.
const ESCAPE_SEQUENCE = new RegExp(
  [
    String.raw`(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)`,
    String.raw`(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?`,
    String.raw`\u001b[\u0020-\u002f]*[\u0030-\u007e]?`,
  ].join('|'),
  'g',
);
/** Line breaks and tabs, which would start a fake line or push text aside: printed as one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** C0, DEL and C1 controls, and the bidirectional overrides and isolates that reorder what is shown. */
// eslint-disable-next-line no-control-regex -- finding control characters is this line's whole purpose
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line as a terminal should show it: no escape sequence, no control character, no line break. */
function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(BREAKS, ' ').replace(INVISIBLE, '');
}

/**
 * One JSON line. JSON.stringify escapes C0 controls (ESC becomes \u001b) but leaves DEL, the C1 controls
 * (U+009B is a CSI on its own), the bidirectional controls and U+2028/U+2029 raw; those are escaped here.
 * They can only occur inside strings, so the text still parses to exactly the same value.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface Output {
  /** One line on stdout, printed through printable(). */
  out(line: string): void;
  /** One line on stderr, printed through printable(). */
  err(line: string): void;
  /** CSV text on stdout: each row printed through printable(), rows still ended by CRLF. */
  csv(text: string): void;
}

/** The CLI's only way out to the terminal: every line cleaned, whatever it holds. */
export function safeOutput(raw: { out(text: string): void; err(text: string): void }): Output {
  return {
    out: (line) => raw.out(printable(line)),
    err: (line) => raw.err(printable(line)),
    csv: (text) => raw.out(text.trimEnd().split('\r\n').map(printable).join('\r\n')),
  };
}
