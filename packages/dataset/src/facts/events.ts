import type { AudienceValue, Confidence, Event, EventKindValue, LocalizedText, PartyRef, Region, Venue } from '../types.js';
import { lt, real } from '../util.js';

// Dated editions from shared/data/sample-data-facts.json (`events`) and the `pastEditions` of
// shared/data/holidays-and-events-2026.json. Only editions with a published date are here: the
// "estimated-from-pattern" items (start null) are left out on purpose. Editions known only from mirror
// or aggregator pages carry confidence `low`. All are all-day events, since the sources give dates only.

const MOST: PartyRef = { name: lt('科学技术部', '科學技術部', 'Ministry of Science and Technology (MOST)') };
const SH_GOV: PartyRef = { name: lt('上海市人民政府', '上海市人民政府', "Shanghai Municipal People's Government") };
const HKSAR_GOV: PartyRef = { name: lt('香港特别行政区政府', '香港特別行政區政府', 'HKSAR Government') };
const WLA: PartyRef = { id: 'org-wla', name: lt('世界顶尖科学家协会', '世界頂尖科學家協會', 'World Laureates Association (WLA)') };
const CAST: PartyRef = { name: lt('中国科学技术协会', '中國科學技術協會', 'China Association for Science and Technology (CAST)') };
const ITIB: PartyRef = { name: lt('香港特别行政区政府创新科技及工业局', '香港特別行政區政府創新科技及工業局', 'Innovation, Technology and Industry Bureau, HKSAR Government') };
const HKTDC: PartyRef = { name: lt('香港贸易发展局', '香港貿易發展局', 'Hong Kong Trade Development Council (HKTDC)') };
const HAIJU: PartyRef = { id: 'org-haiju-yingcai-association', name: lt('上海市海聚英才发展促进会', '上海市海聚英才發展促進會', 'Shanghai Haiju Yingcai Development Promotion Association') };
const SHUA: PartyRef = { id: 'org-shua', name: lt('沪港大学联盟', '滬港大學聯盟', 'Shanghai–Hong Kong University Alliance (SHUA)') };
const ITC: PartyRef = { name: lt('香港特别行政区政府创新科技署', '香港特別行政區政府創新科技署', 'Innovation and Technology Commission, HKSAR Government') };
const CYBERPORT: PartyRef = { id: 'org-cyberport-mgmt', name: lt('香港数码港管理有限公司', '香港數碼港管理有限公司', 'Hong Kong Cyberport Management Company Limited') };
const HKSTP: PartyRef = { id: 'org-hkstp', name: lt('香港科技园公司', '香港科技園公司', 'Hong Kong Science and Technology Parks Corporation (HKSTP)') };
const INVEST_HK: PartyRef = { name: lt('投资推广署', '投資推廣署', 'Invest Hong Kong (InvestHK)') };
const CIIF_HOSTS: PartyRef = { name: lt('工业和信息化部等部委与上海市人民政府', '工業和信息化部等部委與上海市人民政府', "MIIT and other national bodies with the Shanghai Municipal People's Government") };
const WAIC_HOSTS: PartyRef = { name: lt('上海市人民政府及国家有关部委', '上海市人民政府及國家有關部委', "Shanghai Municipal People's Government with national ministries") };

const OPENING_ONLY = lt('资料仅载开幕日期，未载结束日期。', '資料僅載開幕日期，未載結束日期。', 'The source gives the opening date only, not the end date.');

interface Series {
  seriesId: string;
  kind: EventKindValue;
  name: LocalizedText;
  region: Region;
  districtId?: string;
  venue?: Venue;
  organizers: PartyRef[];
  audience: AudienceValue[];
  tags: string[];
  url?: string;
}

interface Edition {
  year: number;
  start: string;
  end?: string;
  source: string;
  confidence: Confidence;
  note?: string;
  title?: LocalizedText;
  summary?: LocalizedText;
  region?: Region;
  districtId?: string;
  venue?: Venue;
  organizers?: PartyRef[];
  status?: 'scheduled' | 'tentative';
  kind?: EventKindValue;
  parentId?: string;
  id?: string;
}

