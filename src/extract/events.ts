import type { Article, PageEvent, Person } from '../model.js';
import { findDates } from './dates.js';
import { lexicon, WordScanner } from './lexicon.js';
import { endsWithWord, isPunctuation, isPunctuationAt } from './names.js';

/**
 * The event an article reports: its type from the head (签署 → signing, 调研 → inspection,
 * 会议 → meeting …), its date from the first date of the body, and roles from verbs:
 * the names standing as subject before 出席 / 主持 / 参加 / 强调 … get that verb's role.
 * 他 / 她 stand for the subject of the sentence before; 并讲话 keeps the subject of 出席.
 */

const roleOf = new Map(lexicon.roleVerbs);
const roleVerbs = [...roleOf.keys()];
/** Other verbs that take the names before them (罗照辉介绍…): they end a wait for a role verb
 * (not 代表: 白晓梅、葛文清代表双方签署 is how 签署 finds its signers). */
const otherVerbs = lexicon.followers.filter(
  (word) => word.length > 1 && !roleOf.has(word) && word !== '代表' && word !== '共同',
);
/** The kinds of token findRoles reads, in the order they are tried at a position. */
enum Token {
  Name,
  Pronoun,
  Verb,
  Comma,
  Other,
}
/** The page's names, then 他们 / 他 / 她, role verbs, clause commas and other verbs: the tokens of
 * the alternation (names)|(他们|他|她)|(verbs)|([，,：:])|(others), leftmost first. */
const fixedTokens = new WordScanner<Token>([
  { words: ['他们', '他', '她'], tag: Token.Pronoun },
  { words: roleVerbs, tag: Token.Verb },
  { words: ['，', ',', '：', ':'], tag: Token.Comma },
  { words: otherVerbs, tag: Token.Other },
]);
function tokenScanner(names: readonly string[]): WordScanner<Token> {
  return new WordScanner<Token>([{ words: names, tag: Token.Name }], fixedTokens);
}
const sentenceEnd = /[。！？；!?;]/;
const nameIntroducers = ['由', '和', '与', '同', '及'];
const meetingNameRe =
  /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?)?([^，,。；]{4,60}?)(?:在[^，,。；]{2,20})?(?:召开|举行|开幕)/;
const placeRe =
  /(?:前往|来到|走进|深入|赴|到)([^，,。、；]{2,30}?(?:学院|大学|学校|公司|集团|医院|中心|基地|园区|社区|村|镇|街道|县|区|市|企业|工厂|项目))/;
const headPlaceRe = /(?:调研|考察|视察|检查)([^，,。、；]{2,30}?)时/;

function eventType(article: Article): string | null {
  const head = [article.kicker, article.title, article.subtitle].filter(Boolean).join('，');
  for (const text of [head, article.paragraphs[0] ?? '']) {
    for (const [word, type] of lexicon.eventTypes) if (text.includes(word)) return type;
  }
  return null;
}

/** Is the name at `at` standing as a subject: at a clause start, or right after a title? */
function subjectPosition(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !isPunctuationAt(text, start - 1)) start--;
  // What stands before (text.slice(start, at)) is empty, ends in an introducer or in a title word.
  if (start === at) return true;
  if (nameIntroducers.some((word) => at - word.length >= start && text.startsWith(word, at - word.length)))
    return true;
  return endsWithWord(text, at, lexicon.titlesByLast, start);
}

function addRole(roles: Record<string, string[]>, role: string, names: readonly string[]): void {
  const list = roles[role] ?? [];
  for (const name of names) if (!list.includes(name)) list.push(name);
  roles[role] = list;
}

interface Pending {
  name: string;
  start: number;
  end: number;
}

/** The names a pronoun stands for: the first pending name and those joined to it (李洁、宋文). */
function leadingGroup(pending: Pending[], sentence: string): string[] {
  const group: string[] = [];
  for (const [index, item] of pending.entries()) {
    if (index > 0 && !/^[、和与及]?$/.test(sentence.slice(pending[index - 1].end, item.start))) break;
    if (!group.includes(item.name)) group.push(item.name);
  }
  return group;
}

/** Roles from the verbs of the paragraphs; `people` are the names that may fill them.
 * Names wait for the next verb; a clause that goes on after its last name (应莫迪邀请，) drops
 * them, one that ends on a name (…国务部长伊莎贝尔·莫顿，) keeps them for the next clause. */
