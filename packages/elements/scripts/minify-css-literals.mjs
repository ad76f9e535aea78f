// Minifies the CSS text inside Lit's css`…` literals. terser keeps template text as it is, so
// comments and indentation would ship; the drop-in build (rollup.config.mjs) runs this on the
// elements' compiled modules, and test/size measures bundles the same way. Package builds stay readable.

/** Minifies the static text of a CSS template chunk. Interpolations are never touched. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    // 0.25em → .25em (not after a digit or a dot: 10.5 and 1.05 stay).
    .replace(/(^|[^\d.\w-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

/**
 * Finds css`…` literals (with `${…}` interpolations, brace-balanced) and minifies their text.
 * TypeScript prints tagged templates as css `…` (with a space), so the space is optional.
 */
export function minifyCssLiterals(code) {
  const tag = /(?<![\w$.])css\s*`/g;
  let out = '';
  let i = 0;
  for (;;) {
    tag.lastIndex = i;
    const found = tag.exec(code);
    if (!found) return out + code.slice(i);
    const open = found.index + found[0].length;
    out += code.slice(i, open);
    let j = open;
    let text = '';
    for (;;) {
      const ch = code[j];
      if (ch === undefined) return out + text + code.slice(j); // unterminated: leave as is
      if (ch === '\\') { text += code.slice(j, j + 2); j += 2; continue; }
      if (ch === '`') { out += minifyCssText(text) + '`'; j += 1; break; }
      if (ch === '$' && code[j + 1] === '{') {
        out += minifyCssText(text);
        text = '';
        let depth = 0;
        let k = j + 1; // at the `{` of `${`
        do {
          if (code[k] === '{') depth++;
          else if (code[k] === '}') depth--;
          k++;
        } while (depth > 0 && k < code.length);
        out += code.slice(j, k);
        j = k;
        continue;
      }
      text += ch;
      j++;
    }
    i = j;
  }
}

/** The rollup plugin: minifies css`…` literals in every module outside node_modules. */
export function cssLiterals() {
  return {
    name: 'shhk-minify-css-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
