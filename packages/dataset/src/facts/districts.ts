import type { District } from '../types.js';

// Names and GB/T 2260 codes: shared/data/sample-data-facts.json (zoningjs listing for the Shanghai
// simplified names and codes; the count of 18 Hong Kong districts from a Wikipedia mirror; the rest from
// general knowledge). Centroids are rough WGS-84 points near each district's centre, from general
// knowledge: good enough to sort by distance, not to draw boundaries.

/** Source of the Shanghai district names and codes. */
export const SH_DISTRICT_SOURCE = 'https://unpkg.com/browse/zoningjs@2.0.20/31/3101.json';
/** Source of the count of Hong Kong districts. */
export const HK_DISTRICT_SOURCE = 'https://www.wiki3.en-us.nina.az/Districts_of_Hong_Kong.html';

type Row = readonly [id: string, code: string | null, zhHans: string, zhHant: string, en: string, lat: number, lng: number];

const ROWS: readonly Row[] = [
  ['sh-huangpu', '310101', '黄浦区', '黃浦區', 'Huangpu District', 31.2317, 121.4846],
  ['sh-xuhui', '310104', '徐汇区', '徐匯區', 'Xuhui District', 31.1885, 121.4365],
  ['sh-changning', '310105', '长宁区', '長寧區', 'Changning District', 31.2204, 121.4243],
  ['sh-jingan', '310106', '静安区', '靜安區', "Jing'an District", 31.2491, 121.4555],
  ['sh-putuo', '310107', '普陀区', '普陀區', 'Putuo District', 31.2496, 121.3970],
  ['sh-hongkou', '310109', '虹口区', '虹口區', 'Hongkou District', 31.2646, 121.5050],
  ['sh-yangpu', '310110', '杨浦区', '楊浦區', 'Yangpu District', 31.2830, 121.5260],
  ['sh-minhang', '310112', '闵行区', '閔行區', 'Minhang District', 31.1125, 121.3816],
  ['sh-baoshan', '310113', '宝山区', '寶山區', 'Baoshan District', 31.4050, 121.4890],
  ['sh-jiading', '310114', '嘉定区', '嘉定區', 'Jiading District', 31.3755, 121.2655],
  ['sh-pudong', '310115', '浦东新区', '浦東新區', 'Pudong New Area', 31.2215, 121.5440],
  ['sh-jinshan', '310116', '金山区', '金山區', 'Jinshan District', 30.7417, 121.3420],
  ['sh-songjiang', '310117', '松江区', '松江區', 'Songjiang District', 31.0323, 121.2277],
  ['sh-qingpu', '310118', '青浦区', '青浦區', 'Qingpu District', 31.1496, 121.1240],
  ['sh-fengxian', '310120', '奉贤区', '奉賢區', 'Fengxian District', 30.9180, 121.4740],
  ['sh-chongming', '310151', '崇明区', '崇明區', 'Chongming District', 31.6230, 121.3970],
  ['hk-central-western', null, '中西区', '中西區', 'Central and Western District', 22.2860, 114.1500],
  ['hk-wan-chai', null, '湾仔区', '灣仔區', 'Wan Chai District', 22.2780, 114.1750],
  ['hk-eastern', null, '东区', '東區', 'Eastern District', 22.2840, 114.2240],
  ['hk-southern', null, '南区', '南區', 'Southern District', 22.2470, 114.1600],
  ['hk-yau-tsim-mong', null, '油尖旺区', '油尖旺區', 'Yau Tsim Mong District', 22.3120, 114.1700],
  ['hk-sham-shui-po', null, '深水埗区', '深水埗區', 'Sham Shui Po District', 22.3300, 114.1590],
  ['hk-kowloon-city', null, '九龙城区', '九龍城區', 'Kowloon City District', 22.3280, 114.1910],
  ['hk-wong-tai-sin', null, '黄大仙区', '黃大仙區', 'Wong Tai Sin District', 22.3420, 114.1950],
  ['hk-kwun-tong', null, '观塘区', '觀塘區', 'Kwun Tong District', 22.3130, 114.2250],
  ['hk-kwai-tsing', null, '葵青区', '葵青區', 'Kwai Tsing District', 22.3540, 114.1300],
  ['hk-tsuen-wan', null, '荃湾区', '荃灣區', 'Tsuen Wan District', 22.3710, 114.1140],
  ['hk-tuen-mun', null, '屯门区', '屯門區', 'Tuen Mun District', 22.3910, 113.9770],
  ['hk-yuen-long', null, '元朗区', '元朗區', 'Yuen Long District', 22.4450, 114.0220],
  ['hk-north', null, '北区', '北區', 'North District', 22.4950, 114.1380],
  ['hk-tai-po', null, '大埔区', '大埔區', 'Tai Po District', 22.4500, 114.1690],
  ['hk-sha-tin', null, '沙田区', '沙田區', 'Sha Tin District', 22.3830, 114.1880],
  ['hk-sai-kung', null, '西贡区', '西貢區', 'Sai Kung District', 22.3810, 114.2700],
  ['hk-islands', null, '离岛区', '離島區', 'Islands District', 22.2620, 113.9460],
];

/** The 16 Shanghai and 18 Hong Kong districts, Shanghai first, each in GB/T 2260 or conventional order. */
export const DISTRICTS: readonly District[] = ROWS.map(([id, code, zhHans, zhHant, en, lat, lng]) => {
  const name = { 'zh-Hans': zhHans, 'zh-Hant-HK': zhHant, en };
  return code === null
    ? { id, region: 'hong-kong', name, centroid: { lat, lng } }
    : { id, region: 'shanghai', adminCode: code, name, centroid: { lat, lng } };
});

/** Districts by id. */
export const DISTRICT_BY_ID: ReadonlyMap<string, District> = new Map(DISTRICTS.map((d) => [d.id, d]));

export const SH_DISTRICT_IDS: readonly string[] = DISTRICTS.filter((d) => d.region === 'shanghai').map((d) => d.id);
export const HK_DISTRICT_IDS: readonly string[] = DISTRICTS.filter((d) => d.region === 'hong-kong').map((d) => d.id);