function findRoles(
  paragraphs: string[],
  people: ReadonlySet<string>,
  tokens: WordScanner<Token>,
): Record<string, string[]> {
  const roles: Record<string, string[]> = {};
  if (people.size === 0) return roles;
  let subject: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of nfkc(paragraph).split(sentenceEnd)) {
      let pending: Pending[] = [];
      let lastGroup: string[] = [];
      let lastVerbEnd = -1;
      let sentenceSubject: string[] | null = null;
      for (let match = tokens.find(sentence, 0); match; match = tokens.find(sentence, match.end)) {
        const at = match.index;
        const kind = match.tag;
        const name = kind === Token.Name ? match.word : undefined;
        const pronoun = kind === Token.Pronoun ? match.word : undefined;
        const verb = kind === Token.Verb ? match.word : undefined;
        if (kind === Token.Other) {
          // 伊莎贝尔·莫顿感谢…。她说: the names are the subject even without a role verb.
          if (pending.length > 0) sentenceSubject ??= leadingGroup(pending, sentence);
          pending = [];
        } else if (kind === Token.Comma) {
          const last = pending.at(-1);
          if (last && last.end !== at) pending = [];
        } else if (name) {
          if (people.has(name) && subjectPosition(sentence, at))
            pending.push({ name, start: at, end: at + name.length });
        } else if (pronoun) {
          if (subjectPosition(sentence, at)) {
            for (const who of subject) pending.push({ name: who, start: at, end: at + pronoun.length });
          }
        } else if (verb) {
          const role = roleOf.get(verb) ?? '';
          const gap = sentence.slice(Math.max(lastVerbEnd, 0), at);
          let names = [...new Set(pending.map((item) => item.name))];
          // 出席大会并讲话: no new subject, no clause break, and 并: the last one goes on.
          if (
            names.length === 0 &&
            lastVerbEnd >= 0 &&
            gap.includes('并') &&
            ![...gap].some((c) => isPunctuation(c))
          )
            names = lastGroup;
          if (role === 'signed' && !sentence.slice(0, at).includes('代表')) names = [];
          if (names.length > 0) {
            addRole(roles, role, names);
            lastGroup = names;
            sentenceSubject ??= pending.length > 0 ? leadingGroup(pending, sentence) : names;
          }
          pending = [];
          lastVerbEnd = at + verb.length;
        }
      }
      if (!sentenceSubject && pending.length > 0) sentenceSubject = leadingGroup(pending, sentence);
      if (sentenceSubject) subject = sentenceSubject;
    }
  }
  return roles;
}

const maxRoleParagraphs = 6;

/** A date closing a meeting name: “江城文化周”2月18日 (在金边开幕). */
const trailingDate = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?$/;

/** 新华社北京2月20日电（记者王迪）: the dateline opening a first paragraph. */
const dateline = /^[^，。]{0,16}?\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]*[）)])?\s*/;

function eventName(article: Article, type: string): string | undefined {
  const first = nfkc(article.paragraphs[0] ?? '').replace(dateline, '');
  if (type === 'meeting') return first.match(meetingNameRe)?.[1]?.replace(trailingDate, '');
  if (type === 'signing') {
    const body = article.paragraphs.join('').normalize('NFKC');
    const object = body.match(/签署([^，,。；、]{2,20})/)?.[1];
    if (object && body.includes('签约仪式')) return `${object}签约仪式`;
    return object;
  }
  return undefined;
}

function eventPlace(article: Article): string | undefined {
  const head = [article.kicker, article.title, article.subtitle].filter(Boolean).join('，');
  const first = nfkc(article.paragraphs[0] ?? '');
  return first.match(placeRe)?.[1] ?? head.normalize('NFKC').match(headPlaceRe)?.[1];
}

/** NFKC of the page's paragraphs, each normalised once (roles, name, place and date all read
 * the first paragraph). Cleared at the start of every page. */
const normalised = new Map<string, string>();
function nfkc(text: string): string {
  let result = normalised.get(text);
  if (result === undefined) {
    result = text.normalize('NFKC');
    normalised.set(text, result);
  }
  return result;
}

/** The event of each article that reports one (a type and at least one role). */
export function findEvents(articles: Article[], people: Person[], issueDate?: string): PageEvent[] {
  const events: PageEvent[] = [];
  normalised.clear();
  // One token pattern for the page (names, pronouns, verbs, clause breaks), not one per article.
  const tokens = tokenScanner(people.map((person) => person.name).filter((name) => name !== ''));
  articles.forEach((article, index) => {
    const type = eventType(article);
    if (!type) return;
    const reporters = new Set([
      ...(article.byline?.reporters ?? []),
      ...(article.byline?.correspondents ?? []),
      ...article.photos.flatMap((photo) => photo.photographers),
    ]);
    const names = new Set(
      people
        .filter((person) => person.articles.includes(index) && !reporters.has(person.name))
        .filter((person) => !person.titles.some((title) => /(?:记者|通讯员)$/.test(title)))
        .map((person) => person.name),
    );
    // The roles of a report are given in its opening paragraphs.
    const roles = findRoles(article.paragraphs.slice(0, maxRoleParagraphs), names, tokens);
    if (Object.keys(roles).length === 0) return;
    // 新华社拉萨10月13日电 …11日至13日在西藏调研: the dateline gives the month, the body the day.
    const opening = article.paragraphs.slice(0, 2).join('\n').normalize('NFKC');
    const datelineText = opening.match(dateline)?.[0] ?? '';
    const datelineDate = findDates(datelineText, issueDate)[0];
    const dates = findDates(opening.slice(datelineText.length), issueDate, datelineDate);
    const when = dates.find((date) => date.date !== null) ?? datelineDate ?? dates[0];
    const event: PageEvent = { article: index, type, date: when?.date ?? null, roles };
    if (when?.timeOfDay) event.timeOfDay = when.timeOfDay;
    const name = eventName(article, type);
    if (name) event.name = name;
    const place = type === 'inspection' || type === 'visit' ? eventPlace(article) : undefined;
    if (place) event.place = place;
    events.push(event);
  });
  return events;
}