function editions(series: Series, list: Edition[]): Event[] {
  return list.map((e) => {
    const region = e.region ?? series.region;
    const ev: Event = {
      id: e.id ?? `ev-${series.seriesId}-${e.year}`,
      kind: e.kind ?? series.kind,
      title: e.title ?? lt(`${e.year}${series.name['zh-Hans']}`, `${e.year}${series.name['zh-Hant-HK']}`, `${series.name.en} ${e.year}`),
      start: e.start,
      allDay: true,
      timeZone: region === 'shanghai' ? 'Asia/Shanghai' : 'Asia/Hong_Kong',
      region,
      organizers: e.organizers ?? series.organizers,
      audience: series.audience,
      tags: series.tags,
      status: e.status ?? 'scheduled',
      provenance: real(e.source, e.confidence, e.note),
    };
    const summary = e.summary ?? (e.end === undefined ? OPENING_ONLY : undefined);
    if (summary) ev.summary = summary;
    if (e.end !== undefined && e.end !== e.start) ev.end = e.end;
    const districtId = e.districtId ?? series.districtId;
    if (districtId) ev.districtId = districtId;
    const venue = e.venue ?? series.venue;
    if (venue) ev.venue = venue;
    if (series.url) ev.url = series.url;
    if (series.seriesId !== ONE_OFF) ev.seriesId = series.seriesId;
    if (e.parentId) ev.parentId = e.parentId;
    return ev;
  });
}

const MIRROR = 'Known only from a mirror or aggregator page.';

const pujiang: Series = {
  seriesId: 'pujiang-innovation-forum',
  kind: 'forum',
  name: lt('浦江创新论坛', '浦江創新論壇', 'Pujiang Innovation Forum'),
  region: 'shanghai',
  organizers: [MOST, SH_GOV],
  audience: ['researchers', 'companies', 'investors'],
  tags: ['innovation', 'international'],
  url: 'https://www.pujiangforum.cn',
};

const wlf: Series = {
  seriesId: 'world-laureates-forum',
  kind: 'forum',
  name: lt('世界顶尖科学家论坛', '世界頂尖科學家論壇', 'World Laureates Forum'),
  region: 'shanghai',
  districtId: 'sh-pudong',
  venue: { name: lt('上海临港新片区滴水湖畔', '上海臨港新片區滴水湖畔', 'Dishui Lake, Lingang Special Area, Shanghai') },
  organizers: [WLA, CAST],
  audience: ['researchers', 'students'],
  tags: ['science', 'laureates'],
  url: 'https://en.wlaforum.com',
};

const innoex: Series = {
  seriesId: 'innoex',
  kind: 'expo',
  name: lt('香港国际创科展', '香港國際創科展', 'InnoEX'),
  region: 'hong-kong',
  districtId: 'hk-wan-chai',
  venue: { name: lt('香港会议展览中心', '香港會議展覽中心', 'Hong Kong Convention and Exhibition Centre (HKCEC)') },
  organizers: [ITIB, HKTDC],
  audience: ['companies', 'investors', 'public'],
  tags: ['innovation', 'technology'],
};

const haiju: Series = {
  seriesId: 'haiju-yingcai',
  kind: 'competition-stage',
  name: lt('“海聚英才”全球创新创业大赛', '「海聚英才」全球創新創業大賽', 'Haiju Yingcai Global Innovation and Entrepreneurship Competition'),
  region: 'shanghai',
  organizers: [HAIJU],
  audience: ['founders', 'investors'],
  tags: ['startup', 'talent'],
};
const DA_LING_HAO_WAN: Venue = { name: lt('闵行大零号湾', '閔行大零號灣', 'Da Ling Hao Wan, Minhang') };

const coopConf: Series = {
  seriesId: 'hk-sh-cooperation-conference',
  kind: 'forum',
  name: lt('沪港合作会议', '滬港合作會議', 'Hong Kong/Shanghai Co-operation Conference'),
  region: 'hong-kong',
  organizers: [HKSAR_GOV, SH_GOV],
  audience: ['companies', 'public'],
  tags: ['sh-hk', 'government'],
};

const shua: Series = {
  seriesId: 'shua-annual-conference',
  kind: 'forum',
  name: lt('沪港大学联盟年会', '滬港大學聯盟年會', 'Shanghai–Hong Kong University Alliance Annual Conference'),
  region: 'shanghai',
  organizers: [SHUA],
  audience: ['researchers', 'students'],
  tags: ['sh-hk', 'universities'],
};

const waic: Series = {
  seriesId: 'waic',
  kind: 'forum',
  name: lt('世界人工智能大会', '世界人工智能大會', 'World Artificial Intelligence Conference (WAIC)'),
  region: 'shanghai',
  organizers: [WAIC_HOSTS],
  audience: ['companies', 'researchers', 'investors', 'public'],
  tags: ['ai'],
};

const ciif: Series = {
  seriesId: 'ciif',
  kind: 'expo',
  name: lt('中国国际工业博览会', '中國國際工業博覽會', 'China International Industry Fair (CIIF)'),
  region: 'shanghai',
  venue: { name: lt('国家会展中心（上海）', '國家會展中心（上海）', 'National Exhibition and Convention Center (Shanghai)') },
  organizers: [CIIF_HOSTS],
  audience: ['companies', 'investors'],
  tags: ['advanced-manufacturing'],
};

