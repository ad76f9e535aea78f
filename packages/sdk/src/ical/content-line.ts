// RFC 5545 content-line primitives: TEXT escaping (3.3.11), parameters (3.2) and folding (3.1).

/** A property parameter as `[name, value]`, e.g. `['LANGUAGE', 'zh-Hant-HK']`. */
export type Param = readonly [name: string, value: string];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// RFC 5545 CTL minus HTAB (allowed as WSP) and CR/LF (turned into `\n` by escapeText), plus C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Removes characters no iCalendar value may hold: control characters and unpaired surrogates. */
export function sanitize(value: string): string {
  // Unpaired surrogates cannot be encoded as UTF-8; U+FFFD is what TextEncoder would write anyway.
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, any line break → `\n`.
 * Other control characters are dropped.
 */
export function escapeText(value: string): string {
  return sanitize(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Cleans a URI value: URIs are not TEXT, so nothing is escaped, but line breaks and controls go. */
export function cleanUri(value: string): string {
  return sanitize(value).replace(/[\r\n]/g, '');
}

// Parameter values may not contain DQUOTE or controls; `:` `;` `,` force quoting (RFC 5545 3.2).
function paramValue(value: string): string {
  const clean = sanitize(value).replace(/["\r\n]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Builds one unfolded content line `NAME;P=V:value`; `value` must already be escaped. */
export function contentLine(name: string, value: string, params: readonly Param[] = []): string {
  let line = name;
  for (const [key, val] of params) line += `;${key}=${paramValue(val)}`;
  return `${line}:${value}`;
}

/** The octet limit of one physical line, CRLF excluded (RFC 5545 3.1). */
export const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line into physical lines of at most 75 UTF-8 octets, joined by CRLF + one space.
 * Splits only between code points, so no multi-byte character is ever cut.
 */
export function foldLine(line: string): string {
  // Fast path: pure ASCII that already fits.
  if (line.length <= MAX_LINE_OCTETS && /^[\t\x20-\x7E]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The leading space of a continuation line counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
