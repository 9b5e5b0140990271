/**
 * The page guard in a DOM without a browser around it: items judged by a stand-in classifier are collapsed behind one
 * placeholder per run, revealed and collapsed again, followed as the page changes, and restored exactly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import catalogues from 'virtual:jingdu-page-messages';

import type { Verdict } from '@/src/engine/verdict';
import type { GuardConfig } from '@/src/page/guard-config';
import { HIDDEN_ATTRIBUTE, PLACEHOLDER_TAG } from '@/src/page/own-nodes';
import { PageGuard } from '@/src/page/page-guard';
import { NO_SITE_RULES } from '@/src/page/site-rule-items';
import { translateFrom } from '@/src/page/translate';

/** The default catalogue's text, zh_CN. */
const translateChinese = translateFrom(catalogues[0]);

function verdictFor(text: string): Verdict {
  const spam = text.includes('开挂');
  return {
    spam,
    score: spam ? 6 : 0,
    threshold: 3,
    reasons: spam ? [{ source: 'keyword', id: 'test', name: '外挂推广用语', terms: ['开挂', '透视'], delta: 6 }] : [],
  };
}

function config(patch: Partial<GuardConfig> = {}): GuardConfig {
  return {
    active: true,
    collapseMode: 'placeholder',
    generic: true,
    site: NO_SITE_RULES,
    classify: (item) => verdictFor(`${item.title} ${item.summary ?? ''}`),
    judgingKey: 'test',
    ...patch,
  };
}

const LIST = `<main><article><h1>正文标题</h1><p>正文里提到开挂二字，但这是文章。</p></article>
<ul id="list">
  <li id="a"><a href="#a">美银上调特斯拉目标价</a></li>
  <li id="b"><a href="#b">9分钟开挂"情怀游戏"原先有挂</a></li>
  <li id="c"><a href="#c">两分钟开挂"心悦海南"竟然有挂</a></li>
  <li id="d"><a href="#d">下周限售股解禁</a></li>
  <li id="e"><a href="#e">8分钟开挂"约战平台"有挂技术</a></li>
</ul></main>`;

let guard: PageGuard;
let served: Node;

function render(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

function hiddenIds(): string[] {
  return [...document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)].map((element) => element.id);
}

function placeholderTexts(): string[] {
  return [...document.querySelectorAll(PLACEHOLDER_TAG)].map((host) => host.shadowRoot!.textContent ?? '');
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  render(LIST);
  served = document.body.cloneNode(true);
  guard = new PageGuard({
    document,
    host: 'news.example',
    idPrefix: 'test',
    translate: translateChinese,
    language: 'zh-CN',
    // A clock that stands still: the guard's time budget never runs out, so what these tests assert right after
    // `configure()` does not depend on how busy the machine is (slicing is the time slicer's own test).
    now: () => 0,
    scheduler: {
      requestAnimationFrame: (callback) => setTimeout(callback, 0) as unknown as number,
      setTimeout: (callback, delay) => setTimeout(callback, delay) as unknown as number,
      cancelAnimationFrame: (handle) => clearTimeout(handle),
      clearTimeout: (handle) => clearTimeout(handle),
    },
    onStateChange: () => undefined,
  });
});

afterEach(() => guard.stop());