const innocarnival: Series = {
  seriesId: 'innocarnival',
  kind: 'showcase',
  name: lt('创新科技嘉年华', '創新科技嘉年華', 'InnoCarnival'),
  region: 'hong-kong',
  districtId: 'hk-sha-tin',
  venue: { name: lt('香港科学园', '香港科學園', 'Hong Kong Science Park') },
  organizers: [ITC],
  audience: ['public', 'students'],
  tags: ['innovation', 'public'],
};

const cvcf: Series = {
  seriesId: 'cyberport-cvcf',
  kind: 'forum',
  name: lt('数码港创业投资论坛', '數碼港創業投資論壇', 'Cyberport Venture Capital Forum'),
  region: 'hong-kong',
  districtId: 'hk-southern',
  venue: { name: lt('数码港', '數碼港', 'Cyberport') },
  organizers: [CYBERPORT],
  audience: ['investors', 'founders'],
  tags: ['investment', 'startup'],
  url: 'https://www.cyberport.hk',
};

const epic: Series = {
  seriesId: 'hkstp-epic',
  kind: 'competition',
  name: lt('香港科技园电梯演讲比赛（EPiC）', '香港科技園電梯演講比賽（EPiC）', 'HKSTP Elevator Pitch Competition (EPiC)'),
  region: 'hong-kong',
  organizers: [HKSTP],
  audience: ['founders', 'investors'],
  tags: ['startup', 'pitch'],
  url: 'https://epic.hkstp.org',
};

const startmeup: Series = {
  seriesId: 'startmeuphk',
  kind: 'forum',
  name: lt('StartmeupHK 创业节', 'StartmeupHK 創業節', 'StartmeupHK Festival'),
  region: 'hong-kong',
  organizers: [INVEST_HK],
  audience: ['founders', 'investors'],
  tags: ['startup'],
};

const entrepreneurDay: Series = {
  seriesId: 'entrepreneur-day',
  kind: 'showcase',
  name: lt('创业日', '創業日', 'Entrepreneur Day'),
  region: 'hong-kong',
  organizers: [HKTDC],
  audience: ['founders', 'investors', 'companies'],
  tags: ['startup'],
};

// One-off events: not a series, so no `seriesId`.
const ONE_OFF = 'one-off';
const oneOff: Series = {
  seriesId: ONE_OFF,
  kind: 'forum',
  name: lt('沪港交流活动', '滬港交流活動', 'Shanghai–Hong Kong exchange'),
  region: 'shanghai',
  organizers: [],
  audience: ['companies', 'researchers'],
  tags: ['sh-hk'],
};

