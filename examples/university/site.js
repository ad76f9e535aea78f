// The institute's page script: language and theme pickers. Language is kept in the URL (?lang=)
// so the sidebar's "Full calendar" link carries it; no cookies, no storage.
const TEXT = {
  en: {
    name: 'Shanghai–Hong Kong Joint Institute',
    sub: 'for Innovation and Entrepreneurship',
    home: 'News', events: 'Events calendar', programmes: 'Programmes', contact: 'Contact',
    language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', skip: 'Skip to content',
    newsTitle: 'News and stories',
    newsLead: 'Exchanges, competitions and start-up support between our Shanghai and Hong Kong campuses.',
    s1: 'Student teams head to the Haiju Yingcai semi-final',
    s1p: 'Four cross-campus teams qualified for the semi-final stage in Shanghai this December.',
    s2: 'New weekly course on protecting intellectual property',
    s2p: 'Founders from both cities can join seven Monday-evening sessions, in person or online.',
    s3: 'Innovation showcase postponed to the new year',
    s3p: 'The green-energy showcase moves to January; registered visitors will be contacted.',
    more: 'Full events calendar →',
    calTitle: 'Events calendar',
    calLead: 'Forums, competitions, roadshows, training and summer courses of the Shanghai–Hong Kong exchange. Subscribe to keep them in your own calendar.',
    back: '← Back to news',
    footer: 'A fictional institute: an example page of the Shanghai–Hong Kong Exchange Kit. Event data is sample data.',
  },
  'zh-Hans': {
    name: '沪港联合创新研究院', sub: '创新创业交流平台',
    home: '新闻', events: '活动日历', programmes: '项目', contact: '联系我们',
    language: '语言', theme: '主题', light: '浅色', dark: '深色', skip: '跳到正文',
    newsTitle: '新闻动态', newsLead: '沪港两地校区之间的交流、竞赛与创业支持。',
    s1: '学生团队晋级海聚英才大赛半决赛', s1p: '四支跨校区团队将于12月赴上海参加半决赛。',
    s2: '知识产权保护每周课程开课', s2p: '两地创业者可线下或线上参加七节周一晚间课程。',
    s3: '创新成果展延期至明年', s3p: '绿色能源成果展改至1月举行，已报名的来宾将另获通知。',
    more: '查看完整活动日历 →',
    calTitle: '活动日历', calLead: '沪港交流的论坛、大赛、路演、培训和暑期课程。订阅后可在您的日历中随时查看。',
    back: '← 返回新闻', footer: '虚构机构：沪港交流工具包的示例页面。活动数据为示例数据。',
  },
  'zh-Hant-HK': {
    name: '滬港聯合創新研究院', sub: '創新創業交流平台',
    home: '新聞', events: '活動日曆', programmes: '計劃', contact: '聯絡我們',
    language: '語言', theme: '主題', light: '淺色', dark: '深色', skip: '跳到正文',
    newsTitle: '新聞動態', newsLead: '滬港兩地校園之間的交流、比賽與創業支援。',
    s1: '學生團隊晉級海聚英才大賽準決賽', s1p: '四支跨校園團隊將於12月赴上海參加準決賽。',
    s2: '知識產權保護每週課程開課', s2p: '兩地創業者可親身或網上參加七節星期一晚上的課堂。',
    s3: '創新成果展延期至明年', s3p: '綠色能源成果展改於1月舉行，已報名的來賓將另獲通知。',
    more: '查看完整活動日曆 →',
    calTitle: '活動日曆', calLead: '滬港交流的論壇、大賽、路演、培訓和暑期課程。訂閱後可在你的日曆中隨時查看。',
    back: '← 返回新聞', footer: '虛構機構：滬港交流工具包的示例頁面。活動資料為示例資料。',
  },
};

const url = new URL(location.href);
const langParam = url.searchParams.get('lang');
let lang = langParam in TEXT ? langParam : 'en';

function apply() {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  for (const cal of document.querySelectorAll('hk-event-calendar')) cal.setAttribute('locale', lang);
  // Links to the full calendar (and the sidebar's share links, through calendar-url) keep the language.
  const keepLang = (href) => {
    const target = new URL(href, location.href);
    if (lang === 'en') target.searchParams.delete('lang');
    else target.searchParams.set('lang', lang);
    return target.pathname + target.search;
  };
  for (const a of document.querySelectorAll('a[data-keep-lang]')) a.href = keepLang(a.getAttribute('href'));
  for (const cal of document.querySelectorAll('hk-event-calendar[calendar-url]')) cal.setAttribute('calendar-url', keepLang(cal.getAttribute('calendar-url')));
  document.getElementById('lang').value = lang;
}

document.getElementById('lang').addEventListener('change', (event) => {
  lang = event.target.value;
  const next = new URL(location.href);
  if (lang === 'en') next.searchParams.delete('lang');
  else next.searchParams.set('lang', lang);
  history.replaceState(history.state, '', next);
  apply();
});
document.getElementById('theme').addEventListener('change', (event) => {
  const dark = event.target.value === 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : '';
  for (const cal of document.querySelectorAll('hk-event-calendar')) cal.setAttribute('theme', dark ? 'dark' : 'light');
});
apply();
