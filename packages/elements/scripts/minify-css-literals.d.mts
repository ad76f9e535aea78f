import type { Plugin } from 'rollup';
/** Minifies the static text of a CSS template chunk. */
export declare function minifyCssText(text: string): string;
/** Minifies the CSS text of every css`…` literal in a module's code. */
export declare function minifyCssLiterals(code: string): string;
/** The rollup plugin: minifies css`…` literals in every module outside node_modules. */
export declare function cssLiterals(): Plugin;
