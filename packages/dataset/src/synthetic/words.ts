import type { IndustryValue } from '../types.js';

// Word lists for generated names. Brand syllables are invented combinations chosen to avoid well-known
// company names; generated records are marked synthetic whatever they are called.

/** [zh-Hans, zh-Hant-HK, en] */
export type Tri = readonly [string, string, string];

export const SH_BRANDS: readonly Tri[] = [
  ['星海', '星海', 'Xinghai'], ['澄澄', '澄澄', 'Chengcheng'], ['智泰', '智泰', 'Zhitai'], ['汐衡', '汐衡', 'Xiheng'],
  ['珀川', '珀川', 'Pochuan'], ['知澜', '知瀾', 'Zhilan'], ['拓屿', '拓嶼', 'Tuoyu'], ['青禾', '青禾', 'Qinghe'],
  ['睿浦', '睿浦', 'Ruipu'], ['朗峰', '朗峰', 'Langfeng'], ['沐川', '沐川', 'Muchuan'], ['麟谷', '麟谷', 'Lingu'],
  ['砚池', '硯池', 'Yanchi'], ['曦源', '曦源', 'Xiyuan'], ['弘屿', '弘嶼', 'Hongyu'], ['晨钧', '晨鈞', 'Chenjun'],
  ['远帆', '遠帆', 'Yuanfan'], ['澜芯', '瀾芯', 'Lanxin'], ['翎境', '翎境', 'Lingjing'], ['衡知', '衡知', 'Hengzhi'],
  ['晴川', '晴川', 'Qingchuan'], ['启澄', '啟澄', 'Qicheng'], ['溯光', '溯光', 'Suguang'], ['泓石', '泓石', 'Hongshi'],
  ['星垣', '星垣', 'Xingyuan'], ['和屿', '和嶼', 'Heyu'], ['鲸帆', '鯨帆', 'Jingfan'], ['松岚', '松嵐', 'Songlan'],
];

export const HK_BRANDS: readonly Tri[] = [
  ['恒星', '恆星', 'Stellar'], ['晋峰', '晉峰', 'Summit'], ['铭港', '銘港', 'Meridian'], ['灏海', '灝海', 'Oceanic'],
  ['翠峰', '翠峰', 'Jade Peak'], ['霁明', '霽明', 'Lumen'], ['凯域', '凱域', 'Kestrel'], ['星澜', '星瀾', 'Aster'],
  ['朗晴', '朗晴', 'Clearview'], ['钴蓝', '鈷藍', 'Cobalt'], ['灯塔', '燈塔', 'Beacon'], ['兰庭', '蘭庭', 'Orchid'],
  ['维度', '維度', 'Vertex'], ['汇博', '匯博', 'Polymath'], ['海澄', '海澄', 'Tidewater'], ['峻岭', '峻嶺', 'Ridgeline'],
];

/** A short name per industry, used inside names and titles. */
export const INDUSTRY_WORDS: Readonly<Record<IndustryValue, Tri>> = {
  ai: ['人工智能', '人工智能', 'AI'],
  biomedicine: ['生物医药', '生物醫藥', 'Biomedicine'],
  'integrated-circuits': ['集成电路', '集成電路', 'Integrated Circuit'],
  fintech: ['金融科技', '金融科技', 'Fintech'],
  software: ['软件', '軟件', 'Software'],
  'advanced-manufacturing': ['智能制造', '智能製造', 'Smart Manufacturing'],
  'new-materials': ['新材料', '新材料', 'New Materials'],
  'green-energy': ['绿色能源', '綠色能源', 'Green Energy'],
  'cultural-creative': ['文化创意', '文化創意', 'Creative'],
  healthcare: ['医疗健康', '醫療健康', 'Healthtech'],
  education: ['教育科技', '教育科技', 'Edtech'],
  robotics: ['机器人', '機械人', 'Robotics'],
  'smart-city': ['智慧城市', '智慧城市', 'Smart City'],
  'e-commerce': ['电子商务', '電子商務', 'E-commerce'],
};

export const INDUSTRY_KEYS = Object.keys(INDUSTRY_WORDS) as IndustryValue[];

export const SH_SUFFIXES: readonly Tri[] = [
  ['孵化器', '孵化器', 'Incubator'], ['众创空间', '眾創空間', 'Maker Space'], ['创业中心', '創業中心', 'Entrepreneurship Centre'],
  ['加速器', '加速器', 'Accelerator'], ['创新港', '創新港', 'Innovation Hub'], ['科创园', '科創園', 'Innovation Park'],
];

export const HK_SUFFIXES: readonly Tri[] = [
  ['创科中心', '創科中心', 'Innovation Centre'], ['培育中心', '培育中心', 'Incubation Centre'], ['共享工作空间', '共享工作空間', 'Co-working'],
  ['创业基地', '創業基地', 'Startup Base'], ['科技园', '科技園', 'Tech Park'],
];

