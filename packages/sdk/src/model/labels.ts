import type { LocalizedText } from './locale.js';
import type { Audience, EventKind, EventStatus, IncubatorLevel, Industry, Jurisdiction, OrganizationType, ProgramKind, Service, TalentCategory } from './vocab.js';

// The trilingual labels of the controlled vocabularies (vocab.ts). They live in the SDK (not the
// elements) because the server's text search matches these labels too.

type Labels<K extends string> = Readonly<Record<K, Required<LocalizedText>>>;
const l = (zhHans: string, zhHant: string, en: string): Required<LocalizedText> => ({ 'zh-Hans': zhHans, 'zh-Hant-HK': zhHant, en });

export const EVENT_KIND_LABELS: Labels<EventKind> = {
  forum: /* @__PURE__ */ l('论坛', '論壇', 'Forum'),
  competition: /* @__PURE__ */ l('大赛', '大賽', 'Competition'),
  'competition-stage': /* @__PURE__ */ l('赛事阶段', '賽事階段', 'Competition stage'),
  expo: /* @__PURE__ */ l('展会', '展覽', 'Expo'),
  roadshow: /* @__PURE__ */ l('路演', '路演', 'Roadshow'),
  training: /* @__PURE__ */ l('培训', '培訓', 'Training'),
  'summer-course': /* @__PURE__ */ l('暑期课程', '暑期課程', 'Summer course'),
  showcase: /* @__PURE__ */ l('成果展示', '成果展示', 'Showcase'),
  lecture: /* @__PURE__ */ l('讲座', '講座', 'Lecture'),
  makerthon: /* @__PURE__ */ l('创客马拉松', '創客馬拉松', 'Makerthon'),
  other: /* @__PURE__ */ l('其他', '其他', 'Other'),
};

export const EVENT_STATUS_LABELS: Labels<EventStatus> = {
  scheduled: /* @__PURE__ */ l('已排期', '已排期', 'Scheduled'),
  tentative: /* @__PURE__ */ l('日期待定', '日期待定', 'Date to be confirmed'),
  postponed: /* @__PURE__ */ l('已延期', '已延期', 'Postponed'),
  cancelled: /* @__PURE__ */ l('已取消', '已取消', 'Cancelled'),
};

export const AUDIENCE_LABELS: Labels<Audience> = {
  founders: /* @__PURE__ */ l('创业者', '創業者', 'Founders'),
  students: /* @__PURE__ */ l('学生', '學生', 'Students'),
  researchers: /* @__PURE__ */ l('科研人员', '科研人員', 'Researchers'),
  investors: /* @__PURE__ */ l('投资人', '投資者', 'Investors'),
  companies: /* @__PURE__ */ l('企业', '企業', 'Companies'),
  public: /* @__PURE__ */ l('公众', '公眾', 'General public'),
};

export const SERVICE_LABELS: Labels<Service> = {
  guidance: /* @__PURE__ */ l('创业指导', '創業指導', 'Entrepreneurship guidance'),
  financing: /* @__PURE__ */ l('融资服务', '融資服務', 'Financing services'),
  consulting: /* @__PURE__ */ l('管理咨询', '管理諮詢', 'Management consulting'),
  talent: /* @__PURE__ */ l('人才资源', '人才資源', 'Talent resources'),
  technology: /* @__PURE__ */ l('技术创新', '技術創新', 'Technology innovation'),
  agency: /* @__PURE__ */ l('事务代理', '事務代理', 'Administrative agency'),
  'legal-aid': /* @__PURE__ */ l('法律援助', '法律援助', 'Legal aid'),
};

