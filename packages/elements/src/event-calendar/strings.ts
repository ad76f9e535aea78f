import type { Locale } from '@shhk/sdk';

/**
 * Every user-visible string of `<hk-event-calendar>`, in one locale. Parameterised strings are
 * functions so that word order and plurals stay the translator's business, not the template's.
 */
export interface CalendarStrings {
  calendar: string;
  previousMonth: string;
  nextMonth: string;
  previousWeek: string;
  nextWeek: string;
  today: string;
  jumpToMonth: string;
  views: string;
  viewMonth: string;
  viewWeek: string;
  viewList: string;
  upcomingTitle: string;
  filters: string;
  filterKind: string;
  filterRegion: string;
  filterOrganizer: string;
  filterAudience: string;
  filterTag: string;
  search: string;
  searchPlaceholder: string;
  clearFilters: string;
  activeFilters: (n: number) => string;
  loading: string;
  error: string;
  retry: string;
  emptyMonth: (month: string) => string;
  emptyWeek: string;
  emptyUpcoming: string;
  nextMonthWithEvents: (month: string) => string;
  sourceFailed: (source: string) => string;
  /** The error state when the only sources, ICS feeds, all failed. */
  feedFailed: (source: string) => string;
  sourceApi: string;
  sourceDataset: string;
  sourceFeed: (host: string) => string;
  sourceProvided: string;
  skipped: (n: number) => string;
  eventCount: (n: number) => string;
  monthSummary: (month: string, n: number) => string;
  more: (n: number) => string;
  showMore: (n: number) => string;
  /** Above an agenda that starts at a chosen day (from the week's "+N more"): back to the month's first days. */
  showEarlier: string;
  showingOf: (shown: number, total: number) => string;
  allDay: string;
  holiday: string;
  makeupWorkday: string;
  /** Follows a holiday's name when its date is announced but not yet gazetted (with its own spacing). */
  toBeVerified: string;
  regionMainland: string;
  regionHongKong: string;
  inRegion: (region: string) => string;
  dayPanelEmpty: string;
  close: string;
  when: string;
  where: string;
  online: string;
  joinOnline: string;
  organizers: string;
  registration: string;
  register: string;
  registrationCloses: (when: string) => string;
  registrationClosed: string;
  moreInfo: string;
  addToCalendar: string;
  downloadIcs: string;
  outlook: string;
  google: string;
  share: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  subscribe: string;
  subscribeIntro: string;
  subscribeApp: string;
  subscribeWeb: string;
  copy: string;
  googleDelay: string;
  subscribeFilters: (summary: string) => string;
  allEvents: string;
  downloadRange: (range: string) => string;
  zoneLabel: string;
  timesIn: (zone: string) => string;
  /** The `time-zone` attribute names no zone the browser knows: say which one is used instead. */
  unknownZone: (requested: string, used: string) => string;
  yourTime: (time: string) => string;
  /** The event's own local time, when the calendar shows the visitor's zone. */
  eventTime: (time: string) => string;
  showMyZone: string;
  showExchangeZone: string;
  /** Back from the visitor's zone to the one the page configured, when that is not UTC+8. */
  showZone: (zone: string) => string;
  untitled: string;
  wechatHint: string;
  opensNewTab: string;
  /** Name of a month-grid day button: weekday and date, count, then holidays. */
  dayLabel: (date: string, count: number, extras: string[]) => string;
}

const list = (sep: string, items: string[]): string => items.filter(Boolean).join(sep);

