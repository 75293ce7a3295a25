import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/extract/dates.js';
import { extract } from '../src/extract/index.js';
import type { Article } from '../src/model.js';

/**
 * The position rules on invented news (written for these tests, in the style of a city paper):
 * who is a name, which title belongs to whom, which words are not names, dates and roles.
 */

function article(paragraphs: string[], heads: Partial<Article> = {}): Article {
  return {
    kicker: null,
    title: '测试报道',
    subtitle: null,
    byline: null,
    paragraphs,
    subheadings: [],
    photos: [],
    continuedTo: null,
    continuedFrom: null,
    ...heads,
  };
}

function people(articles: Article[], date?: string): Map<string, string[]> {
  return new Map(extract(articles, { date }).people.map((person) => [person.name, person.titles]));
}

test('rules: title + name, a 、-list sharing one title, and a postfix title', () => {
  const found = people([
    article([
      '3月2日上午，青川县委书记罗振川前往青川县职业中学调研。县领导白晓梅、汤立新参加。',
      '罗振川强调，要深入学习贯彻习近平总书记关于教育的重要论述。',
    ]),
  ]);
  assert.deepEqual(found.get('罗振川'), ['青川县委书记']);
  assert.deepEqual(found.get('白晓梅'), ['县领导']);
  assert.deepEqual(found.get('汤立新'), ['县领导']);
  assert.deepEqual(found.get('习近平'), ['总书记']);
  assert.equal(found.size, 4, [...found.keys()].join(' '));
});

test('rules: ordinary words that begin with a surname are not names', () => {
  const found = people([
    article([
      '会议强调，要推动文化、教育、卫生等事业高质量发展，全面落实市委、市政府工作要求。',
      '高度重视安全生产，金融、保险机构要加强服务，方便群众办事。',
    ]),
  ]);
  assert.deepEqual([...found.keys()], []);
});

test('rules: foreign names with ·, run-together headline names split by the body', () => {
  const found = people([
    article(['新西兰奥克兰市副市长伊莎贝尔·莫顿、东山区区长孔德平出席签约仪式。'], {
      subtitle: '伊莎贝尔·莫顿孔德平出席签约仪式',
    }),
  ]);
  assert.deepEqual(found.get('伊莎贝尔·莫顿'), ['新西兰奥克兰市副市长']);
  assert.deepEqual(found.get('孔德平'), ['东山区区长']);
  assert.equal(found.size, 2, [...found.keys()].join(' '));
});

test('rules: reporters and photographers from bylines, credits and datelines', () => {
  const found = people([
    article(['本报讯（记者 魏书航）青川县首届梨花节昨日开幕。', '本报记者  乔  楠摄'], {
      byline: { text: '本报讯(青川日报记者 魏书航)', source: '青川日报', reporters: ['魏书航'] },
    }),
    article(['新华社成都3月1日电（记者孟可欣、贾思远）四川省今年将新建农村公路一万公里。']),
  ]);
  assert.ok(found.get('魏书航')?.includes('青川日报记者'));
  assert.ok(found.has('乔楠'));
  assert.deepEqual(found.get('孟可欣'), ['记者']);
  assert.deepEqual(found.get('贾思远'), ['记者']);

  // a byline's correspondents: an intern (实习生) is no 通讯员
  const metro = people([
    article(['江城地铁3号线本月底试运行。'], {
      byline: {
        text: '□本报记者 孙悦　通讯员 钱明　实习生 何畅',
        source: '本报',
        reporters: ['孙悦'],
        correspondents: ['钱明', '何畅'],
      },
    }),
  ]);
  assert.ok(metro.get('钱明')?.includes('本报通讯员'));
  assert.ok(metro.get('何畅')?.includes('本报实习生'));
  assert.ok(!metro.get('何畅')?.includes('本报通讯员'));
});

test('rules: events get type, date, roles and place from the verbs', () => {
  const found = extract(
    [
      article(
        [
          '3月2日下午，青川县与绵州理工学院签署战略合作协议。青川县委书记罗振川，绵州理工学院院长葛文清出席签约仪式。',
          '县委副书记沈一鸣主持，县领导白晓梅、汤立新参加。',
          '活动中，白晓梅、葛文清代表双方签署协议。罗振川表示，双方合作前景广阔。',
        ],
        { title: '青川县与绵州理工学院签署战略合作协议' },
      ),
    ],
    { date: '2026-03-03' },
  );
  const [event] = found.events;
  assert.equal(event.type, 'signing');
  assert.equal(event.date, '2026-03-02');
  assert.equal(event.timeOfDay, 'afternoon');
  assert.deepEqual(event.roles.attended, ['罗振川', '葛文清']);
  assert.deepEqual(event.roles.presided, ['沈一鸣']);
  assert.deepEqual(event.roles.participated, ['白晓梅', '汤立新']);
  assert.deepEqual(event.roles.signed, ['白晓梅', '葛文清']);
  assert.deepEqual(event.roles.spoke, ['罗振川']);
  assert.ok(found.organisations.some((org) => org.name === '绵州理工学院'));
});

test('rules: dates resolve against the issue date', () => {
  assert.deepEqual(
    findDates('7月7日下午，双方签约。是日晚上举行晚会。', '2025-07-09').map((d) => [d.date, d.timeOfDay]),
    [
      ['2025-07-07', 'afternoon'],
      ['2025-07-07', 'evening'],
    ],
  );
  assert.equal(findDates('昨天，全县召开大会。', '2025-03-01')[0].date, '2025-02-28');
  assert.equal(findDates('近日，全县召开大会。', '2025-03-01')[0].date, null);
  assert.equal(findDates('12月30日，全县召开大会。', '2026-01-02')[0].date, '2025-12-30');
  assert.equal(findDates('7月7日，双方签约。')[0].date, '07-07');
});
