/** An invented page (names and events made up by the Baoku authors) for the OCR head tests. */
import type { LayoutPage } from './make-pdf.js';

/**
 * Invented heads of the kinds OCR got wrong: short bold heads, opening quotes, column tags with
 * a middle dot and a circled series number.
 */
export const headsPage: LayoutPage = {
  paper: '青川晨报',
  dateLine: '2026年3月9日　星期一',
  page: 4,
  columns: 2,
  width: 640,
  articles: [
    {
      title: '便民提示',
      paragraphs: [
        '本周六起，青川区政务服务中心延长周末办理时间，群众可在上午九时至下午五时办理社保、户籍等业务。',
      ],
      columns: 2,
    },
    {
      title: '“共享菜园”带旺乡村人气（乡村见闻）',
      paragraphs: [
        '石桥村把闲置地块分给村民认领，种菜、浇水、采摘都由认领人自己打理，收成可以带回家，也可以送到村里的食堂。',
        '村委会主任说，菜园开放以来，周末来认领的城里家庭越来越多，村里的民宿也跟着热闹起来。',
      ],
      columns: 2,
    },
    {
      title: '小镇夜市重新开张（乡村见闻·走基层③）',
      paragraphs: [
        '停业三个月的老街夜市昨晚重新开张，五十多个摊位沿河排开，小吃、手工艺品和农产品各占一段。',
      ],
      columns: 2,
    },
    {
      title: '国道养护工程全面完工',
      paragraphs: ['历时五个月的国道青川段养护工程近日完工，沿线路面、护栏和排水设施全部更新。'],
      columns: 2,
    },
  ],
};