const en: CalendarStrings = {
  calendar: 'Events calendar',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  today: 'Today',
  jumpToMonth: 'Jump to month',
  views: 'View',
  viewMonth: 'Month',
  viewWeek: 'Week',
  viewList: 'List',
  upcomingTitle: 'Upcoming events',
  filters: 'Filters',
  filterKind: 'Type',
  filterRegion: 'Region',
  filterOrganizer: 'Organiser',
  filterAudience: 'Audience',
  filterTag: 'Topic',
  search: 'Search events',
  searchPlaceholder: 'Title, venue or organiser',
  clearFilters: 'Clear all filters',
  activeFilters: (n) => (n === 0 ? 'Filters' : `Filters (${n})`),
  loading: 'Loading events…',
  error: "We couldn't load the events. Check your connection and try again.",
  retry: 'Try again',
  emptyMonth: (month) => `No events in ${month}`,
  emptyWeek: 'No events this week',
  emptyUpcoming: 'No upcoming events',
  nextMonthWithEvents: (month) => `Next month with events: ${month}`,
  sourceFailed: (source) => `${source} couldn't be loaded, so its events are missing. The other events are shown.`,
  feedFailed: (source) => `${source} couldn't be loaded. Try again later.`,
  sourceApi: 'The exchange event service',
  sourceDataset: 'The event data file',
  sourceFeed: (host) => `The calendar feed from ${host}`,
  sourceProvided: 'The page’s own events',
  skipped: (n) => (n === 1 ? '1 record couldn’t be shown.' : `${n} records couldn’t be shown.`),
  eventCount: (n) => (n === 1 ? '1 event' : `${n} events`),
  monthSummary: (month, n) => `${month}: ${n === 1 ? '1 event' : `${n} events`}`,
  more: (n) => `+${n} more`,
  showMore: (n) => `Show more events (${n} left)`,
  showEarlier: 'Show earlier days',
  showingOf: (shown, total) => `Showing ${shown} of ${total} events`,
  allDay: 'All day',
  holiday: 'Public holiday',
  makeupWorkday: 'Make-up working day (mainland)',
  toBeVerified: ', to be verified',
  regionMainland: 'mainland',
  regionHongKong: 'Hong Kong',
  inRegion: (region) => ` (${region})`,
  dayPanelEmpty: 'No events on this day.',
  close: 'Close',
  when: 'When',
  where: 'Where',
  online: 'Online',
  joinOnline: 'Join online',
  organizers: 'Organisers',
  registration: 'Registration',
  register: 'Register',
  registrationCloses: (when) => `Registration closes ${when}`,
  registrationClosed: 'Registration has closed',
  moreInfo: 'Event website',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Apple / .ics file',
  outlook: 'Outlook',
  google: 'Google Calendar',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Couldn’t copy. Select the link and copy it yourself.',
  subscribe: 'Subscribe',
  subscribeIntro: 'Add these events to your calendar app. It will keep them up to date.',
  subscribeApp: 'Calendar app (webcal)',
  subscribeWeb: 'Web address (https)',
  copy: 'Copy',
  googleDelay: 'Google Calendar may take 12–24 h to update.',
  subscribeFilters: (summary) => `Includes: ${summary}`,
  allEvents: 'all events',
  downloadRange: (range) => `Download .ics for ${range}`,
  zoneLabel: 'UTC+8 (Shanghai/HK)',
  timesIn: (zone) => `Times in ${zone}.`,
  unknownZone: (requested, used) => `“${requested}” isn’t a time zone this browser knows, so times are shown in ${used}.`,
  yourTime: (time) => `Your time: ${time}`,
  eventTime: (time) => `Local time at the event: ${time}`,
  showMyZone: 'Show in my time zone',
  showExchangeZone: 'Show in Shanghai/HK time',
  showZone: (zone) => `Show in ${zone}`,
  untitled: 'Untitled event',
  wechatHint: 'Open this page in your browser to add this event to your calendar.',
  opensNewTab: '(opens in new tab)',
  dayLabel: (date, count, extras) =>
    list(', ', [date, count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`, ...extras]),
};

const zhHans: CalendarStrings = {
  calendar: '活动日历',
  previousMonth: '上个月',
  nextMonth: '下个月',
  previousWeek: '上一周',
  nextWeek: '下一周',
  today: '今天',
  jumpToMonth: '跳转到月份',
  views: '视图',
  viewMonth: '月',
  viewWeek: '周',
  viewList: '列表',
  upcomingTitle: '即将举行的活动',
  filters: '筛选',
  filterKind: '类型',
  filterRegion: '地区',
  filterOrganizer: '主办方',
  filterAudience: '对象',
  filterTag: '主题',
  search: '搜索活动',
  searchPlaceholder: '名称、地点或主办方',
  clearFilters: '清除全部筛选',
  activeFilters: (n) => (n === 0 ? '筛选' : `筛选（${n}）`),
  loading: '正在加载活动…',
  error: '活动加载失败，请检查网络后重试。',
  retry: '重试',
  emptyMonth: (month) => `${month}暂无活动`,
  emptyWeek: '本周暂无活动',
  emptyUpcoming: '暂无即将举行的活动',
  nextMonthWithEvents: (month) => `下一个有活动的月份：${month}`,
  sourceFailed: (source) => `${source}未能加载，其中的活动暂未显示；其他活动照常显示。`,
  feedFailed: (source) => `${source}未能加载，请稍后再试。`,
  sourceApi: '交流活动服务',
  sourceDataset: '活动数据文件',
  sourceFeed: (host) => `来自 ${host} 的日历订阅源`,
  sourceProvided: '本页提供的活动',
  skipped: (n) => `有 ${n} 条记录无法显示。`,
  eventCount: (n) => `${n} 场活动`,
  monthSummary: (month, n) => `${month}：${n} 场活动`,
  more: (n) => `另有 ${n} 场`,
  showMore: (n) => `显示更多活动（还有 ${n} 场）`,
  showEarlier: '显示更早的日期',
  showingOf: (shown, total) => `已显示 ${shown} / ${total} 场活动`,
  allDay: '全天',
  holiday: '法定假日',
  makeupWorkday: '内地调休上班日',
  toBeVerified: '，待核实',
  regionMainland: '内地',
  regionHongKong: '香港',
  inRegion: (region) => `（${region}）`,
  dayPanelEmpty: '当天没有活动。',
  close: '关闭',
  when: '时间',
  where: '地点',
  online: '线上',
  joinOnline: '线上参加',
  organizers: '主办方',
  registration: '报名',
  register: '报名',
  registrationCloses: (when) => `报名截止：${when}`,
  registrationClosed: '报名已截止',
  moreInfo: '活动网站',
  addToCalendar: '添加到日历',
  downloadIcs: 'Apple / .ics 文件',
  outlook: 'Outlook',
  google: 'Google 日历',
  share: '分享',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '无法复制，请手动选择链接复制。',
  subscribe: '订阅',
  subscribeIntro: '将这些活动添加到您的日历应用，并自动保持更新。',
  subscribeApp: '日历应用（webcal）',
  subscribeWeb: '网址（https）',
  copy: '复制',
  googleDelay: 'Google 日历可能需要 12–24 小时才会更新。',
  subscribeFilters: (summary) => `包括：${summary}`,
  allEvents: '全部活动',
  downloadRange: (range) => `下载${range}的 .ics 文件`,
  zoneLabel: '北京时间',
  timesIn: (zone) => `时间均为${zone}。`,
  unknownZone: (requested, used) => `浏览器无法识别时区“${requested}”，因此时间按${used}显示。`,
  yourTime: (time) => `您的当地时间：${time}`,
  eventTime: (time) => `活动当地时间：${time}`,
  showMyZone: '按我的时区显示',
  showExchangeZone: '按北京时间显示',
  showZone: (zone) => `按${zone}显示`,
  untitled: '未命名活动',
  wechatHint: '请在浏览器中打开本页，以将活动添加到日历。',
  opensNewTab: '（在新标签页打开）',
  dayLabel: (date, count, extras) => list('，', [date, count === 0 ? '无活动' : `${count} 场活动`, ...extras]),
};

const zhHantHK: CalendarStrings = {
  calendar: '活動日曆',
  previousMonth: '上個月',
  nextMonth: '下個月',
  previousWeek: '上一週',
  nextWeek: '下一週',
  today: '今天',
  jumpToMonth: '跳至月份',
  views: '檢視',
  viewMonth: '月',
  viewWeek: '週',
  viewList: '列表',
  upcomingTitle: '即將舉行的活動',
  filters: '篩選',
  filterKind: '類型',
  filterRegion: '地區',
  filterOrganizer: '主辦機構',
  filterAudience: '對象',
  filterTag: '主題',
  search: '搜尋活動',
  searchPlaceholder: '名稱、地點或主辦機構',
  clearFilters: '清除所有篩選',
  activeFilters: (n) => (n === 0 ? '篩選' : `篩選（${n}）`),
  loading: '正在載入活動…',
  error: '未能載入活動，請檢查網絡連線後再試。',
  retry: '再試一次',
  emptyMonth: (month) => `${month}暫無活動`,
  emptyWeek: '本週暫無活動',
  emptyUpcoming: '暫無即將舉行的活動',
  nextMonthWithEvents: (month) => `下一個有活動的月份：${month}`,
  sourceFailed: (source) => `${source}未能載入，其中的活動暫未顯示；其他活動照常顯示。`,
  feedFailed: (source) => `${source}未能載入，請稍後再試。`,
  sourceApi: '交流活動服務',
  sourceDataset: '活動資料檔',
  sourceFeed: (host) => `來自 ${host} 的日曆訂閱來源`,
  sourceProvided: '本頁提供的活動',
  skipped: (n) => `有 ${n} 項記錄未能顯示。`,
  eventCount: (n) => `${n} 個活動`,
  monthSummary: (month, n) => `${month}：${n} 個活動`,
  more: (n) => `另有 ${n} 個`,
  showMore: (n) => `顯示更多活動（尚有 ${n} 個）`,
  showEarlier: '顯示較早的日子',
  showingOf: (shown, total) => `已顯示 ${shown} / ${total} 個活動`,
  allDay: '全日',
  holiday: '公眾假期',
  makeupWorkday: '內地調休上班日',
  toBeVerified: '，有待核實',
  regionMainland: '內地',
  regionHongKong: '香港',
  inRegion: (region) => `（${region}）`,
  dayPanelEmpty: '當日沒有活動。',
  close: '關閉',
  when: '時間',
  where: '地點',
  online: '網上',
  joinOnline: '網上參與',
  organizers: '主辦機構',
  registration: '報名',
  register: '報名',
  registrationCloses: (when) => `報名截止：${when}`,
  registrationClosed: '報名已截止',
  moreInfo: '活動網站',
  addToCalendar: '加入日曆',
  downloadIcs: 'Apple / .ics 檔案',
  outlook: 'Outlook',
  google: 'Google 日曆',
  share: '分享',
  copyLink: '複製連結',
  linkCopied: '已複製連結',
  copyFailed: '未能複製，請自行選取連結再複製。',
  subscribe: '訂閱',
  subscribeIntro: '將這些活動加入你的日曆應用程式，並自動保持更新。',
  subscribeApp: '日曆應用程式（webcal）',
  subscribeWeb: '網址（https）',
  copy: '複製',
  googleDelay: 'Google 日曆可能需時 12–24 小時才會更新。',
  subscribeFilters: (summary) => `包括：${summary}`,
  allEvents: '所有活動',
  downloadRange: (range) => `下載${range}的 .ics 檔案`,
  zoneLabel: '香港時間',
  timesIn: (zone) => `時間均為${zone}。`,
  unknownZone: (requested, used) => `瀏覽器無法識別時區「${requested}」，因此時間按${used}顯示。`,
  yourTime: (time) => `你的當地時間：${time}`,
  eventTime: (time) => `活動當地時間：${time}`,
  showMyZone: '按我的時區顯示',
  showExchangeZone: '按香港時間顯示',
  showZone: (zone) => `按${zone}顯示`,
  untitled: '未命名活動',
  wechatHint: '請在瀏覽器中開啟本頁，以將活動加入日曆。',
  opensNewTab: '（在新分頁開啟）',
  dayLabel: (date, count, extras) => list('，', [date, count === 0 ? '沒有活動' : `${count} 個活動`, ...extras]),
};

/** The calendar's strings, by locale. Exported for the completeness test and for overrides. */
export const CALENDAR_STRINGS: Readonly<Record<Locale, CalendarStrings>> = {
  'zh-Hans': zhHans,
  'zh-Hant-HK': zhHantHK,
  en,
};

/** The strings for `locale`. */
export function calendarStrings(locale: Locale): CalendarStrings {
  return CALENDAR_STRINGS[locale] ?? zhHans;
}
