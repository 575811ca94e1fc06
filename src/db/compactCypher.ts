/**
 * A statement as it goes over Bolt: comments dropped and every run of whitespace outside a
 * string or a quoted name made one space. The driver sends a statement in 1,400-byte pieces,
 * one socket write each, and the indented text of a statement is a tenth of its bytes: for a
 * statement near that line, one write a request fewer. Neo4j caches plans by text, and the
 * text is fixed at module load, so every request still shares one plan.
 */
export function compactCypher(text: string): string {
  let out = '';
  let space = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = quotedEnd(text, i);
      out += (space && out !== '' ? ' ' : '') + text.slice(i, end);
      space = false;
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
      space = true;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) throw new Error('compactCypher: a block comment is not closed');
      i = close + 2;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
      i += 1;
    } else {
      out += (space && out !== '' ? ' ' : '') + c;
      space = false;
      i += 1;
    }
  }
  return out;
}

/** The index just past the quote that closes the one at start (a backslash escapes in strings; a doubled backtick in names). */
function quotedEnd(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && quote !== '`') i += 2;
    else if (c === quote && quote === '`' && text[i + 1] === '`') i += 2;
    else if (c === quote) return i + 1;
    else i += 1;
  }
  throw new Error(`compactCypher: a ${quote} quote is not closed`);
}
