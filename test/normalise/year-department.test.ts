import { describe, expect, it } from 'vitest';
import { departmentInTitle, departmentOf } from '../../src/normalise/department.js';
import { yearOf } from '../../src/normalise/year.js';

describe('years', () => {
  it.each([
    ['2021年度', 2021],
    ['（ 2022  年度）', 2022],
    ['部门：株洲市社会保险服务中心 2021年度 公开01表', 2021],
    ['上海市普陀区财政局2024年度部门决算', 2024],
    ['上海市财政局25年预算', 2025],
    ['２０２３年度部门（单位）整体支出绩效自评表', 2023],
    ['收入决算表', null],
    ['编制人数95人，在职80人', null],
  ])('%j → %j', (text, year) => expect(yearOf(text)).toBe(year));
});

describe('departments', () => {
  it.each([
    ['部门：株洲市社会保险服务中心', '株洲市社会保险服务中心'],
    ['部门：株洲市社会保险服务中心 2021年度 公开01表', '株洲市社会保险服务中心'],
    ['填报单位：衡阳县社会保险服务中心     单位：万元                  填报时间：2023年2月20日', '衡阳县社会保险服务中心'],
    ['填报单位（盖章）：  衡阳县社会保险服务中心         填报时间：2023年2月20日', '衡阳县社会保险服务中心'],
    ['编制单位：上海市财政局', '上海市财政局'],
    ['项目实施单位： 正宁县社会保险局', '正宁县社会保险局'],
    ['单位：万元', null],
    ['金额单位：万元', null],
  ])('%j → %j', (text, dept) => expect(departmentOf(text)).toBe(dept));

  it.each([
    ['上海市普陀区财政局2024年度部门决算', '上海市普陀区财政局'],
    ['上海市普陀区人民政府万里街道办事处24年预算', '上海市普陀区人民政府万里街道办事处'],
    ['株洲市社会保险服务中心2021年度部门决算', '株洲市社会保险服务中心'],
    ['2021年度部门决算', null],
  ])('title %j → %j', (title, dept) => expect(departmentInTitle(title)).toBe(dept));
});