/** Neighbourhoods per district, for names and venues. */
export const AREAS: Readonly<Record<string, readonly Tri[]>> = {
  'sh-huangpu': [['外滩', '外灘', 'Bund'], ['南京东路', '南京東路', 'East Nanjing Road'], ['董家渡', '董家渡', 'Dongjiadu']],
  'sh-xuhui': [['漕河泾', '漕河涇', 'Caohejing'], ['徐汇滨江', '徐匯濱江', 'West Bund'], ['徐家汇', '徐家匯', 'Xujiahui']],
  'sh-changning': [['虹桥', '虹橋', 'Hongqiao'], ['中山公园', '中山公園', 'Zhongshan Park'], ['临空', '臨空', 'Linkong']],
  'sh-jingan': [['市北', '市北', 'Shibei'], ['静安寺', '靜安寺', "Jing'an Temple"], ['大宁', '大寧', 'Daning']],
  'sh-putuo': [['长风', '長風', 'Changfeng'], ['桃浦', '桃浦', 'Taopu'], ['真如', '真如', 'Zhenru']],
  'sh-hongkou': [['北外滩', '北外灘', 'North Bund'], ['四川北路', '四川北路', 'North Sichuan Road'], ['江湾', '江灣', 'Jiangwan']],
  'sh-yangpu': [['五角场', '五角場', 'Wujiaochang'], ['杨浦滨江', '楊浦濱江', 'Yangpu Riverside'], ['长阳', '長陽', 'Changyang']],
  'sh-minhang': [['紫竹', '紫竹', 'Zizhu'], ['大零号湾', '大零號灣', 'Da Ling Hao Wan'], ['莘庄', '莘莊', 'Xinzhuang']],
  'sh-baoshan': [['吴淞', '吳淞', 'Wusong'], ['顾村', '顧村', 'Gucun'], ['大场', '大場', 'Dachang']],
  'sh-jiading': [['安亭', '安亭', 'Anting'], ['南翔', '南翔', 'Nanxiang'], ['嘉定新城', '嘉定新城', 'Jiading New Town']],
  'sh-pudong': [['张江', '張江', 'Zhangjiang'], ['金桥', '金橋', 'Jinqiao'], ['临港', '臨港', 'Lingang'], ['陆家嘴', '陸家嘴', 'Lujiazui']],
  'sh-jinshan': [['金山卫', '金山衛', 'Jinshanwei'], ['枫泾', '楓涇', 'Fengjing'], ['亭林', '亭林', 'Tinglin']],
  'sh-songjiang': [['松江大学城', '松江大學城', 'Songjiang University Town'], ['九亭', '九亭', 'Jiuting'], ['洞泾', '洞涇', 'Dongjing']],
  'sh-qingpu': [['朱家角', '朱家角', 'Zhujiajiao'], ['赵巷', '趙巷', 'Zhaoxiang'], ['徐泾', '徐涇', 'Xujing']],
  'sh-fengxian': [['南桥', '南橋', 'Nanqiao'], ['东方美谷', '東方美谷', 'Oriental Beauty Valley'], ['奉贤新城', '奉賢新城', 'Fengxian New Town']],
  'sh-chongming': [['长兴岛', '長興島', 'Changxing Island'], ['陈家镇', '陳家鎮', 'Chenjia Town'], ['城桥', '城橋', 'Chengqiao']],
  'hk-central-western': [['上环', '上環', 'Sheung Wan'], ['中环', '中環', 'Central'], ['西营盘', '西營盤', 'Sai Ying Pun']],
  'hk-wan-chai': [['湾仔', '灣仔', 'Wan Chai'], ['铜锣湾', '銅鑼灣', 'Causeway Bay']],
  'hk-eastern': [['鲗鱼涌', '鰂魚涌', 'Quarry Bay'], ['柴湾', '柴灣', 'Chai Wan'], ['北角', '北角', 'North Point']],
  'hk-southern': [['黄竹坑', '黃竹坑', 'Wong Chuk Hang'], ['香港仔', '香港仔', 'Aberdeen']],
  'hk-yau-tsim-mong': [['尖沙咀', '尖沙咀', 'Tsim Sha Tsui'], ['旺角', '旺角', 'Mong Kok']],
  'hk-sham-shui-po': [['长沙湾', '長沙灣', 'Cheung Sha Wan'], ['深水埗', '深水埗', 'Sham Shui Po']],
  'hk-kowloon-city': [['红磡', '紅磡', 'Hung Hom'], ['启德', '啟德', 'Kai Tak']],
  'hk-wong-tai-sin': [['新蒲岗', '新蒲崗', 'San Po Kong'], ['钻石山', '鑽石山', 'Diamond Hill']],
  'hk-kwun-tong': [['观塘', '觀塘', 'Kwun Tong'], ['九龙湾', '九龍灣', 'Kowloon Bay']],
  'hk-kwai-tsing': [['葵涌', '葵涌', 'Kwai Chung'], ['青衣', '青衣', 'Tsing Yi']],
  'hk-tsuen-wan': [['荃湾', '荃灣', 'Tsuen Wan']],
  'hk-tuen-mun': [['屯门', '屯門', 'Tuen Mun']],
  'hk-yuen-long': [['元朗', '元朗', 'Yuen Long'], ['天水围', '天水圍', 'Tin Shui Wai']],
  'hk-north': [['上水', '上水', 'Sheung Shui'], ['粉岭', '粉嶺', 'Fanling']],
  'hk-tai-po': [['大埔', '大埔', 'Tai Po'], ['白石角', '白石角', 'Pak Shek Kok']],
  'hk-sha-tin': [['沙田', '沙田', 'Sha Tin'], ['火炭', '火炭', 'Fo Tan']],
  'hk-sai-kung': [['将军澳', '將軍澳', 'Tseung Kwan O'], ['西贡', '西貢', 'Sai Kung']],
  'hk-islands': [['东涌', '東涌', 'Tung Chung'], ['大屿山', '大嶼山', 'Lantau']],
};