export const INDUSTRY_LABELS: Labels<Industry> = {
  ai: /* @__PURE__ */ l('人工智能', '人工智能', 'Artificial intelligence'),
  biomedicine: /* @__PURE__ */ l('生物医药', '生物醫藥', 'Biomedicine'),
  'integrated-circuits': /* @__PURE__ */ l('集成电路', '集成電路', 'Integrated circuits'),
  fintech: /* @__PURE__ */ l('金融科技', '金融科技', 'Fintech'),
  software: /* @__PURE__ */ l('软件与信息服务', '軟件與資訊服務', 'Software and IT services'),
  'advanced-manufacturing': /* @__PURE__ */ l('先进制造', '先進製造', 'Advanced manufacturing'),
  'new-materials': /* @__PURE__ */ l('新材料', '新材料', 'New materials'),
  'green-energy': /* @__PURE__ */ l('绿色能源', '綠色能源', 'Green energy'),
  'cultural-creative': /* @__PURE__ */ l('文化创意', '文化創意', 'Cultural and creative'),
  healthcare: /* @__PURE__ */ l('医疗健康', '醫療健康', 'Healthcare'),
  education: /* @__PURE__ */ l('教育科技', '教育科技', 'Education technology'),
  robotics: /* @__PURE__ */ l('机器人', '機械人', 'Robotics'),
  'smart-city': /* @__PURE__ */ l('智慧城市', '智慧城市', 'Smart city'),
  'e-commerce': /* @__PURE__ */ l('电子商务', '電子商務', 'E-commerce'),
};

export const INCUBATOR_LEVEL_LABELS: Labels<IncubatorLevel> = {
  'national-demonstration': /* @__PURE__ */ l('国家级示范基地', '國家級示範基地', 'National demonstration base'),
  'municipal-demonstration': /* @__PURE__ */ l('市级创业孵化示范基地', '市級創業孵化示範基地', 'Municipal incubation demonstration base'),
  'university-science-park': /* @__PURE__ */ l('大学科技园', '大學科技園', 'University science park'),
  district: /* @__PURE__ */ l('区级孵化基地', '區級孵化基地', 'District incubation base'),
  other: /* @__PURE__ */ l('其他孵化机构', '其他培育機構', 'Other incubator'),
};

export const ORGANIZATION_TYPE_LABELS: Labels<OrganizationType> = {
  university: /* @__PURE__ */ l('高校', '大學', 'University'),
  'science-park': /* @__PURE__ */ l('科技园区', '科技園', 'Science park'),
  association: /* @__PURE__ */ l('协会与联盟', '協會與聯盟', 'Association'),
  government: /* @__PURE__ */ l('政府机构', '政府機構', 'Government body'),
  lab: /* @__PURE__ */ l('实验室与研究机构', '實驗室與研究機構', 'Laboratory or institute'),
  enterprise: /* @__PURE__ */ l('企业', '企業', 'Enterprise'),
  investor: /* @__PURE__ */ l('投资机构', '投資機構', 'Investor'),
};

export const PROGRAM_KIND_LABELS: Labels<ProgramKind> = {
  course: /* @__PURE__ */ l('课程', '課程', 'Course'),
  training: /* @__PURE__ */ l('培训', '培訓', 'Training'),
  competition: /* @__PURE__ */ l('竞赛', '比賽', 'Competition'),
  exchange: /* @__PURE__ */ l('交流项目', '交流計劃', 'Exchange'),
  internship: /* @__PURE__ */ l('实习', '實習', 'Internship'),
  fellowship: /* @__PURE__ */ l('资助计划', '資助計劃', 'Fellowship'),
  mentorship: /* @__PURE__ */ l('导师计划', '導師計劃', 'Mentorship'),
};

export const TALENT_CATEGORY_LABELS: Labels<TalentCategory> = {
  'top-scientist': /* @__PURE__ */ l('顶尖科学家', '頂尖科學家', 'Top scientist'),
  'overseas-chinese': /* @__PURE__ */ l('海外华人人才', '海外華人人才', 'Overseas Chinese talent'),
  'young-talent': /* @__PURE__ */ l('青年人才', '青年人才', 'Young talent'),
  'industry-application': /* @__PURE__ */ l('产业应用人才', '產業應用人才', 'Industry application talent'),
};

export const JURISDICTION_LABELS: Labels<Jurisdiction> = {
  shanghai: /* @__PURE__ */ l('上海市', '上海市', 'Shanghai'),
  pudong: /* @__PURE__ */ l('浦东新区', '浦東新區', 'Pudong'),
  'hong-kong': /* @__PURE__ */ l('香港', '香港', 'Hong Kong'),
  national: /* @__PURE__ */ l('全国', '全國', 'National'),
};

export const REGION_LABELS: Labels<'shanghai' | 'hong-kong'> = {
  shanghai: /* @__PURE__ */ l('上海', '上海', 'Shanghai'),
  'hong-kong': /* @__PURE__ */ l('香港', '香港', 'Hong Kong'),
};
