import type { District, LocalizedText } from '../model/index.js';
import {
  EVENT_KIND_LABELS, INCUBATOR_LEVEL_LABELS, INDUSTRY_LABELS, JURISDICTION_LABELS, ORGANIZATION_TYPE_LABELS,
  PROGRAM_KIND_LABELS, REGION_LABELS, SERVICE_LABELS, TALENT_CATEGORY_LABELS,
} from '../model/index.js';
import { fold } from './fold.js';
import type { ItemByResource, ResourceName } from './types.js';

// Text search: one folded "haystack" string per record, and a query compiled once into folded terms
// that are all required (AND). Chinese has no spaces between words, so a term with CJK characters
// matches anywhere (infix); a Latin or digit term matches at the start of a word (prefix), so `bio`
// finds "Biotech" but `otech` does not. A plain loop of `indexOf` over precomputed haystacks is the
// fastest approach measured for this data size (see docs/performance-goals.md, "plain loop").

/** Separates fields inside a haystack; no query term can contain it, so no match spans two fields. */
const FIELD_SEPARATOR = '\n';

// Terms are split on white space and on list punctuation (，、；。 fold to , 、 ; 。).
const TERM_SPLIT = /[\s,;、。!?]+/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Word characters below U+3000, computed lazily per code unit: 1 = word char, 2 = boundary.
// From U+3000 up (CJK, kana, hangul, full-width forms, surrogates) every character is a boundary,
// so `inno` matches in "上海InnoEX".
const wordCache = new Uint8Array(0x3000);
function isWordChar(code: number): boolean {
  if (code >= 0x3000) return false;
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let v = wordCache[code]!;
  if (v === 0) wordCache[code] = v = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

function hasWordPrefix(haystack: string, term: string): boolean {
  let i = haystack.indexOf(term);
  while (i !== -1) {
    if (i === 0 || !isWordChar(haystack.charCodeAt(i - 1))) return true;
    i = haystack.indexOf(term, i + 1);
  }
  return false;
}

/** One folded search term. */
export interface QueryTerm {
  /** The folded term text. */
  readonly text: string;
  /** `true` for Latin/digit terms (word-prefix match), `false` for terms with CJK (substring match). */
  readonly prefix: boolean;
}

/** A query compiled once and reused over many haystacks (from {@link compileQuery}). */
export interface CompiledQuery {
  /** The folded terms, most selective (longest) first. Empty when the query has no terms. */
  readonly terms: readonly QueryTerm[];
  /** Whether every term matches the folded haystack. An empty query matches everything. */
  test(foldedHaystack: string): boolean;
  /** How many of the terms match the folded haystack (used to rank name matches first). */
  count(foldedHaystack: string): number;
}

function termMatches(haystack: string, term: QueryTerm): boolean {
  return term.prefix ? hasWordPrefix(haystack, term.text) : haystack.includes(term.text);
}

/**
 * Compiles a free-text query: folds it (see {@link fold}), splits it into terms on white space,
 * and returns a matcher to reuse across many records.
 *
 * @example
 * const query = compileQuery('創新 bio');
 * records.filter((r) => query.test(haystackOf('incubators', r)));
 */
export function compileQuery(q: string): CompiledQuery {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const text of fold(q).split(TERM_SPLIT)) {
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, prefix: !CJK.test(text) });
  }
  terms.sort((a, b) => b.text.length - a.text.length);
  const frozen = Object.freeze(terms);
  let test: (h: string) => boolean;
  // Specialised closures: the finder calls `test` 100k times per keystroke.
  if (frozen.length === 0) test = () => true;
  else if (frozen.length === 1) {
    const [t] = frozen as [QueryTerm];
    const text = t.text;
    test = t.prefix ? (h) => hasWordPrefix(h, text) : (h) => h.includes(text);
  } else {
    test = (h) => {
      for (const t of frozen) if (!termMatches(h, t)) return false;
      return true;
    };
  }
  return {
    terms: frozen,
    test,
    count(h) {
      let n = 0;
      for (const t of frozen) if (termMatches(h, t)) n++;
      return n;
    },
  };
}

let lastQuery: { q: string; compiled: CompiledQuery } | undefined;

/**
 * Whether a folded haystack matches a free-text query (every term, AND). For many records, compile
 * once with {@link compileQuery}; this remembers the last query compiled, so loops stay cheap.
 *
 * @example
 * matchText(fold('InnoEX 創新科技博覽'), '创新 inno') // true
 * matchText(fold('Vertex Biotech'), 'otech')           // false: Latin terms match word prefixes
 */
export function matchText(foldedHaystack: string, query: string): boolean {
  if (lastQuery?.q !== query) lastQuery = { q: query, compiled: compileQuery(query) };
  return lastQuery.compiled.test(foldedHaystack);
}

// ——— haystacks ———

type Labels = Readonly<Record<string, Required<LocalizedText>>>;

/** Collects a record's text: its own strings (folded together once) and pre-folded shared labels. */
class Parts {
  readonly own: string[] = [];
  readonly folded: string[] = [];

  text(text: LocalizedText | undefined): void {
    if (!text) return;
    if (text['zh-Hans']) this.own.push(text['zh-Hans']);
    if (text['zh-Hant-HK'] && text['zh-Hant-HK'] !== text['zh-Hans']) this.own.push(text['zh-Hant-HK']);
    if (text.en) this.own.push(text.en);
  }

