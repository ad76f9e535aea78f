import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileQuery, fold, haystackOf, matchText } from '../src/query/index.js';
import { decodeFoldTable, encodeFoldTable } from '../src/query/fold-codec.js';
import { FOLD_KEYS, FOLD_VALUES } from '../src/query/fold-table.js';
import { districts, events, incubators, organizations, policies, talents } from './query.fixtures.js';

const byId = <T extends { id: string }>(xs: readonly T[], id: string): T => {
  const x = xs.find((i) => i.id === id);
  assert.ok(x, `fixture ${id}`);
  return x;
};

describe('fold', () => {
  it('folds Traditional to Simplified, so both directions meet', () => {
    assert.equal(fold('創新'), '创新');
    assert.equal(fold('创新'), '创新');
    assert.equal(fold('創新'), fold('创新'));
    for (const [trad, simp] of [['軟件', '软件'], ['醫藥', '医药'], ['滬港', '沪港'], ['園', '园'], ['區', '区'], ['創業指導', '创业指导'], ['臺灣', '台湾']]) {
      assert.equal(fold(trad!), simp, trad);
      assert.equal(fold(simp!), simp, simp);
    }
  });

  it('folds Hong Kong and Taiwan variants', () => {
    assert.equal(fold('綫'), '线'); // HK 綫 / standard 線
    assert.equal(fold('線'), '线');
    assert.equal(fold('衞生'), '卫生'); // HK 衞 / standard 衛
    assert.equal(fold('衛生'), '卫生');
    assert.equal(fold('眾創'), '众创'); // HK 眾 / standard 衆
    assert.equal(fold('裏'), '里');
    assert.equal(fold('著'), '着');
  });

  it('folds width and case (NFKC, lower case)', () => {
    assert.equal(fold('ＡＢＣ１２３'), 'abc123');
    assert.equal(fold('InnoEX'), 'innoex');
    assert.equal(fold('ＩｎｎｏＥＸ　２０２６'), 'innoex 2026');
    assert.equal(fold('Éco ΣΑΣ'), 'éco σασ');
    assert.equal(fold('İstanbul'), 'istanbul');
  });

  it('leaves Simplified, punctuation and other text alone and is idempotent', () => {
    const samples = ['浦江创新论坛 Pujiang Innovation Forum', 'InnoEX 2026 創新科技博覽', '生物醫藥 Biomedicine', '什麼 什么', '😀 emoji 𠀋', ''];
    for (const s of samples) assert.equal(fold(fold(s)), fold(s), s);
    assert.equal(fold('什么'), '什么'); // a Simplified character is never remapped
    assert.equal(fold('什麼'), '什么');
    assert.equal(fold('a-b_c.d'), 'a-b_c.d');
  });

  it('ships a compact generated table whose codec round-trips', () => {
    const table = decodeFoldTable(FOLD_KEYS, FOLD_VALUES);
    let pairs = 0;
    for (const v of table) if (v !== 0) pairs++;
    assert.ok(pairs > 2500 && pairs < 4000, `${pairs} pairs`);
    assert.equal(String.fromCharCode(table['創'.charCodeAt(0)]!), '创');
    const small = encodeFoldTable([['醫', '医'], ['創', '创'], ['區', '区']]);
    const decoded = decodeFoldTable(small.keys, small.values);
    assert.equal(decoded['醫'.charCodeAt(0)], '医'.charCodeAt(0));
    assert.equal(decoded['區'.charCodeAt(0)], '区'.charCodeAt(0));
    assert.equal(decoded['創'.charCodeAt(0)], '创'.charCodeAt(0));
    assert.equal(decoded['新'.charCodeAt(0)], 0);
    assert.throws(() => encodeFoldTable([['a', 'b']]), RangeError);
  });
});

