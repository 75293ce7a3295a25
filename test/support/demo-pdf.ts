/**
 * The demo's one PDF page (invented news, like the rest of demo/), so that `baoku demo` shows a
 * page image with clickable articles. The PDF is committed: the demo never needs a browser.
 * Reprint it after changing the page: npx tsc -p . && node dist/test/support/demo-pdf.js
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LayoutPage, makePdf } from './make-pdf.js';

export const demoPdfPage: LayoutPage = {
  paper: '江城晚报',
  dateLine: '2025年9月18日　星期四',
  page: 5,
  columns: 4,
  articles: [
    {
      kicker: '老旧小区改造惠及两万余户居民',
      title: '江城今年改造老旧小区一百二十个',
      subtitle: '加装电梯三百余部 新增停车位四千个',
      byline: '本报记者 苏小棠',
      paragraphs: [
        '9月17日，记者从市住房和城乡建设局获悉，今年全市计划改造的一百二十个老旧小区已全部开工，其中八十六个已完成主体改造，惠及居民两万余户。',
        '今年的改造坚持“先民生后提升”，优先解决屋面漏水、管网老化、道路破损等群众反映强烈的问题，同步推进加装电梯、增设停车位和充电桩。',
        '在临港区梧桐里小区，新装的电梯已投入使用。住在六楼的居民陈阿婆说：“以前上下楼要歇好几次，现在按个键就到家了。”',
        '市住房和城乡建设局相关负责人表示，改造中每个小区都成立了居民议事会，设计方案经居民投票后再施工，做到改不改、怎么改由居民说了算。',
        '下一步，全市将探索引入社会资本参与小区改造和后续管理，建立长效管护机制，让老旧小区既“改得好”又“管得好”。',
      ],
      photo: {
        caption: '临港区梧桐里小区新装的电梯投入使用。',
        credit: '江城晚报记者 高远 摄',
      },
      photoAfter: 2,
    },
    {
      title: '江滨绿道二期全线贯通',
      paragraphs: [
        '本报讯 记者 方嘉禾 报道 9月17日，江滨绿道二期工程全线贯通。二期绿道全长约十一公里，串联起五个滨江公园和三处历史街区，沿线设置驿站八座。',
        '绿道采用慢行步道与骑行道分离的设计，夜间照明全覆盖。市民可在驿站免费借用轮椅和婴儿车，驿站还提供饮水和手机充电服务。',
        '据介绍，江滨绿道一期、二期贯通后总长达二十六公里，成为市民休闲健身的新去处。',
      ],
    },
    {
      kicker: '便民服务',
      title: '社区食堂开进十个街道',
      paragraphs: [
        '本报讯 记者 苏小棠 通讯员 王磊 报道 首批十家社区食堂日前在全市十个街道开门营业，每餐两荤两素，老年人就餐可享受八折优惠。',
        '“饭菜口味清淡，价格也实惠，我天天来这里吃午饭。”正在就餐的王大爷说。',
      ],
    },
  ],
};

export const demoPdfPath = (root: string) => join(root, 'demo', 'pages', '江城晚报', '2025-09-18', '05.pdf');

// Run directly: reprint the committed PDF (dist/test/support/ lies three levels below the root).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  await makePdf(demoPdfPage, demoPdfPath(root));
  console.log(`printed ${demoPdfPath(root)}`);
}
