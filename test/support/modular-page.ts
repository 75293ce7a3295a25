/**
 * An invented modular page (all names, places and events made up by the Baoku authors): rows of
 * articles side by side on a 4-column grid, as e-paper pages are set, for the PDF tests. The
 * heads of each row stand level; the gutter between the 2nd and 3rd columns runs down the whole
 * page; a one-column article has a picture; a short one leaves white space under it.
 */
import type { LayoutPage } from './make-pdf.js';

export const modularPage: LayoutPage = {
  paper: '青川晨报',
  dateLine: '2026年4月14日　星期二',
  page: 2,
  columns: 4,
  rows: [
    [2, 2],
    [2, 1, 1],
  ],
  articles: [
    {
      kicker: '青川区部署今年城乡建设重点工作',
      title: '老旧小区改造年内完成六十个',
      byline: '本报记者 唐知远',
      paragraphs: [
        '4月13日，青川区召开城乡建设工作会议，总结去年城乡建设工作，部署今年重点任务。区长贺明川出席会议并讲话。',
        '会议提出，今年全区将完成六十个老旧小区改造，重点解决屋面漏水、管网老化、停车难等群众反映集中的问题，同步加装电梯、增设充电设施和休闲场地，让老小区住出新感觉。',
        '贺明川指出，城乡建设要坚持规划先行，统筹新城开发和旧城更新，加快补齐公共服务短板。要把好工程质量关和安全关，落实参建各方责任，对违法分包、偷工减料等行为严查快处。',
        '会议还对农村道路提档升级、城区排水防涝、背街小巷整治等工作作了安排。各镇街、区直有关部门负责人参加会议。',
      ],
    },
    {
      title: '南岭湖湿地公园春季开园',
      paragraphs: [
        '本报讯（记者 白露晞）4月12日，南岭湖湿地公园春季开园，园内新修的环湖步道、观鸟台和科普长廊同时向市民开放。',
        '公园管理处负责人介绍，今年新栽种各类水生植物三万余株，湖区水质持续向好，前来越冬的候鸟种类比去年增加了十一种。',
        '开园首日，不少市民带着孩子前来踏青。市民韩晓雯说：“家门口就有这么好的去处，周末又多了一个好地方。”',
      ],
    },
    {
      title: '青川职教中心开设无人机专业',
      paragraphs: [
        '本报讯（记者 柯云帆）记者从青川职业教育中心获悉，该校今年秋季起开设无人机应用技术专业，首批计划招收学生八十名。',
        '学校负责人介绍，新专业与区内三家企业合作办学，学生在校学习飞行操控、航拍测绘和设备维修等课程，第三学年到合作企业顶岗实习，毕业后可优先录用。',
        '近年来，青川职教中心围绕区内产业发展调整专业设置，先后开设了新能源汽车维修、电子商务等专业，毕业生就业率保持在九成以上。',
      ],
    },
    {
      title: '石桥村樱桃进入采摘季',
      paragraphs: [
        '本报讯（通讯员 龚小满）眼下，青川区石桥村四百多亩樱桃陆续成熟，吸引了大批游客前来采摘。',
        '村党支部书记邓国华说，村里今年新建了冷链仓储点，樱桃摘下后当天就能发往外地，预计全村樱桃销售收入可超过三百万元。',
      ],
      photo: { caption: '游客在石桥村樱桃园采摘。', credit: '本报记者 乔木森 摄' },
      photoAfter: 0,
    },
    {
      title: '区图书馆延长开放时间',
      paragraphs: ['本报讯 从4月15日起，青川区图书馆每天开放时间延长至晚上九时，方便读者下班后借阅图书。'],
    },
  ],
};