  /** Shared text (vocabulary labels, district names): folded once per object, then reused. */
  shared(text: LocalizedText | undefined): void {
    if (!text) return;
    let f = foldedShared.get(text);
    if (f === undefined) {
      f = [...new Set([text['zh-Hans'], text['zh-Hant-HK'], text.en].filter((t): t is string => !!t).map(fold))].join(FIELD_SEPARATOR);
      foldedShared.set(text, f);
    }
    this.folded.push(f);
  }

  label(labels: Labels, value: string | undefined): void {
    if (value !== undefined && Object.hasOwn(labels, value)) this.shared(labels[value]);
  }

  /** One folded string: the record's own text, folded in one pass, then the shared labels. */
  join(): string {
    const own = fold(this.own.join(FIELD_SEPARATOR));
    if (this.folded.length === 0) return own;
    // Array#join yields a flat string; `+` would leave a rope for the first search to flatten.
    return (own === '' ? [...new Set(this.folded)] : [own, ...new Set(this.folded)]).join(FIELD_SEPARATOR);
  }
}
const foldedShared = new WeakMap<object, string>();

const districtIndexes = new WeakMap<readonly District[], Map<string, District>>();
function districtName(districts: readonly District[] | undefined, id: string | undefined): LocalizedText | undefined {
  if (!districts || id === undefined) return undefined;
  let index = districtIndexes.get(districts);
  if (!index) districtIndexes.set(districts, (index = new Map(districts.map((d) => [d.id, d]))));
  return index.get(id)?.name;
}

type PartsBuilder<T> = (item: T, p: Parts, districts: readonly District[] | undefined) => void;

const BUILDERS: { [R in ResourceName]: PartsBuilder<ItemByResource[R]> } = {
  events(e, p, districts) {
    p.text(e.title);
    p.text(e.summary);
    p.text(e.venue?.name);
    p.text(e.venue?.address);
    for (const o of e.organizers) p.text(o.name);
    p.own.push(...e.tags);
    p.label(EVENT_KIND_LABELS, e.kind);
    p.label(REGION_LABELS, e.region);
    p.shared(districtName(districts, e.districtId));
  },
  incubators(i, p, districts) {
    p.text(i.name);
    p.own.push(...i.aliases);
    p.text(i.summary);
    p.text(i.address);
    p.text(i.operator?.name);
    for (const s of i.services) p.label(SERVICE_LABELS, s);
    for (const s of i.industries) p.label(INDUSTRY_LABELS, s);
    p.label(INCUBATOR_LEVEL_LABELS, i.level);
    p.label(REGION_LABELS, i.region);
    p.shared(districtName(districts, i.districtId));
  },
  organizations(o, p, districts) {
    p.text(o.name);
    p.own.push(...o.aliases);
    p.text(o.summary);
    p.label(ORGANIZATION_TYPE_LABELS, o.type);
    p.label(REGION_LABELS, o.region);
    p.shared(districtName(districts, o.districtId));
  },
  policies(x, p) {
    p.text(x.name);
    p.text(x.summary);
    p.label(JURISDICTION_LABELS, x.jurisdiction);
    for (const c of x.citations) {
      p.text(c.title);
      p.text(c.issuer);
      if (c.documentNumber) p.own.push(c.documentNumber);
    }
  },
  programs(x, p) {
    p.text(x.name);
    p.text(x.summary);
    for (const o of x.organizers) p.text(o.name);
    p.own.push(...x.tags);
    p.label(PROGRAM_KIND_LABELS, x.kind);
    for (const r of x.regions) p.label(REGION_LABELS, r);
  },
  talents(t, p) {
    p.text(t.name);
    p.text(t.field);
    p.text(t.affiliation);
    p.own.push(...t.tags);
    p.label(TALENT_CATEGORY_LABELS, t.category);
    p.label(REGION_LABELS, t.region);
  },
  holidays(h, p) {
    p.text(h.name);
  },
};

// Haystacks per record object; one cache per districts array (a record's haystack includes its
// district's names only when districts are given).
const haystacks = new WeakMap<object, WeakMap<object, string>>();
const NO_DISTRICTS: readonly District[] = [];

/**
 * The folded search text of one record: every locale of its names, summaries, venue, organisers,
 * aliases and tags, the trilingual labels of its vocabulary values (kind, services, industries,
 * level, type, category, region, jurisdiction) and, when `districts` is given, the names of its
 * district. Fields are separated by a newline, so no match spans two fields. Cached per record
 * object (and districts array), so call it freely.
 *
 * @example
 * compileQuery('浦東').test(haystackOf('incubators', incubator, dataset.districts))
 */
export function haystackOf<R extends ResourceName>(resource: R, item: ItemByResource[R], districts?: readonly District[]): string {
  const key = districts ?? NO_DISTRICTS;
  let cache = haystacks.get(key);
  if (!cache) haystacks.set(key, (cache = new WeakMap()));
  let h = cache.get(item);
  if (h === undefined) {
    const parts = new Parts();
    (BUILDERS[resource] as PartsBuilder<ItemByResource[R]>)(item, parts, districts);
    h = parts.join();
    cache.set(item, h);
  }
  return h;
}

const nameHaystacks = new WeakMap<object, string>();

/**
 * The folded name (or title) and aliases of a record, to rank name matches above other matches.
 * Internal: not exported from the package entry.
 */
export function nameHaystackOf<R extends ResourceName>(resource: R, item: ItemByResource[R]): string {
  let h = nameHaystacks.get(item);
  if (h === undefined) {
    const parts = new Parts();
    const any = item as { name?: LocalizedText; title?: LocalizedText; aliases?: readonly string[] };
    parts.text(resource === 'events' ? any.title : any.name);
    if (any.aliases) parts.own.push(...any.aliases);
    h = parts.join();
    nameHaystacks.set(item, h);
  }
  return h;
}
