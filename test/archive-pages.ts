/**
 * Invented pages for the archive tests, laid out as src/model.ts objects (no parser involved).
 * All text is made up for Baoku; the fictional 青溪日报 does not exist.
 */
import type { Article, Page } from '../src/model.js';

export const paper = '青溪日报';

function article(fields: Partial<Article> & { title: string }): Article {
  return {
    kicker: null,
    subtitle: null,
    byline: null,
    paragraphs: [],
    subheadings: [],
    photos: [],
    continuedTo: null,
    continuedFrom: null,
    ...fields,
  };
}

const byline = (reporters: string[]) => ({
  text: `本报讯（青溪日报记者 ${reporters.join(' ')}）`,
  source: '青溪日报',
  reporters,
});

/** 2025-03-14, page 1: a story that jumps to page 3, and a short item naming 苏禾. */
export const frontPage: Page = {
  articles: [
    article({
      kicker: '引进企业四十余家',
      title: '青溪新区数字产业园开园',
      subtitle: '首批项目涵盖AI质检与智能制造',
      byline: byline(['林晓雯']),
      paragraphs: [
        '3月13日上午，青溪新区数字产业园正式开园。区委书记周启明出席开园仪式并致辞。',
        '园区规划面积一千二百亩，首批入驻企业主要从事AI质检、工业软件和智能装备研发，',
        '(下转3版)',
      ],
      photos: [{ caption: '图为产业园展示中心。', credit: '青溪日报记者 陶然 摄', photographers: ['陶然'] }],
      continuedTo: { page: 3, marker: '(下转3版)' },
    }),
    article({
      title: '春耕备耕有序推进',
      byline: byline(['韩松']),
      paragraphs: [
        '连日来，青溪区各镇街抢抓农时开展春耕备耕。副区长苏禾到石桥镇查看育秧情况。',
        '现场要点',
        '苏禾要求，要做好农资供应和技术指导，确保不误农时。',
      ],
      subheadings: [1],
    }),
  ],
  people: [
    { name: '周启明', titles: ['青溪区委书记'], articles: [0] },
    { name: '苏禾', titles: ['青溪区副区长'], articles: [1] },
    { name: '林晓雯', titles: ['青溪日报记者'], articles: [0] },
  ],
  organisations: [{ name: '青溪新区数字产业园', articles: [0] }],
  events: [
    {
      article: 0,
      type: 'meeting',
      date: '03-13',
      name: '数字产业园开园仪式',
      roles: { attended: ['周启明', '苏禾'], spoke: ['周启明'] },
    },
  ],
  messages: [],
};

/** 2025-03-14, page 3: the continuation (repeated title, 上接 marker) and an item naming another 苏禾. */
export const thirdPage: Page = {
  articles: [
    article({
      title: '青溪新区数字产业园开园',
      paragraphs: [
        '（上接第一版）',
        '并将建设量子传感联合实验室。周启明说，要以园区为平台，推动数字经济和实体经济深度融合。',
      ],
      continuedFrom: { page: 1, marker: '（上接第一版）' },
    }),
    article({
      title: '青溪图书馆延长开放时间',
      byline: byline(['苏禾']),
      paragraphs: ['自3月15日起，青溪图书馆每日开放至晚上九点，方便<读者>夜读。'],
    }),
  ],
  people: [
    { name: '周启明', titles: [], articles: [0] },
    { name: '苏禾', titles: ['青溪日报记者'], articles: [1] },
  ],
  organisations: [],
  events: [],
  messages: [],
};

/** 2025-03-15, page 1: 周启明 again, with a compatible, shorter title. */
export const nextDayPage: Page = {
  articles: [
    article({
      title: '区委常委会研究一季度经济工作',
      byline: byline(['林晓雯']),
      paragraphs: ['3月14日，区委书记周启明主持召开区委常委会会议，研究一季度经济运行工作。'],
    }),
  ],
  people: [{ name: '周启明', titles: ['区委书记'], articles: [0] }],
  organisations: [],
  events: [{ article: 0, type: 'meeting', date: '03-14', roles: { presided: ['周启明'] } }],
  messages: [],
};

export const key = (date: string, page: number) => ({ paper, date, page });