/** Real, dated event editions (none synthetic). */
export const REAL_EVENTS: readonly Event[] = [
  ...editions(pujiang, [
    { year: 2017, start: '2017-09-22', end: '2017-09-25', source: 'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2017-09/14/content_378065.htm?div=-1', confidence: 'high' },
    { year: 2018, start: '2018-10-29', end: '2018-11-01', source: 'https://www.shobserver.com/news/detail?id=111156', confidence: 'high', venue: { name: lt('东郊宾馆（开幕式）', '東郊賓館（開幕式）', 'Dongjiao State Guest Hotel (opening)') } },
    { year: 2019, start: '2019-05-25', source: 'https://en.pujiangforum.cn/cn/en_news_show.aspx?channel_id=20&cateid=328&id=40', confidence: 'high' },
    { year: 2020, start: '2020-10-22', source: 'https://en.pujiangforum.cn/cn/en_news_show.aspx?channel_id=20&cateid=175&id=79', confidence: 'high' },
    { year: 2021, start: '2021-05-31', end: '2021-06-04', source: 'https://www.pujiangforum.cn/m/news/detail/id/509.html', confidence: 'high' },
    { year: 2022, start: '2022-08-27', end: '2022-08-30', source: 'http://satrik.com/cj/jjgc/2022-08-26/1365993.html', confidence: 'low', note: MIRROR },
    { year: 2023, start: '2023-09-09', end: '2023-09-11', source: 'http://en.people.cn/n3/2023/0829/c90000-20064731.html', confidence: 'high' },
    { year: 2024, start: '2024-09-07', end: '2024-09-10', source: 'https://www.shine.cn/news/metro/2409088523/', confidence: 'high' },
    { year: 2025, start: '2025-09-20', end: '2025-09-22', source: 'http://www.jiadianbaomu.com/blog/aAcDB6OCYwxFGf-176.html', confidence: 'low', note: `${MIRROR} The forum itself is confirmed by China High-Tech Industry Herald, without dates.` },
    {
      year: 2024,
      id: 'ev-pujiang-2024-shk-dialogue',
      start: '2024-04-27',
      title: lt('创新协力新空间——沪港科技创新对话', '創新協力新空間——滬港科技創新對話', 'New Space for Innovation Synergy: Shanghai–Hong Kong Sci-Tech Innovation Dialogue'),
      summary: lt(
        '2024年浦江创新论坛系列活动，在香港举行；两地高校、机构与企业签署科研、孵化、人才交流和技术转移协议，沪港技术转移合作网络同日成立。',
        '2024年浦江創新論壇系列活動，在香港舉行；兩地院校、機構與企業簽署科研、培育、人才交流和技術轉移協議，滬港技術轉移合作網絡同日成立。',
        'Part of the 2024 Pujiang Innovation Forum series, held in Hong Kong. Universities, institutions and companies of both cities signed agreements on research, incubation, talent exchange and technology transfer; SHK-TNN was launched the same day.',
      ),
      region: 'hong-kong',
      source: 'https://big5.cri.cn/gate/big5/taiwan.cri.cn/2024-04-28/1f15d9c6-d210-7bbc-49e6-42e2a2f5a24b.html',
      confidence: 'high',
      note: 'English title is a literal rendering. The specific venue in Hong Kong is not stated.',
    },
  ]),
  ...editions(wlf, [
    { year: 2018, start: '2018-10-29', end: '2018-10-31', source: 'http://wlaforum.org/index.php/En/main/contact', confidence: 'high', organizers: [SH_GOV, WLA] },
    { year: 2019, start: '2019-10-29', source: 'http://subsites.chinadaily.com.cn/lingang/2019-11/08/c_434888_2.htm', confidence: 'high' },
    { year: 2020, start: '2020-10-30', source: 'https://whb.cn/zhuzhan/kjwz/20201029/377000.html', confidence: 'medium', note: 'Mostly online that year.' },
    { year: 2021, start: '2021-11-01', end: '2021-11-03', source: 'https://paper.xinmin.cn/html/xmwb/2021-10-31/3/120815.html', confidence: 'high' },
    { year: 2022, start: '2022-11-06', end: '2022-11-07', source: 'https://news.shi-fen.com/it/202210/55-1416874.html', confidence: 'low', note: `${MIRROR} Side events began on 29 October.` },
    { year: 2023, start: '2023-11-06', end: '2023-11-08', source: 'http://subsites.chinadaily.com.cn/shanghaipudong/2023-10/30/c_935397.htm', confidence: 'high', venue: { name: lt('世界顶尖科学家论坛永久会址（临港）', '世界頂尖科學家論壇永久會址（臨港）', 'WLA Forum permanent venue, Lingang') } },
    { year: 2024, start: '2024-10-25', source: 'http://0573yms.com/p/335776.html', confidence: 'low', note: MIRROR },
    { year: 2025, start: '2025-10-24', end: '2025-10-26', source: 'https://www.kankanews.com/detail/J4Q7rOem7yd', confidence: 'medium', note: 'The opening ceremony was on 25 October at the Lingang Center.' },
  ]),
  ...editions(innoex, [
    { year: 2023, start: '2023-04-12', end: '2023-04-15', source: 'https://www.hkmediaex.com/post/hkmediaex-presents-in-innoex-2023', confidence: 'high' },
    { year: 2024, start: '2024-04-13', end: '2024-04-16', source: 'http://tp.hkcd.com/hkcdweb/content/2024/04/13/content_8632224.html', confidence: 'high' },
    { year: 2025, start: '2025-04-13', end: '2025-04-16', source: 'https://www.scmp.com/presented/business/topics/reimagining-hk-through-tech/article/3305650/smart-cities-and-global-ambitions-put-hks-innovation-drive-focus', confidence: 'high' },
  ]),
  ...editions(haiju, [
    {
      year: 2024,
      id: 'ev-haiju-yingcai-2024',
      kind: 'competition',
      start: '2023-12-04',
      end: '2024-08-24',
      title: lt('第四届“海聚英才”全球创新创业大赛', '第四屆「海聚英才」全球創新創業大賽', '4th Haiju Yingcai Global Innovation and Entrepreneurship Competition'),
      summary: lt(
        '自2023年12月全球征集约1.2万个项目，839个进入复赛，城市分赛区由5个增至10个。日期为征集开始至总决赛首日。',
        '自2023年12月全球徵集約1.2萬個項目，839個進入複賽，城市分賽區由5個增至10個。日期為徵集開始至總決賽首日。',
        'About 12,000 projects from global recruitment starting December 2023; 839 reached the semi-final, and city divisions rose from 5 to 10. Dates run from the opening of recruitment to the first day of the final.',
      ),
      source: 'http://m.5yuwole.cn/ncss/jydt/cy/202408/20240826/2293306589.html',
      confidence: 'low',
      note: `${MIRROR} English name is a transliteration.`,
    },
    {
      year: 2024,
      id: 'ev-haiju-yingcai-2024-semi-final',
      start: '2024-06-28',
      end: '2024-06-30',
      title: lt('第四届“海聚英才”大赛复赛', '第四屆「海聚英才」大賽複賽', '4th Haiju Yingcai Competition: semi-final'),
      summary: lt('为期三天的复赛。', '為期三天的複賽。', 'A three-day semi-final.'),
      districtId: 'sh-minhang',
      venue: DA_LING_HAO_WAN,
      parentId: 'ev-haiju-yingcai-2024',
      source: 'http://admin.richbox.biz:80/bjcs3.aspx?ENj2=IX.html',
      confidence: 'low',
      note: MIRROR,
    },
    {
      year: 2024,
      id: 'ev-haiju-yingcai-2024-final',
      start: '2024-08-24',
      title: lt('第四届“海聚英才”大赛总决赛', '第四屆「海聚英才」大賽總決賽', '4th Haiju Yingcai Competition: final'),
      summary: lt('139个项目参加为期两天的总决赛；资料未载结束日期。', '139個項目參加為期兩天的總決賽；資料未載結束日期。', '139 projects in a two-day final; the source gives no end date.'),
      parentId: 'ev-haiju-yingcai-2024',
      source: 'http://m.5yuwole.cn/ncss/jydt/cy/202408/20240826/2293306589.html',
      confidence: 'low',
      note: MIRROR,
    },
    {
      year: 2025,
      id: 'ev-haiju-yingcai-2025-minhang',
      start: '2025-05-23',
      title: lt('第五届“海聚英才”大赛闵行分赛区', '第五屆「海聚英才」大賽閔行分賽區', '5th Haiju Yingcai Competition: Minhang district round'),
      summary: lt('闵行分赛区开赛，280余个项目路演；资料未载结束日期。', '閔行分賽區開賽，280餘個項目路演；資料未載結束日期。', 'Minhang round opened with roadshows by more than 280 projects; the source gives no end date.'),
      districtId: 'sh-minhang',
      source: 'http://www.fantom.top/a/2218.html',
      confidence: 'low',
      note: MIRROR,
    },
    {
      year: 2025,
      id: 'ev-haiju-yingcai-2025-yangpu',
      start: '2025-05-27',
      end: '2025-05-29',
      title: lt('第五届“海聚英才”大赛杨浦分赛区', '第五屆「海聚英才」大賽楊浦分賽區', '5th Haiju Yingcai Competition: Yangpu district round'),
      summary: lt('485个项目参赛。', '485個項目參賽。', '485 projects took part.'),
      districtId: 'sh-yangpu',
      source: 'http://www.yxi.com.cn/danji/202506/42069.html',
      confidence: 'low',
      note: MIRROR,
    },
  ]),
  ...editions(coopConf, [
    { year: 2018, id: 'ev-hk-sh-cooperation-conference-4', start: '2018-08-24', title: lt('沪港合作会议第四次会议', '滬港合作會議第四次會議', 'Hong Kong/Shanghai Co-operation Conference, 4th plenary'), summary: lt('在香港举行，就16个合作领域达成共识。', '在香港舉行，就16個合作領域達成共識。', 'Held in Hong Kong; consensus on 16 areas of co-operation.'), source: 'https://www.info.gov.hk/gia/general/201808/24/P2018082400678p.htm', confidence: 'high' },
    { year: 2021, id: 'ev-hk-sh-cooperation-conference-5', start: '2021-08-30', title: lt('沪港合作会议第五次会议', '滬港合作會議第五次會議', 'Hong Kong/Shanghai Co-operation Conference, 5th plenary'), summary: lt('以视频会议形式举行，就13个合作领域达成共识。', '以視像會議形式舉行，就13個合作領域達成共識。', 'Held by video conference; consensus on 13 areas of co-operation.'), source: 'https://www.info.gov.hk/gia/general/202108/30/P2021083000513.htm?fontSize=1', confidence: 'high', note: 'Region set to Hong Kong, whose government published the record; the meeting was held by video.' },
    { year: 2023, id: 'ev-hk-sh-cooperation-20th-anniversary-signing', start: '2023-11-04', region: 'shanghai', title: lt('沪港合作会议机制二十周年签约仪式', '滬港合作會議機制二十周年簽約儀式', 'Signing ceremony for the 20th anniversary of the Hong Kong/Shanghai Co-operation Conference'), summary: lt('在上海举行，见证五份合作协议或备忘录签署。', '在上海舉行，見證五份合作協議或備忘錄簽署。', 'Held in Shanghai; five agreements or MoUs were signed.'), source: 'https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/202311/04/P2023110400484p.htm', confidence: 'high' },
    { year: 2024, id: 'ev-hk-sh-cooperation-conference-6', start: '2024-04-26', title: lt('沪港合作会议第六次会议', '滬港合作會議第六次會議', 'Hong Kong/Shanghai Co-operation Conference, 6th plenary'), summary: lt('在香港举行，就15个领域65项合作达成共识，签署20份合作文件，包括创科与青年领域。', '在香港舉行，就15個領域65項合作達成共識，簽署20份合作文件，包括創科與青年領域。', 'Held in Hong Kong: consensus on 65 items in 15 areas, including innovation and youth, and 20 co-operation documents signed.'), source: 'https://news.mingpao.com/pns/%E6%B8%AF%E8%81%9E/article/20240427/s00002/1714149324387/%E3%80%90emily%E3%80%91%E6%BB%AC%E6%B8%AF%E5%90%88%E4%BD%9C%E6%9C%83%E8%AD%B0-15%E9%A0%98%E5%9F%9F65%E9%A0%85%E7%9B%AE%E9%81%94%E5%85%B1%E8%AD%98', confidence: 'high' },
  ]),
  ...editions(shua, [
    { year: 2021, start: '2021-12-22', summary: lt('线上举行，上海大学为理事长单位。', '網上舉行，上海大學為理事長單位。', 'Held online, hosted by Shanghai University as council chair.'), organizers: [SHUA, { id: 'org-shu', name: lt('上海大学', '上海大學', 'Shanghai University') }], source: 'https://mainlandaffairs.hku.hk/zh-hans/20211223', confidence: 'high' },
    { year: 2022, start: '2022-12-21', region: 'hong-kong', summary: lt('线上举行，由香港浸会大学联同同济大学和岭南大学主办。', '網上舉行，由香港浸會大學聯同同濟大學和嶺南大學主辦。', 'Held online, hosted by HKBU with Tongji and Lingnan.'), organizers: [SHUA, { id: 'org-hkbu', name: lt('香港浸会大学', '香港浸會大學', 'Hong Kong Baptist University') }, { id: 'org-tongji', name: lt('同济大学', '同濟大學', 'Tongji University') }, { id: 'org-lingnan', name: lt('岭南大学', '嶺南大學', 'Lingnan University') }], source: 'https://www.hkbu.edu.hk/en/whats-new/press-release/2022/HKBU_Tongji_University_and_Lingnan_University_co_host_2022_Shanghai_Hong_Kong_University_Alliance_Annual_Meeting_cum_Interdisciplinary_Development_and_Innovation_Forum.html', confidence: 'high' },
    { year: 2023, start: '2023-11-22', summary: lt('疫情后首次线下举行，华东师范大学为理事长单位。', '疫情後首次實體舉行，華東師範大學為理事長單位。', 'First in-person meeting since the pandemic, with ECNU as council chair.'), organizers: [SHUA, { id: 'org-ecnu', name: lt('华东师范大学', '華東師範大學', 'East China Normal University') }], source: 'https://web.witique.com/2023/1127/c4764a311973/page.htm', confidence: 'low', note: `${MIRROR} The host city is not stated; region follows the host university.` },
    { year: 2025, start: '2025-11-19', districtId: 'sh-minhang', venue: { name: lt('上海交通大学闵行校区', '上海交通大學閔行校區', 'Shanghai Jiao Tong University, Minhang campus') }, summary: lt('在上海交通大学闵行校区举行。', '在上海交通大學閔行校區舉行。', 'Held at the Minhang campus of Shanghai Jiao Tong University.'), source: 'unverified', confidence: 'low', note: 'Seen in a stored page whose address was not recorded.' },
  ]),
  ...editions(oneOff, [
    { year: 2024, id: 'ev-shhk-innovation-cooperation-forum-2024', start: '2024-01-27', title: lt('沪港创新合作论坛', '滬港創新合作論壇', 'Shanghai–Hong Kong Innovation Cooperation Forum'), summary: lt('上海市副市长华源致辞；香港贸发局表示2024年将聚焦沪港科创合作与技术转移。', '上海市副市長華源致辭；香港貿發局表示2024年將聚焦滬港科創合作與技術轉移。', 'Shanghai Vice Mayor Hua Yuan spoke; HKTDC said it would focus on Shanghai–Hong Kong technology co-operation and transfer in 2024.'), source: 'https://news.cnyes.com/news/id/5439811', confidence: 'medium' },
    {
      year: 2024,
      id: 'ev-shhk-coop-dev-seminar-2024',
      start: '2024-10-14',
      title: lt('沪港合作与发展研讨会', '滬港合作與發展研討會', 'Shanghai–Hong Kong Cooperation and Development Seminar'),
      summary: lt('约160人参加，议题包括科技成果转化中的知识产权合作。', '約160人參加，議題包括科技成果轉化中的知識產權合作。', 'About 160 participants; topics included IP co-operation for commercialising research.'),
      organizers: [
        { name: lt('上海市政协港澳台侨委员会', '上海市政協港澳台僑委員會', 'Hong Kong, Macao, Taiwan and Overseas Chinese Affairs Committee, Shanghai CPPCC') },
        { name: lt('上海社会科学院', '上海社會科學院', 'Shanghai Academy of Social Sciences') },
        { name: lt('香港明天更好基金', '香港明天更好基金', 'Our Hong Kong Foundation') },
      ],
      source: 'https://macausare.com/newsinfo/964561.html',
      confidence: 'medium',
    },
  ]),
  ...editions(waic, [
    { year: 2019, start: '2019-08-29', end: '2019-08-31', source: 'http://epaper.cbt.com.cn/ep_m/cbtm/html/2019/06/20/02/02_76.htm', confidence: 'medium' },
    { year: 2020, start: '2020-07-09', end: '2020-07-11', source: 'https://www.globaltimes.cn/page/202006/1192396.shtml', confidence: 'medium' },
    { year: 2021, start: '2021-07-08', end: '2021-07-10', source: 'http://en.people.cn/n3/2021/0709/c90000-9869959.html', confidence: 'medium' },
    { year: 2022, start: '2022-09-01', end: '2022-09-03', source: 'https://www.shine.cn/biz/tech/2208028725/', confidence: 'medium', note: 'Moved from July because of the pandemic.' },
    { year: 2024, start: '2024-07-04', end: '2024-07-06', source: 'https://peopleweekly.cn/html/2024/rmrm_0708/215820.html', confidence: 'medium' },
    { year: 2025, start: '2025-07-26', end: '2025-07-28', source: 'https://doitong.com/news/en/world-ai-conference-2025-opens-in-shanghai', confidence: 'medium' },
    {
      year: 2026,
      start: '2026-07-17',
      end: '2026-07-20',
      status: 'tentative',
      venue: { name: lt('上海世博地区、张江、徐汇西岸', '上海世博地區、張江、徐匯西岸', 'Expo area, Zhangjiang and West Bund, Shanghai') },
      summary: lt('日期已公布，但仅见于二手报道，有待核实。', '日期已公佈，但僅見於二手報道，有待核實。', 'Dates announced, but seen only in secondary reports: to be verified.'),
      source: 'https://cronfeed.work/ai-china-waic-2026-field-signal-governance-expo-talent-stack/',
      confidence: 'medium',
      note: 'Exact dates from one secondary source quoting the official page; two others confirm July 2026 in Shanghai.',
    },
    {
      year: 2026,
      id: 'ev-waic-up-hk-2026',
      start: '2026-01-16',
      status: 'tentative',
      region: 'hong-kong',
      districtId: 'hk-sha-tin',
      venue: { name: lt('香港科学园', '香港科學園', 'Hong Kong Science Park') },
      organizers: [{ name: lt('世界人工智能大会主办方', '世界人工智能大會主辦方', 'WAIC organisers') }],
      title: lt('2026 WAIC UP! 年终盛会（香港）', '2026 WAIC UP! 年終盛會（香港）', '2026 WAIC UP! year-end gala (Hong Kong)'),
      summary: lt('世界人工智能大会品牌活动首次在港举办；日期见于活动前报道，有待核实。', '世界人工智能大會品牌活動首次在港舉辦；日期見於活動前報道，有待核實。', 'First WAIC-branded event in Hong Kong; the date comes from pre-event reports and is to be verified.'),
      source: 'https://www.stheadline.com/zh-hans/realtime-finance/3533022/%E4%B8%96%E7%95%8C%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E5%A4%A7%E4%BC%9A%E5%91%A8%E4%BA%94%E5%B0%86%E4%BA%8E%E7%A7%91%E5%AD%A6%E5%9B%AD%E4%B8%BE%E5%8A%9E-%E5%A4%9A%E5%90%8D%E5%9B%BD%E5%86%85%E5%A4%96%E4%B8%93%E5%AE%B6%E6%BC%94%E8%AE%B2',
      confidence: 'medium',
      note: 'Announced before the event; no post-event report was found.',
    },
  ]),
  ...editions(ciif, [
    { year: 2018, start: '2018-09-19', end: '2018-09-23', source: 'http://exhibition.cncaa.org/news/33033.html', confidence: 'medium' },
    { year: 2019, start: '2019-09-17', end: '2019-09-21', source: 'http://www.168bpex.com/index.php?id=60', confidence: 'low', note: MIRROR },
    { year: 2020, start: '2020-09-15', end: '2020-09-19', source: 'http://shadafang.com/a/bb/09152613EH020.html', confidence: 'low', note: MIRROR },
    { year: 2023, start: '2023-09-19', end: '2023-09-23', source: 'http://hk.crntt.com/doc/7_0_106760619_1.html', confidence: 'medium' },
    { year: 2024, start: '2024-09-24', end: '2024-09-28', source: 'https://www.shine.cn/biz/tech/2409247883/', confidence: 'medium' },
    { year: 2025, start: '2025-09-23', source: 'https://www.citynewsservice.cn/shine/8cb000f6-6f57-4c59-be37-d63382c13e4a', confidence: 'medium' },
  ]),
  ...editions(innocarnival, [
    { year: 2016, start: '2016-10-29', end: '2016-11-06', source: 'https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201610/29/P2016102900373.htm', confidence: 'high' },
    { year: 2017, start: '2017-10-21', end: '2017-10-29', source: 'https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201710/21/P2017102100357.htm', confidence: 'high' },
    { year: 2022, start: '2022-10-22', end: '2022-10-30', source: 'https://www.webnewswire.com/2022/10/22/hong-kong-innocarnival-2022-exhibits-scientific-research-achievements-to-offer-taste-of-innovation-and-technology-in-daily-life-with-photos/', confidence: 'low', note: MIRROR },
    { year: 2023, start: '2023-10-28', end: '2023-11-05', source: 'https://www.info.gov.hk/gia/general/202309/26/P2023092600310p.htm', confidence: 'high' },
    { year: 2024, start: '2024-10-26', end: '2024-11-03', source: 'http://government-world.com/innocarnival-2024-showcases-it-achievements-to-propel-future-development-with-photos', confidence: 'low', note: MIRROR },
    { year: 2025, start: '2025-10-18', end: '2025-10-26', source: 'https://www.am730.com.hk/%E6%9C%AC%E5%9C%B0/%E5%89%B5%E6%96%B0%E7%A7%91%E6%8A%80%E5%98%89%E5%B9%B4%E8%8F%AF%E4%BB%8A%E6%97%A5%E8%B5%B7%E8%87%B310.26%E8%88%89%E8%A1%8C-%E5%B1%95%E7%A4%BA%E5%A4%9A%E9%A0%85%E7%99%BC%E6%98%8E%E5%8F%8A%E7%A0%94%E7%A9%B6/609822', confidence: 'medium' },
  ]),
  ...editions(cvcf, [
    { year: 2017, start: '2017-11-01', source: 'http://www.info.gov.hk/gia/general/201711/01/P2017110100387.htm', confidence: 'high' },
    { year: 2018, start: '2018-11-08', source: 'http://government-world.com/?p=413295', confidence: 'low', note: MIRROR },
    { year: 2025, start: '2025-11-06', end: '2025-11-07', source: 'https://media.dealstreetasia.com/stories/cyberport-ai-investment-circle-462278', confidence: 'medium', note: 'China Daily HK describes a two-day forum.' },
  ]),
  ...editions(epic, [
    { year: 2020, start: '2020-11-06', source: 'https://www.marketscreener.com/news/latest/HKSTP-s-First-Ever-Virtual-Elevator-Pitch-Competition-2020-Opens-New-Investment-and-Partnership-Oppo--31708369/?utm_medium=RSS&utm_content=20201106', confidence: 'medium', summary: lt('线上决赛。', '網上決賽。', 'Virtual final.') },
    { year: 2021, start: '2021-11-05', source: 'https://itib.gov.hk/en/speeches/2021/pr_20211105.html', confidence: 'high', summary: lt('决赛日。', '決賽日。', 'Final day.') },
  ]),
  ...editions(startmeup, [
    { year: 2017, start: '2017-01-16', source: 'https://jaykimshow.com/2017/01/startmeuphk-round-table-transcript-2', confidence: 'low', summary: lt('创业节周于1月16日开始；资料未载结束日期。', '創業節周於1月16日開始；資料未載結束日期。', 'Festival week began on 16 January; the source gives no end date.') },
    { year: 2020, start: '2020-07-06', end: '2020-07-10', source: 'https://www.jumpstartmag.com/event-review-startmeuphk-festival-2020/', confidence: 'medium', summary: lt('线上举行。', '網上舉行。', 'Held online.') },
    { year: 2021, start: '2021-05-24', end: '2021-05-28', source: 'https://www.youth.gov.hk/en/hashtag.htm?hashtag=Startup', confidence: 'medium' },
    { year: 2023, start: '2023-11-08', end: '2023-11-17', source: 'https://www.scmp.com/tech/policy/article/3237458/hong-kong-start-festival-strives-draw-20000-attendees-amid-citys-push-be-tech-hub', confidence: 'medium' },
  ]),
  ...editions(entrepreneurDay, [
    { year: 2024, start: '2024-12-10', source: 'https://thesun.my/business-news/media-outreach/hong-kong-innovation-invention-spotlights-over-40-local-innovations-at-entrepreneur-day-2024-HG13406346', confidence: 'low', summary: lt('一家参展商的新闻稿称当天参展；完整日期未载。', '一家參展商的新聞稿稱當天參展；完整日期未載。', 'An exhibitor\'s release says it exhibited that day; the full dates are not given.') },
  ]),
];
