import type { Organization } from '../types.js';
import { lt, SYNTHETIC } from '../util.js';

const row = (id: string, type: Organization['type'], region: Organization['region'], districtId: string, zhHans: string, zhHant: string, en: string): Organization => ({
  id,
  type,
  name: lt(zhHans, zhHant, en),
  aliases: [],
  region,
  districtId,
  summary: lt('示例机构，仅供演示。', '示例機構，僅供演示。', 'Sample organisation for demonstration.'),
  url: `https://example.org/organizations/${id}`,
  provenance: SYNTHETIC,
});

/** A few generated investors and enterprises, so every organisation type has examples. */
export const SYNTHETIC_ORGANIZATIONS: readonly Organization[] = [
  row('org-syn-xinghai-ventures', 'investor', 'shanghai', 'sh-pudong', '星海创业投资', '星海創業投資', 'Xinghai Ventures'),
  row('org-syn-lanxin-microelectronics', 'enterprise', 'shanghai', 'sh-pudong', '澜芯微电子', '瀾芯微電子', 'Lanxin Microelectronics'),
  row('org-syn-suguang-biotech', 'enterprise', 'shanghai', 'sh-minhang', '溯光生物科技', '溯光生物科技', 'Suguang Biotech'),
  row('org-syn-oceanic-angel-fund', 'investor', 'hong-kong', 'hk-central-western', '灏海天使基金', '灝海天使基金', 'Oceanic Angel Fund'),
  row('org-syn-meridian-fintech', 'enterprise', 'hong-kong', 'hk-kwun-tong', '铭港金融科技', '銘港金融科技', 'Meridian Fintech'),
  row('org-syn-cobalt-capital', 'investor', 'hong-kong', 'hk-wan-chai', '钴蓝资本', '鈷藍資本', 'Cobalt Capital'),
];
