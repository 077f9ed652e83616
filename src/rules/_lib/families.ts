import type { Family } from './types.js';

/** What each catalogue family covers, in English and Chinese (README "Rules"; `gongkai rules`). */
export const FAMILIES: Record<Family, { en: string; zh: string }> = {
  A1: { en: 'general arithmetic and narrative', zh: '通用算术与文字表述' },
  A2: { en: '三公', zh: '三公经费' },
  A3: { en: '决算 table identities', zh: '决算表内勾稽' },
  A4: { en: '决算 cross-table', zh: '决算表间勾稽' },
  A5: { en: '决算 narrative against the tables', zh: '决算文字说明与表格' },
  A6: { en: '自评表 scoring', zh: '自评表评分' },
  A7: { en: 'execution, staffing, 基础数据表', zh: '执行率、人员与基础数据表' },
  A8: { en: 'lint', zh: '格式检查' },
  A9: { en: 'framework structure', zh: '指标框架结构' },
  AX: { en: 'added by gongkai', zh: 'gongkai 增补规则' },
  AC: { en: 'across documents of one body (gongkai check --cross)', zh: '跨文档核对（同一单位的预算与决算、上下年度）' },
};