describe('matchText and compileQuery', () => {
  const h = (s: string) => fold(s);

  it('matches Chinese anywhere (infix), in either script', () => {
    assert.ok(matchText(h('澄泰生物众创空间'), '生物'));
    assert.ok(matchText(h('澄泰生物众创空间'), '众创'));
    assert.ok(matchText(h('浦江创新论坛'), '創新'));
    assert.ok(matchText(h('InnoEX 2026 創新科技博覽'), '创新科技'));
    assert.ok(matchText(h('上海浦東軟件園孵化器'), '软件园'));
    assert.ok(matchText(h('智泰教育科技園'), '园'), 'a single character matches too');
    assert.ok(!matchText(h('浦江创新论坛'), '创业'));
  });

  it('matches Latin and digit terms by word prefix only', () => {
    assert.ok(matchText(h('Vertex Biotech Co-working'), 'bio'));
    assert.ok(matchText(h('Vertex Biotech Co-working'), 'BIO'));
    assert.ok(matchText(h('Vertex Biotech Co-working'), 'ＢＩＯ'));
    assert.ok(!matchText(h('Vertex Biotech Co-working'), 'otech'));
    assert.ok(matchText(h('Vertex Biotech Co-working'), 'work'), 'after a hyphen is a word start');
    assert.ok(matchText(h('InnoEX 2026'), 'inno'));
    assert.ok(!matchText(h('InnoEX 2026'), 'noex'));
    assert.ok(matchText(h('上海InnoEX'), 'inno'), 'after a CJK character is a word start');
    assert.ok(matchText(h('InnoEX 2026'), '2026'));
    assert.ok(!matchText(h('InnoEX 2026'), '026'));
    assert.ok(matchText(h('bio biology'), 'biol'), 'a later occurrence can be the prefix');
  });

  it('requires every term (AND), split on spaces and list punctuation', () => {
    const hay = h('Vertex Biotech Co-working\n澄泰生物科技園');
    assert.ok(matchText(hay, 'vertex bio'));
    assert.ok(matchText(hay, '  vertex   科技园 '));
    assert.ok(matchText(hay, '生物，vertex'));
    assert.ok(matchText(hay, 'vertex　生物'), 'ideographic space separates terms');
    assert.ok(!matchText(hay, 'vertex nova'));
    assert.ok(!matchText(hay, '生物 医药'));
    assert.ok(matchText(hay, ''), 'an empty query matches everything');
    assert.ok(matchText(hay, '   '));
  });

  it('compiles folded, de-duplicated terms, longest first', () => {
    const c = compileQuery('Bio 創新科技 bio 园');
    assert.deepEqual(c.terms, [
      { text: '创新科技', prefix: false },
      { text: 'bio', prefix: true },
      { text: '园', prefix: false },
    ]);
    assert.equal(c.count(h('biotech park')), 1);
    assert.equal(c.count(h('创新科技园 biotech')), 3);
    assert.equal(compileQuery('').terms.length, 0);
  });
});

describe('haystackOf', () => {
  it('holds every locale, aliases and vocabulary labels', () => {
    const zj = byId(incubators, 'sh-zhangjiang-incubator');
    const hay = haystackOf('incubators', zj);
    for (const q of ['張江', 'zhangjiang', '生物醫藥', 'biomed', '融資服務', 'financing', '集成电路', '示范基地', 'shanghai', '上海']) {
      assert.ok(compileQuery(q).test(hay), q);
    }
    assert.ok(!compileQuery('香港').test(hay));
    assert.ok(compileQuery('incu-bio').test(haystackOf('incubators', byId(incubators, 'hk-stp-incubation'))), 'aliases');
  });

  it('includes district names only when districts are given', () => {
    const zj = byId(incubators, 'sh-zhangjiang-incubator');
    assert.ok(!compileQuery('浦東').test(haystackOf('incubators', zj)));
    assert.ok(compileQuery('浦東').test(haystackOf('incubators', zj, districts)));
    assert.ok(compileQuery('pudong').test(haystackOf('incubators', zj, districts)));
    assert.ok(compileQuery('沙田').test(haystackOf('events', byId(events, 'ev-lecture-monthly'), districts)));
  });

  it('keeps fields apart, so no Chinese match spans two of them', () => {
    const zj = byId(incubators, 'sh-zhangjiang-incubator');
    const hay = haystackOf('incubators', zj); // name 张江孵化器, alias 张江
    assert.ok(compileQuery('孵化器').test(hay));
    assert.ok(!compileQuery('器张').test(hay));
  });

  it('covers each resource', () => {
    assert.ok(compileQuery('hktdc 博覽').test(haystackOf('events', byId(events, 'ev-innoex-2026'))), 'organisers and title');
    assert.ok(compileQuery('innotech').test(haystackOf('events', byId(events, 'ev-innoex-2026'))), 'tags');
    assert.ok(compileQuery('展覽').test(haystackOf('events', byId(events, 'ev-innoex-2026'))), 'kind label');
    assert.ok(compileQuery('科技園').test(haystackOf('organizations', byId(organizations, 'org-hkstp'))));
    assert.ok(compileQuery('沪人社规').test(haystackOf('policies', byId(policies, 'pol-startup-subsidy'))), 'citation number');
    assert.ok(compileQuery('浦東新區').test(haystackOf('policies', byId(policies, 'pol-guaranteed-loan'))), 'jurisdiction label');
    assert.ok(compileQuery('青年人才 生物').test(haystackOf('talents', byId(talents, 'tal-wong'))), 'category label and field');
  });

  it('caches per record object', () => {
    const item = structuredClone(byId(organizations, 'org-fudan'));
    const first = haystackOf('organizations', item);
    item.name = { en: 'Changed' };
    assert.equal(haystackOf('organizations', item), first);
    assert.ok(compileQuery('changed').test(haystackOf('organizations', structuredClone(item))));
  });
});