describe('PageGuard', () => {
  it('collapses spam items behind one placeholder per run, naming reasons but not the spam text', () => {
    guard.configure(config());
    expect(hiddenIds()).toEqual(['b', 'c', 'e']);
    expect(placeholderTexts()).toEqual([
      '已折叠 2 条疑似垃圾信息 · 开挂、透视 · 显示',
      '已折叠 1 条疑似垃圾信息 · 开挂、透视 · 显示',
    ]);
    expect(guard.status().hiddenItems.map((item) => item.title)).toEqual([
      '9分钟开挂"情怀游戏"原先有挂',
      '两分钟开挂"心悦海南"竟然有挂',
      '8分钟开挂"约战平台"有挂技术',
    ]);
  });

  it('reveals a run with its button and collapses it again', () => {
    guard.configure(config());
    const button = document.querySelector(PLACEHOLDER_TAG)!.shadowRoot!.querySelector('button')!;
    button.click();
    expect(hiddenIds()).toEqual(['e']);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('隐藏');
    button.click();
    expect(hiddenIds()).toEqual(['b', 'c', 'e']);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('reveals one item from the popup, splitting its run', () => {
    guard.configure(config());
    const [first] = guard.status().hiddenItems;
    expect(guard.setRevealed(first!.itemId, true)).toBe(true);
    expect(hiddenIds()).toEqual(['c', 'e']);
    expect(guard.status().hiddenItems[0]!.revealed).toBe(true);
    expect(guard.setRevealed('no-such-item', true)).toBe(false);
  });

  it('judges items the page adds, and joins them to the run next to them', async () => {
    guard.configure(config());
    const item = document.createElement('li');
    item.id = 'f';
    const link = document.createElement('a');
    link.href = '#f';
    link.textContent = '五分钟开挂"潘潘讲故事"真的有挂';
    item.append(link);
    document.getElementById('list')!.append(item);
    await flush();
    expect(hiddenIds()).toEqual(['b', 'c', 'e', 'f']);
    expect(placeholderTexts().map((text) => text.slice(0, 6))).toEqual(['已折叠 2 ', '已折叠 2 ']);
  });

  describe('a comment with nothing to start from (no link), beside comments with a link', () => {
    const COMMENTS = `<div id="comments">
      <div class="cmt-item" id="k1"><span class="nick">城北老街坊</span><p>我们小区去年装的外挂电梯，大家都挺满意。</p><a class="reply" href="#r1">56条回复</a></div>
      <div class="cmt-item" id="k2"><span class="nick">用户6281937452</span><p>9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器</p></div>
      <div class="cmt-item" id="k3"><span class="nick">老张爱下棋</span><p>装电梯比登天还难，我们单元谈了三年。</p><a class="reply" href="#r3">12条回复</a></div>
    </div>`;
    /** The comments as a script renders them: one subtree appended after load. */
    const appendComments = () => document.body.append(new DOMParser().parseFromString(COMMENTS, 'text/html').body.firstElementChild!);

    it('is judged when the page renders it with them', async () => {
      guard.configure(config());
      appendComments();
      await flush();
      expect(hiddenIds()).toEqual(['b', 'c', 'e', 'k2']);
    });

    it('is judged when it was there before the guard started, and again after the rules change', () => {
      appendComments();
      guard.configure(config());
      expect(hiddenIds()).toEqual(['b', 'c', 'e', 'k2']);
      guard.configure(config({ judgingKey: 'test-2' }));
      expect(hiddenIds()).toEqual(['b', 'c', 'e', 'k2']);
    });

    it('is judged when it is posted later, below them', async () => {
      guard.configure(config());
      appendComments();
      await flush();
      const late = new DOMParser().parseFromString(
        '<div class="cmt-item" id="k4"><span class="nick">a13579</span><p>第九分钟开挂"水鱼辅助软件下载"本然有开挂透视辅助神器</p></div>',
        'text/html',
      ).body.firstElementChild!;
      document.getElementById('comments')!.append(late);
      await flush();
      expect(hiddenIds()).toEqual(['b', 'c', 'e', 'k2', 'k4']);
    });
  });

  it('judges a list the page adds and then fills, node by node, as the parser does', async () => {
    guard.configure(config());
    await flush();
    const list = document.createElement('ul');
    list.id = 'later';
    document.querySelector('main')!.append(list);
    for (const [id, title] of [
      ['g', '美银上调特斯拉目标价'],
      ['h', '9分钟开挂"情怀游戏"原先有挂'],
      ['i', '下周限售股解禁'],
    ] as const) {
      const item = document.createElement('li');
      item.id = id;
      list.append(item);
      const link = document.createElement('a');
      link.href = `#${id}`;
      item.append(link);
      link.append(document.createTextNode(title));
    }
    await flush();
    expect(hiddenIds()).toEqual(['b', 'c', 'e', 'h']);
    expect(placeholderTexts()).toHaveLength(3);
  });

  it('moves the placeholder with a collapsed item the page moves into a list it has just added', async () => {
    guard.configure(config());
    await flush();
    const list = document.createElement('ul');
    document.querySelector('main')!.append(list);
    for (const id of ['x', 'y']) {
      const item = document.createElement('li');
      item.id = id;
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.textContent = `新能源汽车销量同比增长三成 ${id}`;
      item.append(link);
      list.append(item);
    }
    list.insertBefore(document.getElementById('e')!, list.lastElementChild);
    await flush();
    expect(hiddenIds()).toEqual(['b', 'c', 'e']);
    const moved = document.getElementById('e')!;
    expect(moved.previousElementSibling?.localName).toBe(PLACEHOLDER_TAG);
    expect(document.querySelector('#list')!.querySelectorAll(PLACEHOLDER_TAG)).toHaveLength(1);
    expect(placeholderTexts()).toHaveLength(2);
  });

  it('puts back a placeholder the page moves into a list it has just added', async () => {
    guard.configure(config());
    await flush();
    const placeholder = document.getElementById('e')!.previousElementSibling!;
    expect(placeholder.localName).toBe(PLACEHOLDER_TAG);
    const list = document.createElement('ul');
    document.querySelector('main')!.append(list);
    list.append(placeholder);
    await flush();
    expect(document.getElementById('e')!.previousElementSibling).toBe(placeholder);
  });

  it('follows text that changes, both ways', async () => {
    guard.configure(config());
    document.querySelector('#a a')!.firstChild!.nodeValue = '第九分钟开挂"水鱼"有挂分析';
    await flush();
    expect(hiddenIds()).toEqual(['a', 'b', 'c', 'e']);
    document.querySelector('#b a')!.textContent = '新能源汽车销量同比增长三成';
    await flush();
    expect(hiddenIds()).toEqual(['a', 'c', 'e']);
  });

  it('hide mode leaves no placeholder', () => {
    guard.configure(config({ collapseMode: 'hide' }));
    expect(hiddenIds()).toEqual(['b', 'c', 'e']);
    expect(placeholderTexts()).toEqual([]);
  });

  it('restores the page exactly when switched off, and collapses again when switched on', () => {
    guard.configure(config());
    expect(document.body.isEqualNode(served)).toBe(false);
    guard.configure(config({ active: false }));
    expect(document.body.isEqualNode(served)).toBe(true);
    expect(document.querySelector('style[data-jingdu-own]')).toBeNull();
    guard.configure(config());
    expect(hiddenIds()).toEqual(['b', 'c', 'e']);
  });

  it('never judges the article', () => {
    guard.configure(config());
    expect(document.querySelector('article p')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });

  it('collapses a component whose link is in its shadow tree: the placeholder goes before the host, in the light DOM', () => {
    const titles = ['社区棋牌室成银发族“第二客厅”', '微乐家乡麻将开挂透视神器下载', '斗地主全国锦标赛落幕 六旬老人夺冠'];
    render(`<section><h2>编辑推荐</h2><div class="picks">${titles
      .map((title, index) => `<news-item id="p${index}"><span slot="title">${title}</span><span slot="source">来源</span></news-item>`)
      .join('')}</div></section>`);
    for (const host of document.querySelectorAll('news-item')) {
      const link = document.createElement('a');
      link.href = `#/pick/${host.id}`;
      link.append(Object.assign(document.createElement('slot'), { name: 'title' }));
      host.attachShadow({ mode: 'open' }).append(link);
    }
    guard.configure(config());
    expect(hiddenIds()).toEqual(['p1']);
    const placeholder = document.querySelector(PLACEHOLDER_TAG)!;
    expect(placeholder.nextElementSibling).toBe(document.getElementById('p1'));
    placeholder.shadowRoot!.querySelector('button')!.click();
    expect(hiddenIds()).toEqual([]);
  });

  it('guards a component the page inserts after load with its shadow tree already attached', async () => {
    render('<section><h2>编辑推荐</h2><div class="picks" id="picks"></div></section>');
    guard.configure(config());
    const titles = ['社区棋牌室成银发族“第二客厅”', '微乐家乡麻将开挂透视神器下载', '斗地主全国锦标赛落幕 六旬老人夺冠'];
    for (const [index, title] of titles.entries()) {
      const host = document.createElement('news-item');
      host.id = `q${index}`;
      host.append(Object.assign(document.createElement('span'), { slot: 'title', textContent: title }));
      const link = document.createElement('a');
      link.href = `#/pick/${index}`;
      link.append(Object.assign(document.createElement('slot'), { name: 'title' }));
      host.attachShadow({ mode: 'open' }).append(link);
      document.getElementById('picks')!.append(host);
    }
    await flush();
    await flush();
    expect(hiddenIds()).toEqual(['q1']);
  });

  it('collapses a post that reposts spam, and a spam post that reposts news; a post reposting news stays', () => {
    const post = (id: string, own: string, reposted: string) =>
      `<article class="feed-card" id="${id}"><header><a href="/u/${id}">用户${id}</a> 1小时前 来自 iPhone 15</header><div class="text">${own}</div>` +
      `<div class="repost-card"><div class="text">${reposted}</div></div></article>`;
    render(`<div>${post('f1', '转发微博', '@好运来：9分钟开挂"情怀游戏"原先有挂')}${post('f2', '支持申遗，家乡的麻将最好玩', '@人民日报：麻将申遗，你家乡的麻将怎么打？')}${post('f3', '两分钟开挂"心悦海南"竟然有挂', '@人民日报：全国掼蛋公开赛开幕')}</div>`);
    // As the engine weighs them: a news source's words in the same text outweigh a pitch.
    const diluted = (text: string) => (text.includes('人民日报') ? verdictFor('') : verdictFor(text));
    guard.configure(config({ classify: (item) => diluted(`${item.title} ${item.summary ?? ''}`) }));
    expect(hiddenIds()).toEqual(['f1', 'f3']);
    // The popup names what was judged: the reposted words, for a post hidden for them.
    expect(guard.records().find((record) => record.head.id === 'f1')?.title).toContain('情怀游戏');
  });

  it('a post whose own words an allow rule speaks for stays, whatever it reposts', () => {
    render(`<div>${['g1', 'g2', 'g3'].map((id) => `<article class="feed-card" id="${id}"><header><a href="/u/${id}">用户${id}</a> 1小时前</header><div class="text">大家注意，这种全是骗子，已举报</div><div class="repost-card"><div class="text">@好运来：9分钟开挂"情怀游戏"原先有挂</div></div></article>`).join('')}</div>`);
    const allowed: Verdict = { spam: false, score: -3, threshold: 3, reasons: [{ source: 'allow', id: 'warn', name: '提醒与揭穿', terms: ['骗子'], delta: -3 }] };
    guard.configure(config({ classify: (item) => (item.title.includes('骗子') || (item.summary ?? '').includes('骗子') ? allowed : verdictFor(item.title)) }));
    expect(hiddenIds()).toEqual([]);
  });

  it('judges a reply posted into a reply list on its own words, not as a change to the comment around it', async () => {
    const reply = (id: string, text: string) => `<div class="x9Qe" id="${id}"><span class="n">网友${id}</span><span class="t">${text}</span></div>`;
    render(`<div id="list"><div class="c7Ab" id="c1"><span class="n">网友甲</span><span class="t">社区棋牌室成了银发族的第二客厅</span>
      <div class="r3Kd">${reply('r1', '我外婆也天天去')}${reply('r2', '热闹是真热闹')}</div></div>
      <div class="c7Ab" id="c2"><span class="n">网友乙</span><span class="t">掼蛋比赛下周开始报名</span></div>
      <div class="c7Ab" id="c3"><span class="n">网友丙</span><span class="t">棋牌室装了新空调</span></div></div>`);
    guard.configure(config());
    const posted = document.createElement('div');
    posted.className = 'x9Qe';
    posted.id = 'r3';
    posted.append(
      Object.assign(document.createElement('span'), { className: 'n', textContent: '网友丁' }),
      Object.assign(document.createElement('span'), { className: 't', textContent: '9分钟开挂"情怀游戏"原先有挂' }),
    );
    document.querySelector('.r3Kd')!.append(posted);
    await flush();
    expect(hiddenIds()).toEqual(['r3']);
  });

  it('a reply posted under a linked comment leaves the comment as it was judged', async () => {
    const reply = (id: string, text: string) => `<div class="x9Qe" id="${id}"><span class="t">${text}</span></div>`;
    render(`<div id="list">${['甲', '乙', '丙']
      .map(
        (name, index) =>
          `<div class="c7Ab" id="c${index + 1}"><a href="/u${index}">网友${name}</a><span class="t">社区棋牌室成了银发族的第二客厅 ${index}</span>` +
          `<div class="r3Kd">${reply(`r${index}a`, '我外婆也天天去')}${reply(`r${index}b`, '热闹是真热闹')}</div></div>`,
      )
      .join('')}</div>`);
    guard.configure(config());
    const posted = Object.assign(document.createElement('div'), { className: 'x9Qe', id: 'r3' });
    posted.append(Object.assign(document.createElement('span'), { className: 't', textContent: '9分钟开挂"情怀游戏"原先有挂' }));
    document.querySelector('#c1 .r3Kd')!.append(posted);
    await flush();
    expect(hiddenIds()).toEqual(['r3']);
  });

  it('lets a table row go when its cells turn out to be entries of their own', async () => {
    render(`<table><tbody><tr><td><a href="#a">新能源汽车11月销量同比增长三成</a></td></tr><tr><td><a href="#b">气象台发布寒潮蓝色预警信号</a></td></tr>
      <tr id="row"><td id="t1"><a href="#1">9分钟开挂"情怀游戏"原先有挂技术</a></td></tr></tbody></table>`);
    guard.configure(config());
    expect(hiddenIds()).toEqual(['row']);
    const cell = document.createElement('td');
    cell.id = 't2';
    cell.append(Object.assign(document.createElement('a'), { href: '#2', textContent: '美银上调特斯拉12个月目标价' }));
    document.getElementById('row')!.append(cell);
    await flush();
    await flush();
    expect(hiddenIds()).toEqual(['t1']);
  });

  it('a forum floor judged alone becomes one entry when more floors arrive together', async () => {
    const floor = (n: number, text: string) =>
      `<div id="post_${n}"><table class="plhin"><tbody><tr><td class="pls" rowspan="2"><a href="/u${n}">用户${n}</a></td>` +
      `<td class="plc"><a href="#f${n}">${n}#</a><table><tbody><tr><td class="t_f">${text}</td></tr></tbody></table></td></tr>` +
      `<tr><td class="plc"><a href="#r">回复</a><a href="#j">举报</a></td></tr></tbody></table></div>`;
    render(`<div id="postlist">${floor(1, '9分钟开挂"情怀游戏"原先有挂，加我V先试后付')}</div>`);
    guard.configure(config());
    const more = new DOMParser().parseFromString(`<body>${floor(2, '社区掼蛋比赛下周报名')}${floor(3, '两分钟开挂"心悦海南"竟然有挂')}</body>`, 'text/html');
    document.getElementById('postlist')!.append(...[...more.body.children].map((node) => document.importNode(node, true)));
    await flush();
    await flush();
    expect(hiddenIds()).toEqual(['post_1', 'post_3']);
    expect(placeholderTexts()).toHaveLength(2);
  });
  it('finds comments rendered with hashed classes and no link, and judges replies rendered like their comment apart', () => {
    const comment = (id: string, text: string, replies = '') =>
      `<div class="Ar5Zk9Qe" id="${id}"><div class="Ux8PpL1a"><span>网友${id}</span></div><div class="Tz4Lm8Gc"><span>${text}</span></div>` +
      `<div class="Mf1Hq6Ju"><span>2天前</span><span>回复</span></div>${replies === '' ? '' : `<div class="Yc8Ek3Zt">${replies}</div>`}</div>`;
    render(`<div class="Kp2Wx7">${comment('c1', '看完彻底死心了，骗人的东西别信', comment('r1', '9分钟开挂"情怀游戏"原先有挂'))}
      ${comment('c2', '过年回家跟老爸打掼蛋，一晚上输了二十个脑瓜崩')}${comment('c3', '两分钟开挂"心悦海南"竟然有挂')}
      ${comment('c4', '已经转发给我妈了，她天天在小区群里打牌')}</div>`);
    guard.configure(config());
    // The lone reply is judged on its own words (hidden with the wrapper that holds only it), and the comment around
    // it on its own: it stays.
    expect(hiddenIds()).toEqual(['', 'c3']);
    expect(document.querySelector(`[${HIDDEN_ATTRIBUTE}]`)?.firstElementChild?.id).toBe('r1');
  });
  it('judges replies inside a list entry (not handed back to the entry), and keeps them in view when the entry is hidden', () => {
    render(`<ul><li id="p1"><a href="/p1">社区棋牌室成了银发族的第二客厅</a><p>记者走访了城区十几家棋牌室</p>
      <div class="reply-item" id="r1">网友甲 9分钟开挂"情怀游戏"原先有挂</div><div class="reply-item" id="r2">网友乙 我外婆也天天去</div></li>
      <li id="p2"><a href="/p2">掼蛋比赛下周开始报名</a></li><li id="p3"><a href="/p3">棋牌室装了新空调</a></li></ul>`);
    guard.configure(config());
    expect(hiddenIds()).toEqual(['r1']);
    render(`<ul><li id="p1"><a href="/p1">两分钟开挂"心悦海南"竟然有挂</a><p>先用后付</p>
      <div class="reply-item" id="r1">网友甲 这是骗子，别信</div><div class="reply-item" id="r2">网友乙 已举报</div></li>
      <li id="p2"><a href="/p2">掼蛋比赛下周开始报名</a></li><li id="p3"><a href="/p3">棋牌室装了新空调</a></li></ul>`);
    guard.configure(config({ judgingKey: 'test-2' }));
    // The entry's own parts (its link and its text) are hidden; its replies stay.
    expect([...document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)].map((element) => element.localName)).toEqual(['a', 'p']);
    expect(placeholderTexts()).toHaveLength(1);
  });
  it('judges a reply added to, or changed in, a list entry on its own words, both ways', async () => {
    render(`<ul><li id="p1"><a href="/p1">社区棋牌室成了银发族的第二客厅</a><p>记者走访了城区十几家棋牌室</p>
      <div class="reply-item" id="r1">网友甲 说得对，很真实</div><div class="reply-item" id="r2">网友乙 我外婆也天天去</div></li>
      <li id="p2"><a href="/p2">掼蛋比赛下周开始报名</a></li><li id="p3"><a href="/p3">棋牌室装了新空调</a></li></ul>`);
    guard.configure(config());
    const posted = Object.assign(document.createElement('div'), { className: 'reply-item', id: 'r3', textContent: '网友丙 9分钟开挂"情怀游戏"原先有挂' });
    document.getElementById('p1')!.append(posted);
    await flush();
    await flush();
    expect(hiddenIds()).toEqual(['r3']);
    document.getElementById('r1')!.firstChild!.textContent = '网友甲 两分钟开挂"心悦海南"竟然有挂';
    await flush();
    await flush();
    expect(hiddenIds()).toEqual(['r1', 'r3']);
    document.getElementById('r3')!.firstChild!.textContent = '网友丙 该评论已删除';
    await flush();
    await flush();
    expect(hiddenIds()).toEqual(['r1']);
  });

  it('a spam comment whose replies arrive one by one hides its own parts and leaves them in view', async () => {
    const comment = (id: string, text: string) =>
      `<div class="comment-item" id="${id}"><div class="who">网友${id}</div><div class="text" id="${id}-text">${text}</div><div class="replies"></div></div>`;
    render(`<div>${comment('c1', '麻将是国粹，列入智力运动是好事')}${comment('c2', '9分钟开挂"情怀游戏"原先有挂，先用后付')}${comment('c3', '社区活动室打麻将，一分钱不赌')}</div>`);
    guard.configure(config());
    expect(hiddenIds()).toEqual(['c2']);
    for (const text of ['这就是骗子，已举报', '我妈被骗了498块']) {
      document.querySelector('#c2 .replies')!.append(Object.assign(document.createElement('div'), { className: 'reply-item', textContent: text }));
      await flush();
      await flush();
    }
    // Its own parts: the poster and the text; the replies' holder holds nothing else and stays.
    expect(hiddenIds()).toEqual(['', 'c2-text']);
    expect(document.querySelector('#c2 .replies')!.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('a comment hiding only its parts is no neighbour of the next collapsed comment; ids stay across rescans', () => {
    const comment = (n: number, text: string, replies = '') =>
      `<div class="comment_item__2mX0p" id="c${n}"><div class="comment_avatar__1Pf4b"></div><div class="comment_main__3kLq9"><div class="comment_head__1yT0c"><span>网友${n}</span></div>` +
      `<div class="comment_text__2b0Zs">${text}</div>${replies === '' ? '' : `<div class="comment_replies__1sXk2">${replies}</div>`}</div></div>`;
    const reply = (text: string) => `<div class="comment_replyItem__3pD1v"><span>网友：</span><span>${text}</span></div>`;
    render(`<div class="comment_list__3lL2d">${comment(1, '麻将是国粹，列入智力运动是好事')}${comment(2, '开挂能看到别人手里什么牌', reply('这就是骗子，我妈被骗了498块') + reply('已举报'))}${comment(3, '9分钟开挂"情怀游戏"原先有挂')}${comment(4, '社区活动室打麻将，一分钱不赌')}</div>`);
    guard.configure(config());
    expect(placeholderTexts()).toHaveLength(2);
    // c2's placeholder stands before its own first part, inside it; c3 has one of its own.
    expect(document.querySelector(PLACEHOLDER_TAG)?.parentElement?.id).toBe('c2');
    const ids = () => guard.status().hiddenItems.map((item) => item.itemId);
    const before = ids();
    guard.configure(config({ judgingKey: 'test-2' }));
    expect(ids()).toEqual(before);
    guard.stop();
    expect(document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}], ${PLACEHOLDER_TAG}`)).toHaveLength(0);
  });
});
