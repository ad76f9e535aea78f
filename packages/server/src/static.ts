import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { StaticRoute } from './app.js';
import { represent, resolveEncoders, send, type Representation } from './representation.js';
import { nodeCompressors } from './node-compress.js';

// Static files for the local demo (`npm start`): the drop-in bundle, the dataset file and the example
// pages. Node-only; the API itself (app.ts) needs no file system.

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name, by extension. @default 'application/octet-stream' */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a request subpath inside `root`, or returns `undefined` when it could escape it: `..` or `.`
 * segments, backslashes, NUL, leftover percent-escapes (a sign of double encoding) and dot-files are
 * all refused before the file system is touched.
 */
export function resolveInside(root: string, subpath: string): string | undefined {
  if (/[\0\\%]/.test(subpath)) return undefined;
  const segments = subpath.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

// Representations of files by path, reused while the file's size and mtime are unchanged, so a page
// reload neither re-reads nor re-compresses the (large) bundle and dataset files.
const files = new Map<string, { mtimeMs: number; size: number; rep: Representation }>();
const MAX_FILES = 500;
const encoders = resolveEncoders(nodeCompressors);

async function fileResponse(request: Request, file: string): Promise<Response> {
  const info = await stat(file);
  let entry = files.get(file);
  if (entry === undefined || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
    const body = await readFile(file);
    // `no-cache`: the demo serves files that a rebuild may change; the ETag makes revalidation cheap.
    const rep = represent(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentTypeOf(file), 'no-cache');
    entry = { mtimeMs: info.mtimeMs, size: info.size, rep };
    if (files.size >= MAX_FILES) files.clear();
    files.set(file, entry);
  }
  return send(request, entry.rep, encoders);
}

async function isInside(root: string, file: string): Promise<boolean> {
  // Symlinks could point outside the root; compare real paths.
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  return realFile === realRoot || realFile.startsWith(realRoot + sep);
}

/** Options of {@link serveDir}. */
export interface ServeDirOptions {
  /** File served for a directory. @default 'index.html' */
  index?: string;
}

/**
 * Serves the files of a directory under a path prefix ending in `/`. A directory URL without its
 * trailing slash is redirected, so that relative links in its index page resolve.
 *
 * @example
 * ```ts
 * createApp({ dataset, staticRoutes: [serveDir('/examples/', 'examples')] });
 * ```
 */
export function serveDir(path: string, dir: string, options: ServeDirOptions = {}): StaticRoute {
  const index = options.index ?? 'index.html';
  const root = resolve(dir);
  return {
    path,
    async serve(subpath, request) {
      const full = resolveInside(root, subpath);
      if (full === undefined) return undefined;
      const info = await stat(full).catch(() => undefined);
      if (info === undefined) return undefined;
      if (info.isDirectory()) {
        if (subpath !== '' && !subpath.endsWith('/')) {
          const url = new URL(request.url);
          return new Response(null, { status: 301, headers: { Location: `${url.pathname}/${url.search}` } });
        }
        const indexFile = resolve(full, index);
        const indexInfo = await stat(indexFile).catch(() => undefined);
        if (!indexInfo?.isFile() || !(await isInside(root, indexFile))) return undefined;
        return fileResponse(request, indexFile);
      }
      if (!info.isFile() || !(await isInside(root, full))) return undefined;
      return fileResponse(request, full);
    },
  };
}

/** Serves one file at an exact path; a 404 when the file does not exist (yet). */
export function serveFile(path: string, file: string): StaticRoute {
  return {
    path,
    async serve(_subpath, request) {
      const info = await stat(file).catch(() => undefined);
      return info?.isFile() ? fileResponse(request, file) : undefined;
    },
  };
}

/** Serves a fixed HTML page (e.g. the demo's index) at an exact path. */
export function servePage(path: string, html: string): StaticRoute {
  const rep = represent(html, 'text/html; charset=utf-8', 'no-cache');
  return { path, serve: (_subpath, request) => send(request, rep, encoders) };
}
