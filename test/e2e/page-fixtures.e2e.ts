/**
 * Every fixture page, loaded in real Chromium and Firefox with the built extension: each element marked
 * `data-expect="hidden"` ends up not rendered and each `data-expect="visible"` one stays rendered, the placeholders
 * say what the fixture expects (and never repeat the spam text), and the page's own scripts never fail.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  BROWSER_KINDS,
  collectPageErrors,
  launchExtensionBrowser,
  readPlaceholders,
  settleExpectations,
  unmetExpectations,
  waitFor,
  type ExtensionBrowser,
} from './harness';

interface FixtureCase {
  file: string;
  /** What the page proves. */
  proves: string;
  hidden: number;
  visible: number;
  /** The placeholders' counts, in document order (`已折叠 N 条`). */
  placeholders?: number[];
  /** A window flag the page sets when its script is done changing the page. */
  readyFlag?: string;
  /**
   * Marks the extension is known to miss (the start of each one's label), each explained where it is listed: a blind
   * page's marks stay as its author wrote them, and the test fails when a miss is mended as when a new one appears.
   */
  knownMisses?: string[];
}

const FIXTURES: FixtureCase[] = [
  {
    file: 'seed-portal.html',
    proves: 'the seed page: ul/li portal list with linked truncated titles and summaries; article and sidebar stay',
    hidden: 5,
    visible: 10,
    placeholders: [4, 1],
  },
  {
    file: 'cards-nested-spans.html',
    proves: 'a card grid whose titles are split across nested span/em/b (开<b>挂</b>)',
    hidden: 3,
    visible: 5,
    placeholders: [2, 1],
  },
  {
    file: 'table-rows.html',
    proves: 'table-row news lists inside a layout table: rows collapse, layout cells never',
    hidden: 3,
    visible: 7,
    placeholders: [1, 2],
  },
  {
    file: 'ranking-list.html',
    proves: 'ranking lists: ol entries with number/title/heat, and bare number+link pairs collapsing together',
    hidden: 5,
    visible: 13,
    placeholders: [1, 1, 1, 1],
  },
  {
    file: 'no-class-list.html',
    proves: 'lists without class names: ul of links, links between <br>, ol entries without links',
    hidden: 3,
    visible: 8,
    placeholders: [1, 1, 1],
  },
  {
    file: 'title-summary-siblings.html',
    proves: 'title and summary as sibling elements (dt + dd, h4 + p) collapse as one item',
    hidden: 6,
    visible: 11,
    placeholders: [1, 1, 1],
  },
  {
    file: 'article-about-cheating.html',
    proves: 'an article about game cheats stays readable (paragraphs, quote, bullets, inline links)',
    hidden: 1,
    visible: 12,
    placeholders: [1],
  },
  {
    file: 'feed-append.html',
    proves: 'a feed appending items every 200 ms, a div feed growing from empty, a lazy widget, text that changes',
    hidden: 9,
    visible: 20,
    readyFlag: '__feedDone',
  },
  {
    file: 'shadow-roots.html',
    proves: 'open shadow roots: built in a constructor, attached by a later script, nested, defined late, appended to',
    hidden: 5,
    visible: 8,
    readyFlag: '__shadowDone',
  },
  {
    file: 'link-less-cards.html',
    proves: 'cards opened by script (data-href, role="link") with no <a href> in the list',
    hidden: 2,
    visible: 4,
    placeholders: [1, 1],
  },
  {
    file: 'strict-csp.html',
    proves: 'a strict Content Security Policy (no inline styles, no scripts): items still collapse, placeholders show',
    hidden: 2,
    visible: 3,
    placeholders: [1, 1],
  },
  {
    file: 'iframes.html',
    proves: 'same-origin frames: loaded from a URL, srcdoc, and about:blank written by the page',
    hidden: 3,
    visible: 6,
  },
  // Layouts written blind, before their author read the item finder (real Chinese portals' markup).
  {
    file: 'unseen-163-recommend.html',
    proves: '163/Sina 相关推荐: div items, image left, h3 link + summary + time/source; a div ranking column',
    hidden: 5,
    visible: 20,
    placeholders: [1, 1, 1, 1, 1],
  },
  {
    file: 'unseen-feed-card-links.html',
    proves: 'Toutiao-like feed: a block <a> wraps each whole card, title in a span; cards appended by a timer',
    hidden: 4,
    visible: 13,
    placeholders: [1, 1, 1, 1],
    readyFlag: '__feedDone',
  },
  {
    file: 'unseen-grid-rows.html',
    proves: 'Sohu-like two-column grid rendered as rows of two cells: the cell collapses, never the row',
    hidden: 4,
    visible: 19,
    placeholders: [1, 1, 1, 1],
  },
  {
    file: 'unseen-mobile-anchor-items.html',
    proves: 'mobile list of bare <a class="item"> items, plus hijack-injected spam anchors with other markup',
    hidden: 4,
    visible: 12,
    placeholders: [2, 1, 1],
    readyFlag: '__hijackDone',
  },
  {
    file: 'unseen-aside-tagged.html',
    proves: 'an article about cheat scams quoting spam stays; its <aside> li items with summary and tag links collapse',
    hidden: 3,
    visible: 18,
    placeholders: [1, 1, 1],
  },
  {
    file: 'unseen-qa-comments.html',
    proves: 'Q&A page: comment list and 相关问题 list with hijack-inserted, differently classed spam items',
    hidden: 4,
    visible: 18,
    placeholders: [1, 1, 1, 1],
  },
  // A second round of blind layouts, by another author, as a check after the first round's fixes.
  {
    file: 'blind2-sina-article-related.html',
    proves: 'Sina-like article: 相关阅读 <p><a> lines inside the article body; a 新闻排行 of div rows with numbered spans',
    hidden: 5,
    visible: 17,
    placeholders: [1, 1, 1, 1, 1],
  },
  {
    file: 'blind2-toutiao-mobile-share.html',
    proves: 'Toutiao/百家号 mobile share page: 猜你喜欢 <section> cards, meta row outside the link, a labelled real ad',
    hidden: 4,
    visible: 14,
    placeholders: [1, 1, 1, 1],
  },
  {
    file: 'blind2-wp-related-posts.html',
    proves: 'WordPress: the post and the related grid are all <article class="post">; threaded comments with a spam reply',
    hidden: 5,
    visible: 21,
    placeholders: [1, 1, 1, 1, 1],
  },
  {
    file: 'blind2-old-portal-table.html',
    proves: 'old table-layout portal: bare <a> lines split by <br>, <font>-wrapped forum lines, a nested ranking table',
    hidden: 5,
    visible: 19,
    placeholders: [1, 1, 1, 1, 1],
  },
  {
    file: 'blind2-spa-rendered.html',
    proves: 'SPA: skeleton role=listitem rows hydrated in place, a page appended, the list re-rendered; <news-item> slots',
    hidden: 5,
    visible: 16,
    placeholders: [1, 1, 1, 1, 1],
    readyFlag: '__blindReady',
  },
  {
    file: 'blind2-dl-comments-ad.html',
    proves: '财经 page: div>dl>dt/dd items with a sponsored row, a dt/dd 快讯 list, 股吧-like comment blocks',
    hidden: 5,
    visible: 22,
    placeholders: [1, 1, 1, 1, 1],
  },
  // A third round of blind layouts
  {
    file: 'blind3-163-hot-list-items.html',
    proves: '网易/凤凰 article: 相关内容 and the seed 热门资讯 as div.list-item > h3>a + p + span, no list element',
    hidden: 6,
    visible: 23,
    placeholders: [1, 4, 1],
  },
  {
    file: 'blind3-sohu-card-scroller.html',
    proves: '搜狐号 page: a horizontal flex scroller of img + two-line link cards; a 大家都在看 column of block-link feeds',
    hidden: 4,
    visible: 23,
    placeholders: [1, 1, 1, 1],
  },
  {
    file: 'blind3-wechat-rich-media.html',
    proves: '微信公众号 rich_media: 往期推荐 section>a>span entries inside the article body; 喜欢此内容的人还喜欢 below',
    hidden: 3,
    visible: 20,
    placeholders: [1, 1, 1],
  },
  {
    file: 'blind3-h5-virtual-list.html',
    proves: 'H5 virtualised list: a fixed pool of rows whose text is rewritten on scroll, real to spam and back',
    hidden: 3,
    visible: 11,
    placeholders: [1, 1, 1],
    readyFlag: '__blind3Done',
  },
  {
    file: 'blind3-tieba-thread-list.html',
    proves: '贴吧 thread list: ul>li rows with reply count, title, author, abstract, last reply; pinned rules about cheats',
    hidden: 4,
    visible: 18,
    placeholders: [1, 1, 1, 1],
  },
  {
    file: 'blind4-media-object.html',
    proves: '澎湃-style media objects (img left; h3 link, summary, source line right; some text-only), a sidebar of img+link+time items, an article about 外挂电梯',
    hidden: 7,
    visible: 24,
    placeholders: [2, 1, 2, 1, 1],
  },
  {
    file: 'blind4-news-search.html',
    proves: 'a news search for "麻将 外挂": titles and snippets split by <em> highlights; anti-cheat and 麻将比赛 results, related searches, pagination stay',
    hidden: 5,
    visible: 15,
    placeholders: [1, 2, 1, 1],
  },
  {
    file: 'blind4-video-related.html',
    proves: 'a video page about anti-cheat: a 接下来播放 sidebar of thumbnail/title/uploader/plays cards; tag list, episodes, description, comments stay',
    hidden: 4,
    visible: 34,
    placeholders: [1, 2, 1],
  },
  {
    file: 'blind4-zhihu-feed.html',
    proves: '知乎-style feed: whole answer cards (title, cover, excerpt, vote buttons) collapse; an answer debunking 透视挂 under a spam-shaped question and answers about 外挂电梯/辅助驾驶 stay',
    hidden: 4,
    visible: 14,
    placeholders: [1, 2, 1],
  },
  {
    file: 'blind4-tabs-loadmore.html',
    proves: 'tabs switched by script onto a panel hidden at load; a 加载更多 feed of <article> items appended on clicks; a ranking filled when its tab is first shown',
    hidden: 11,
    visible: 44,
    readyFlag: '__tabsMoreDone',
  },
  {
    file: 'blind4-kuaixun-timeline.html',
    proves: '7x24 快讯 timeline: role=list/listitem rows (time + 【title】text, no links) with date headers between rows; <a> block cards holding h3/p/span',
    hidden: 9,
    visible: 29,
    placeholders: [1, 2, 1, 1, 1, 2, 1],
  },
  {
    file: 'blind5-discuz-forum.html',
    proves: 'a Discuz! thread list where each thread is a <tbody id="normalthread_…"> in one table, and a sidebar hot list; threads reporting cheat-tool scams, a 麻将比赛 and 外挂电梯 stay',
    hidden: 7,
    visible: 29,
    // Written as [1, 2, 1, 2, 1]: two threads in a row are rows of two tbodies, so each keeps a placeholder of its own.
    placeholders: [1, 1, 1, 1, 1, 1, 1],
  },
  {
    file: 'blind5-gov-oldschool.html',
    proves: 'a 2000s college site: layout tables, <font> items between <br>, dated table rows, bare <li>s in a same-origin <iframe srcdoc>, a marquee; a notice against 游戏外挂 and a 掼蛋比赛 stay',
    hidden: 7,
    visible: 31,
    placeholders: [1, 1, 1, 2],
  },
  {
    file: 'blind5-stock-guba.html',
    proves: 'a game-company stock page: 公司资讯 and 公告 lists and a 股吧 list whose rows are divs of span columns; news about 打击外挂, AI辅助 and 麻将比赛 stays',
    hidden: 6,
    visible: 39,
    placeholders: [1, 1, 2, 1, 1],
  },
  {
    file: 'blind5-hotlist-aggregator.html',
    proves: 'a 今日热榜-style grid of six boards, each item an <a> around a flex row of rank, title, 热/新/爆 label and heat count',
    hidden: 4,
    visible: 63,
    placeholders: [2, 1, 1],
  },
  {
    file: 'blind5-comments-nested.html',
    proves: 'comments with nested reply lists: spam replies collapse under real parents, spam comments collapse, a script adds comments and replies later, an anti-scam comment naming 开挂辅助 stays',
    hidden: 11,
    visible: 37,
    placeholders: [1, 1, 2, 1, 2, 1, 2, 1],
    readyFlag: '__commentsReady',
  },
  {
    file: 'blind6-people-columns.html',
    proves: '人民网-style column page: floated boxes of ul li (link + [05-25] date) and a sidebar list with floated dates; CSS-ellipsis titles',
    hidden: 6,
    visible: 43,
    placeholders: [2, 1, 1, 1, 1],
  },
  {
    file: 'blind6-baijiahao-recommend.html',
    proves: '百家号 article page with hashed class names: 相关推荐 image-text cards (div > a > h3 + time, figure + figcaption) among 广告 cards',
    hidden: 5,
    visible: 20,
    placeholders: [1, 2, 1, 1],
  },
  {
    file: 'blind6-local-classifieds.html',
    proves: 'local 便民信息 classifieds: rows of [类别] + title link + summary + area/phone/date, a sidebar list; a pinned anti-scam notice naming 开挂透视辅助 stays',
    hidden: 6,
    visible: 26,
    placeholders: [1, 2, 1, 1, 1],
  },
  {
    file: 'blind6-techfeed-hashed.html',
    proves: 'a 36氪-style feed rendered by script with hashed classes; spam cards injected later with the item class but other inner markup',
    hidden: 4,
    visible: 26,
    placeholders: [1, 2, 1],
    readyFlag: '__techfeedReady',
  },
  {
    file: 'blind6-h5-share-comments.html',
    proves: 'a news-app H5 share page: 打开App banner and overlay, script-rendered 热门评论, <a>-as-item 相关推荐; a comment warning about 透视辅助 scams stays',
    hidden: 5,
    visible: 20,
    placeholders: [1, 2, 1, 1],
    readyFlag: '__h5ShareReady',
  },
  {
    file: 'blind7-sina.html',
    proves: 'a 新浪-style article page: 相关新闻 with time spans, a 热榜 ol with numbers and heat, a class-less 热门推荐 ul, and a 猜你喜欢 feed whose cards arrive by script in two batches',
    hidden: 10,
    visible: 51,
    placeholders: [2, 1, 2, 1, 1, 1, 1, 1],
    readyFlag: '__sinaFeedDone',
  },
  {
    file: 'blind7-163.html',
    proves: 'a 网易-style article about cheat-tool scams that quotes spam titles in its paragraphs (they stay); mixed image and text recommends, a numbered 热点排行, 网易号 image lists',
    hidden: 7,
    visible: 36,
    placeholders: [1, 2, 1, 1, 2],
  },
  {
    file: 'blind7-sohu.html',
    proves: 'a 搜狐-style article: a grid of bare <a class="item"> cards, a feed mixing image-text and text items (a spam pair spans both kinds), a 24小时热文 ul',
    hidden: 8,
    visible: 47,
    placeholders: [1, 1, 1, 2, 1, 1, 1],
  },
  {
    file: 'blind7-ifeng.html',
    proves: 'a 凤凰网-style React page with hashed classes: titles split by comments, <em> and <span>; a flex 大家都在看 list, a class-less ul with spam first and last, a div-only rank',
    hidden: 6,
    visible: 35,
    placeholders: [2, 1, 1, 1, 1],
  },
  {
    file: 'blind7-eastmoney.html',
    proves: 'a 东方财富-style article: 相关阅读, 财富号 cards with summaries, 股吧 table rows, a click-ranking ol, and a flat dl whose spam dt and dd collapse together',
    hidden: 9,
    visible: 58,
    placeholders: [1, 2, 1, 1, 1, 1, 1],
  },
  {
    file: 'blind8-qq-news.html',
    proves: 'a 腾讯新闻-style 热点精选 feed (li > a.picture + div.detail > h3 > a + div.binfo) filled by script in three batches',
    hidden: 6,
    visible: 16,
    // Written as [2, 1, 1, 2]: the second batch's last item and the third's first two are adjacent spam, one run of 3.
    placeholders: [2, 1, 3],
    readyFlag: '__qqFeedDone',
  },
  {
    file: 'blind8-huanqiu.html',
    proves: 'a 环球网-style 相关新闻 list (li > a[title] + date) with split-inline spam, and a 推荐阅读 card widget in an open shadow root',
    hidden: 4,
    visible: 15,
    placeholders: [1, 2, 1],
    readyFlag: '__hqWidgetDone',
  },
  {
    file: 'blind8-rednet.html',
    proves: 'a 红网-style page of class-less nested layout tables: tr rows of ·<a> + <font> date (a three-row spam run), and a srcdoc iframe with a class-less ul',
    hidden: 6,
    visible: 17,
    placeholders: [3, 1],
  },
  {
    file: 'blind8-cctv.html',
    proves: 'a 央视网-style xwlist (li > div.image + div.text > div.title + div.brief) with text split across spans, and a dl whose spam dt + dd collapse together',
    hidden: 5,
    visible: 15,
    placeholders: [1, 2, 1],
  },
  {
    file: 'blind9-udn.html',
    proves:
      'a 聯合新聞網/自由時報-style traditional-Chinese article about 外掛式電梯: 延伸閱讀 ul inside the article body, a 即時新聞 ul of li > a.ph img + a.tit (time + h3), a 熱門新聞 column of div.story-list__news with rank badges; spam in traditional characters, with zero-width spaces, ✦ between characters, kai/tou pinyin, full-width digits, a LINE contact pitch and a keyword-free 怎麼才能一直贏 pitch; 天堂M外掛集團, 遊戲橘子封鎖外掛, 麻將透視眼鏡詐騙, 輔助駕駛, 人生開掛, 透視檢查 and 麻雀文化 stay',
    hidden: 7,
    visible: 35,
    placeholders: [1, 1, 2, 2, 1],
  },
  {
    file: 'blind9-article-cards.html',
    proves:
      'a WordPress/Astra blog where the post, each 相关文章 card and each 最新文章 entry are <article class="post …"> (header > h2 > a, excerpt, footer meta), comments are li > article.ast-comment with a spam reply nested under a real comment, and a 热门文章 widget ul; the sticky notice refusing “辅助软件”, a 遥控麻将机骗局 post, 两点透视, 辅助驾驶, 外挂电梯 and 人生开挂 posts stay',
    hidden: 7,
    visible: 37,
    placeholders: [1, 1, 1, 2, 1, 1],
  },
  {
    file: 'blind9-video-cards.html',
    proves:
      'a bilibili-style video page: a 接下来播放 card and a rec-list of div.video-page-card-small (thumbnail link + duration, title link, UP主, play/danmaku counts), a reply-list of div.reply-item with sub-reply-item replies; spam cards and comments (traditional + zero-width, 开G/外G, a 私信V pitch, contact bait) collapse; videos about ACE反外挂, 外挂作者被判, 辅助驾驶, 两点透视, X光透视, 外挂电梯 and comments warning about 卖挂 stay',
    hidden: 6,
    visible: 32,
    placeholders: [1, 1, 1, 2, 1],
  },
  {
    file: 'blind9-search-results.html',
    proves:
      'a 百度-style web search for “四川麻将 技巧”: div.result cards (h3 link with <em> highlights, snippet, source/date row), a 百度知道 card, a video card, 其他人还在搜, a rs_new 相关搜索 table of td cells, a 百度热搜 table; spam results (keyword-free 一直赢 pitch, a spam title under a 新浪财经 source, traditional, ✚-split, wx: contact) collapse; a 麻将机 ad, a 透视挂诈骗 news result, the official app and “麻将透视挂是真的吗” stay',
    hidden: 5,
    visible: 36,
    placeholders: [1, 2, 1, 1],
  },
  {
    file: 'blind9-weibo-hot.html',
    proves:
      'a 微博热搜-style page: the realtime table (pinned row, rank/keyword/heat/label cells, a 荐 row) with spam rows, and a 热门微博 feed of div.card-wrap posts appended by script in two batches; spam posts riding real #话题# (zero-width traditional, spaced pinyin, keyword-free 把把赢 pitch) collapse; posts by 腾讯游戏安全中心 and 平安成都 quoting “透视辅助”“先用后付、不准不要钱” stay',
    hidden: 7,
    visible: 39,
    placeholders: [1, 2, 1, 1, 1, 1],
    readyFlag: '__weiboFeedDone',
  },
  {
    file: 'blind10-douyin-comments.html',
    proves:
      'a 抖音-style web video page: a 相关推荐 grid of li.u5NfCk1B video cards (cover with likes/duration, title, @author) with a spam card, and a comment list rendered by a React-like script with hashed classes and no <a> at all (user names are spans, clicks by delegation), replies nested in a reply container, in two batches (page two appended, two replies added inside an existing reply list); spam comments and replies (traditional + zero-width, a ➕薇 contact pitch, 开G/透shi/辅zhu pinyin, ✚ between characters, a keyword-free “每把都知道下家出什么牌” pitch, a 遥控器/透视眼镜 seller) collapse; comments warning about 透视眼镜 scams and 卖挂 accounts, 人生开挂 jokes, 辅助驾驶, 掼蛋 and an 眼科医生 on “透视隐形眼镜” stay',
    hidden: 7,
    visible: 29,
    placeholders: [1, 1, 1, 1, 1, 2],
    readyFlag: '__dyCommentsReady',
  },
  {
    file: 'blind10-xiaohongshu-notes.html',
    proves:
      'a 小红书-style explore page: a CSS-columns masonry of section.note-item cards (cover link, title link > span, author avatar + name, like count) with spam notes (有挂 pitch, seed-style title, traditional 開了掛, a keyword-free “小程序能看到别人手牌” pitch), and a note-detail panel about 加装外挂电梯 whose comments are div.parent-comment blocks with comment-item-sub replies (a zero-width spam reply, a vx contact comment, a ·-split one); notes on 掼蛋, 广东麻将, 人生开挂, 胸部透视, 辅助驾驶, a 外挂 misban appeal and a 麻将透视眼镜 scam stay',
    hidden: 7,
    visible: 43,
    placeholders: [1, 1, 2, 1, 1, 1],
  },
  {
    file: 'blind10-app-download.html',
    proves:
      'a 手游下载站 guide page: an article about 外挂 bans and 辅助瞄准 with a game download card, a 相关攻略 ul (li > i.tag + a + span.time), a 热门游戏 icon grid (li > a.pic img + p.name + a.down “下载”) with two cheat apps (麻将透视器, 牌友必赢宝), a 手游排行榜 ol and a 最新资讯 ul; spam uses 开褂/辅组 homophones, kai/tou/fu/gua pinyin and a full-width ＱＱ contact; 封禁外挂 news, 外挂团伙获刑, 辅助瞄准, 蛋仔派对 辅助模式, 欢乐麻将, 麻将智运会 and 人生像开了挂 stay',
    hidden: 6,
    visible: 44,
    placeholders: [1, 1, 1, 1, 2],
  },
  {
    file: 'blind10-portal-tabs.html',
    proves:
      'a 大河网/齐鲁网-style regional portal home: a 滚动新闻 ticker copied and scrolled by script, tab boxes (div.tab-hd li + div.tab-con panels, hover-switched; inactive panels unmarked) with ul of ·links + dates, a 财经 panel laid out as a two-column table whose spam cells collapse (never the row), a 热点排行 ol; spam in the 社会 panel (开褂/辅朱 homophones, ★-split full-width, 加微 contact) and the table (了解…有挂, KaiGua/TouShi pinyin); 遥控麻将机作弊案, 外挂电梯, 掼蛋比赛, 透视眼镜诈骗, X线透视检查, 辅助驾驶 and 人生开挂 headlines stay',
    hidden: 5,
    visible: 42,
    placeholders: [2, 1, 1, 1],
    readyFlag: '__portalReady',
  },
  {
    file: 'blind10-forum-thread.html',
    proves:
      'a Discuz! X3.4 thread page: floors are div#post_N > table.plhin (td.pls user column, td.plc with floor number, t_f message, signature, action row); the first post, a long article on mahjong anti-cheat that quotes the spam title pattern, stays, and its 相关帖子 ul loses one spam thread; a 点评 div.pstl with a vx seller collapses; spam floors (vx contact bait, traditional 開掛, a keyword-free “能看到下家的牌 回本三万” pitch, ♦/zero-width/pinyin) collapse; floors arguing 平台内鬼 vs 外挂, 记牌算牌 “人肉外挂”, 人生开挂, a moderator notice and reports of 卖挂 stay (an auto-blocked floor of a banned account is left unmarked)',
    hidden: 6,
    visible: 36,
    placeholders: [1, 1, 1, 2, 1],
  },
  // An eleventh round of blind layouts (written without reading the item finder).
  {
    file: 'blind11-163-gaitie.html',
    proves:
      'a 网易跟贴 page: div.reply comments whose 盖楼 quotes are nested div.floor boxes (a spam reply quoting two real floors collapses whole; real replies quoting real floors stay), a 最新跟贴 list extended from a <template> by script, a 相关新闻 ul and a 跟贴热榜 ranking; spam in traditional + zero-width, kai/fuzhu/toushi pinyin, 开卦/透式 homophones, 🀄 between characters, full-width ｋａｉ, a vx contact pitch and a keyword-free 一直赢/看透对方牌 title; warnings about 卖挂 scams, 外挂作者判刑, 记牌器 as an official prop, 人生开挂, 外挂电梯, 胸部透视, 辅助驾驶 and 视频辅助裁判 stay',
    hidden: 10,
    visible: 42,
    placeholders: [1, 1, 1, 2, 1, 1, 1, 1, 1],
    readyFlag: '__p11GaitieDone',
  },
  {
    file: 'blind11-zhidao.html',
    proves:
      'a 百度知道 question page: the real question (asking whether 透视挂 exists) and the best answer stay, a comment ul under the best answer with a 薇信 spam comment, div.answer items (seed-style, +V contact, zero-width traditional, an emoji 记牌器+必赢技巧 pitch next to it) with 追问/追答 inside a real answer, a hidden 折叠回答 box (unmarked), an 其他类似问题 ul of title + date + answer excerpt and a 相关问题 aside of link + 回答数; 伙牌 advice, a police warning, 斗地主记牌器, 胸部透视, 外挂 ban appeals, 辅助驾驶, AI辅助诊断 and 外挂电梯 stay',
    hidden: 10,
    visible: 33,
    placeholders: [1, 1, 1, 2, 1, 1, 1, 2],
  },
  {
    file: 'blind11-lihkg-thread.html',
    proves:
      'a 連登/LIHKG-style SPA in Cantonese traditional Chinese with hashed classes: a topic list of block <a> items and a reply list of div posts (#n, user, time, nested <blockquote> quotes, vote row) rendered by script, a second page appended after a 第 2 頁 divider; spam posts (traditional seed titles, a zero-width username with a keyword-free 睇穿對家手牌 WhatsApp pitch, full-width ＫＡＩ掛, 開卦/透式/輔組 homophones, k掛 🀄 toushi fuzhu with a TG handle, a simplified seed title) collapse; 掛住, 八號風球一掛, 人生開掛, 開外掛俾人ban, 外掛帳號被封, 肺部透視, 輔助駕駛, 外掛式升降機 and a reply reporting #8 stay',
    hidden: 9,
    visible: 37,
    placeholders: [1, 1, 1, 1, 1, 2, 1, 1],
    readyFlag: '__p11LihkgDone',
  },
  {
    file: 'blind11-jd-mahjong-reviews.html',
    proves:
      'a 京东 product page for an automatic mahjong table: div.comment-item reviews (user column, star bar, text, photo strip, 追评, order info and ops row) with spam reviews (an 改装遥控 加微 pitch, a seed title, a 透视眼镜 seller with a phone number, a zero-width traditional title, a space-split 必赢技巧+记牌器 pitch with v ❤ x), a display:none 差评 panel (unmarked), and 问大家 items whose answers are li rows (a spam answer under a real question, a whole spam question); reviews about checking for 遥控作弊 chips, a warning about 透视眼镜 scams, 记分显示, 外挂式空调, 外挂电梯, 辅助驾驶 and 掼蛋 stay',
    hidden: 8,
    visible: 37,
    // Written as [1, 2, 1, 1, 1, 1, 1]; two more: the false hide below, and a spam review in the display:none 差评 tab
    // (left unmarked by the author; collapsed there too).
    placeholders: [1, 2, 1, 1, 1, 1, 1, 1, 1],
    // A buyer's question (这个麻将机能作弊吗？会不会被商家装了遥控？) reads as a cheat question about a game, and 装了 as
    // first-hand use: it is hidden (its answers, judged apart, stay).
    knownMisses: ['div: 问这个麻将机能作弊吗'],
  },
  {
    file: 'blind11-webcomponents-feed.html',
    proves:
      'a 界面新闻-style article about AI辅助诊断 built with custom elements defined late: a <jm-feed> whose open shadow root slots <jm-card> hosts (each its own shadow root laying out slotted title/desc/meta), a <jm-recommend> 猜你喜欢 grid whose hash-classed cards live only inside its shadow root and are built after a timer/IntersectionObserver, and a 7×24 快讯 timeline injected from a <template> via innerHTML; spam (seed titles, zero-width traditional, ✚ between characters with a 薇信 id, kai/fuzhu/toushi pinyin, keyword-free 看透对方牌/把把赢 pitches) collapses; 外挂团伙判刑, 电竞选手外挂禁赛, 看牌软件骗局, 辅助驾驶, 透视检查, 外挂电梯, 外挂式空调, 麻将申遗 and 德州扑克 news stay',
    hidden: 8,
    visible: 29,
    placeholders: [1, 1, 1, 2, 1, 1, 1],
    readyFlag: '__p11WcDone',
  },
  // A twelfth round of blind layouts (written without reading the item finder).
  {
    file: 'blind12-toutiao-pc-article.html',
    proves:
      'a 今日头条 PC article page about 组合驾驶辅助 rules: a comment ul whose li.comment-item holds the comment block (div.ttp-comment-item) and a sibling div.reply-wrapper; replies are loaded by clicking “查看N条回复” and a 加载更多评论 button appends comments (a script clicks them in turn); a spam comment has two real replies under it (its own block collapses, the replies stay); a right-hand 24小时热闻 ol (rank, optional thumbnail, title, source · comments) with two adjacent spam entries; spam with 🀄 between characters and a ➕V id, kai/toushi/fuzhu pinyin, zero-width traditional, 开卦/透式/辅组 homophones, full-width ｈｈｐｏｋｅｒ/ｋａｉ, a Q群 记牌器 pitch and a keyword-free 控制输赢 pitch; 像开了挂一样/人生开挂, 外挂式 ADAS, a reply reporting 开挂透视辅助 ads, 封禁外挂账号, 外挂获刑, 麻将锦标赛, AI辅助诊断, 外挂电梯 and a 透视眼镜 scam exposé stay',
    hidden: 9,
    visible: 29,
    placeholders: [1, 1, 1, 1, 1, 1, 1, 2],
    readyFlag: '__p12ToutiaoDone',
  },
  {
    file: 'blind12-ifeng-h5-ssr.html',
    proves:
      'a 凤凰新闻 app H5 share page rendered server-side with CSS-module hashed classes and no script: an article on 社区棋牌室 (麻将 as 智力运动, a police warning about 透视挂/看牌软件); 热门评论 and 最新评论 as plain divs (avatar div, nick span, text div, time/likes bar) with no <a> at all, reply previews nested inside comments (spam replies collapse, the parent text stays; a spam comment’s text div collapses while its two real replies stay); <a> block 相关推荐 cards; spam with ZWNJ/ZWJ in traditional text, spaced ★-split characters, jiaocheng/kai/toushi pinyin, a 薇信 id, a 必赢技巧+记牌器 pitch and full-width ｆｕｚｈｕ; comments on 血战到底, 记牌, 透视检查, 外挂电梯, 外挂式空调, 掼蛋, 麻将机遥控作弊 convictions and an anti-scam warning stay',
    hidden: 8,
    visible: 27,
    placeholders: [1, 1, 1, 1, 1, 1, 1, 1],
  },
  {
    file: 'blind12-zhihu-answer.html',
    proves:
      'a 知乎 question page rendered server-side with emotion css-xxxx classes: an anti-cheat engineer’s answer (quoting 麻将透视挂 as a scam) with a comment tree of div[data-id] > div.css-jp43l4 own block + div.css-16zdamy child comments, no <a> in comments; spam replies under real comments, a spam comment with two real replies, spam top-level comments (full-width ｋａｉ/ＷＥＰＯＫＥＲ with 🔥, zero-width traditional, a vx seller, 开褂 homophone, “kai gua 透shi fu助 要的扣1”, a keyword-free 记牌器/控制输赢 pitch); a 更多回答 list with a spam answer card and a 相关问题 link list with a spam question; comments on 锁头透视 cheaters, 胸部透视, 人生开挂, 外挂作者判刑, 辅助瞄准 and 封禁外挂账号 stay',
    hidden: 8,
    visible: 28,
    placeholders: [1, 1, 1, 1, 1, 1, 1, 1],
  },
  {
    file: 'blind12-tieba-post.html',
    proves:
      'a 百度贴吧 post page: floors are div.l_post (d_author column + d_post_content_main with p_content and a 楼中楼 core_reply_wrapper ul of li.lzl_single_post); a floor whose 楼中楼 holds spam keeps its p_content, a spam floor (seed title) with two real 楼中楼 replies collapses only its p_content, whole spam floors collapse (two adjacent); “还有3条回复，点击查看” is clicked by script and inserts 楼中楼 replies before the pager li (one spam); a 本吧热帖 ul with a spam thread and a 贴吧热议榜; spam with vx/＋V/加薇 ids, zero-width traditional with full-width id, ✦-split k挂/toushi/fuzhu/jipaiqi, 开卦/透式/辅组 and a keyword-free 看透对方牌 pitch; the OP asking about 透视, 记牌器 as an official prop, a 吧务 notice banning 外挂/辅助/透视 ads, a 透视挂 scam story, 人生开挂, 外挂判刑 and 辅助驾驶 topics stay',
    hidden: 8,
    visible: 32,
    placeholders: [1, 1, 1, 1, 2, 1, 1],
    readyFlag: '__p12TiebaDone',
  },
  {
    file: 'blind12-douban-group.html',
    proves:
      'a 豆瓣小组 topic about 过年打麻将该不该玩钱: a 最赞回应 ul and the full ul#comments of flat li.comment-item replies, some with a div.reply-quote-content quoting another reply; spam replies quoting real replies collapse (two adjacent), real replies quoting spam replies stay (the quoted spam text is inside a visible item); spam with a full-width digit seed title, BOM inside kai挂/toushi with a q群 number, 💰 between characters, a keyword-free 必赢技巧/记牌器/控制输赢 pitch and a traditional 開卦/透式/輔組 reply; an aside 最新讨论 ul with two adjacent spam topics; 人生开挂 grandma, 掼蛋, a lawyer on 赌博 thresholds, 透视隐形眼镜 scams, 外挂电梯 and a 麻将透视挂 scam question stay',
    hidden: 8,
    visible: 28,
    placeholders: [1, 2, 1, 1, 1, 2],
  },
  // A thirteenth round of blind layouts (written without reading the item finder).
  {
    file: 'blind13-chinanews-article.html',
    proves:
      'a 中国新闻网-style article on AI辅助诊断 (透视检查 in the body): a 图片新闻 float grid of div items (img link + caption link), a 相关新闻 ul with float dates, a 精彩推荐 box of bare <p><a> lines (two adjacent spam), a 热点排行 of block <a> items each holding a numbered <span>; spam in traditional script, Q群 with spaced characters, kai挂/fuzhu/toushi pinyin, U+200B inside words, a keyword-free 看透对方牌/控制输赢/记牌器 加微 pitch, full-width ｈｈｐｏｋｅｒ and ⚡-split 开卦/透式/辅組 with a +V id; 竞技麻将锦标赛, 外挂电梯, 封禁外挂账号, 人生开挂, 智能辅助驾驶, 麻将透视眼镜 scam warning, 掼蛋, 桥牌, 外挂式空调, 开挂者被判刑 and 网络赌博 news stay',
    hidden: 7,
    visible: 36,
    placeholders: [1, 1, 2, 1, 1, 1],
  },
  {
    file: 'blind13-163-h5-feed.html',
    proves:
      'a 网易 mobile H5 article on a 外挂 conviction (quotes 透视/开挂辅助 ads as scams): section.s-item cards where an <a> wraps div title + div meta (text-only, image-right and three-image variants) with a × button outside the link; a 相关推荐 block and a 猜你喜欢 feed appended by a timer in three batches (two adjacent spam in one batch), a labelled 广告 card about 组合辅助驾驶; spam with ✅-split words and a vx id, full-width ＷＥ　ＰＯＫＥＲ with 🔥, ZWNJ/ZWJ/WJ inside words, spaced pinyin kai gua/fu zhu/tou shi and a keyword-free 必赢技巧/看到别人的牌 pitch; 封禁外挂账号, 人生开挂, 外挂电梯, 外挂式空调, 川牌, 网络赌博 crackdown, AI辅助写作 and 电竞开挂禁赛 stay',
    hidden: 6,
    visible: 27,
    placeholders: [1, 1, 2, 1, 1],
    readyFlag: '__p13NeteaseDone',
  },
  {
    file: 'blind13-baijiahao-rolelink.html',
    proves:
      'a 百家号 self-media article on 组合驾驶辅助 with hashed class names and no <a> in any list: a comment list of avatar/nick/text/meta divs (one contact-bait comment), 相关推荐 cards that are div[role=link][data-url] (text+image, text-only, three-image, a labelled 广告 card), an 作者最新文章 and a 百度热搜 column of role=link rows; a full-width ＋Ｖ 记牌器/看透对方牌/控制输赢 pitch next to a traditional-script spam card with 📱 (the adjacent pair), kai挂/toushi with 🀄️ and a q群, 开卦器/透式辅組 homophones, the seed template; 外挂式车载冰箱, 透视底盘, 外挂式ADAS, 开挂级智驾, 吃鸡开挂被封号, 棋牌室 story, 免费棋牌游戏 scam, 麻将透视眼镜 scam, 掼蛋 and 人生开挂 stay',
    hidden: 7,
    visible: 38,
    placeholders: [1, 1, 2, 1, 1, 1],
    readyFlag: '__p13BjhReady',
  },
  {
    file: 'blind13-county-rongmei.html',
    proves:
      'a 县级融媒体 XHTML table-layout article page on a 网络棋牌赌博 bust (quotes 麻将开挂/透视辅助 ads): a <marquee> of 滚动新闻 bare <a>s (one seed-template spam), a 相关文章 ul of ·<a> + date, a 热门资讯 table whose tr rows hold truncated links with full title attributes (two adjacent spam: space-split 开 挂 辅 助 and a 记牌器 +V pitch), a 专题专栏 box of banner links and a ul with BOM-split spam, a 友情链接 grid whose td cells are items (two short spam link names in different rows); 外挂式广告招牌, AI辅助诊断/胸部透视, 外挂电梯, 透视作弊设备 case, 掼蛋联赛, 外挂 risk 专题, 棋牌协会 and 国家反诈中心 stay',
    hidden: 7,
    visible: 41,
    // Written as [1, 1, 2, 1, 1, 1]; the miss below is one of the runs of one.
    placeholders: [1, 1, 2, 1, 1],
    readyFlag: '__p13CountyDone',
    // A spam site name among site links of about its length (友情链接 read as a grid of suggestions, not judged one
    // by one) is missed.
    knownMisses: ['td: 麻将开挂透视辅助官网'],
  },
  {
    file: 'blind14-weibo-feed.html',
    proves:
      'a weibo.com-style Vue home feed: article.Feed_wrap cards inside vue-recycle-scroller item views (avatar/name/time/source header, #话题# text, picture grid, repost card, 转发/评论/赞 toolbar); a 评论 click renders div.item1 comments under an anti-scam 央视新闻 post whose text stays (spam comments collapse, two adjacent), two 展开 clicks replace truncated text (one becomes zero-width traditional spam, one an anti-scam explanation that stays), and a 新微博 tip prepends four posts (one pinyin spam); spam posts (seed template, ✦-split, a ✚v 把把赢 pitch reposting 人民日报, a keyword-free 提前知道下家手里的牌 pitch, full-width ＷＥＰＯＫＥＲ ｋａｉ挂) collapse; 透视挂诈骗团伙, 辅助驾驶新规, 胸部透视, 外挂电梯, 人生开挂, 反外挂公告, 外挂作者判刑, 两点透视, 选手开挂禁赛, 掼蛋, AI辅助编程, 记牌器-is-official posts, the 热搜 sidebar and the navs stay',
    hidden: 10,
    visible: 29,
    placeholders: [1, 1, 2, 1, 1, 1, 1, 1, 1],
    readyFlag: '__p14WeiboDone',
  },
  {
    file: 'blind14-xianyu-search.html',
    proves:
      'a 闲鱼-style search grid for “麻将机”: block <a> listing cards (<picture> cover with 包邮/▶ badges, two-line title, cpv tags, ¥ price + N人想要, seller city + credit) with a second page appended from a <template> by a timer; spam listings (透视眼镜 看透对方牌, traditional 開掛輔助, k·a·i/tou·shi next to a 遥控器 改装芯片 seller, a keyword-free 提前知道别人手里的牌 pitch, zero-width 记牌器+透视 with a vx id, 开卦/透式/辅组, full-width ＷＥＰＯＫＥＲ ｋａｉ挂, the seed title) collapse; 麻将机, a 遥控作弊芯片 detection service, 防作弊麻将机, 外挂式空调, 外挂硬盘, 外挂电梯扶手, 透视原理教材, X光透视铅衣, 透视装, 辅助驾驶摄像头, 辅助轮, 《人生开挂指南》 and 掼蛋扑克 listings, the header, 大家都在搜, the filters and the fixed side bar stay',
    hidden: 9,
    visible: 37,
    placeholders: [1, 1, 2, 1, 1, 1, 1, 1],
    readyFlag: '__p14XianyuDone',
  },
  {
    file: 'blind14-huya-live.html',
    proves:
      'a 虎牙-style 棋牌 live room: a chat panel of div.J_msg lines (fans badge + nick + text, enter, gift and system/房管 notices) streamed in one by one by a timer into a scrolling box, and a 推荐直播 grid of li.game-live-item room cards (cover, title, nick, viewers, category); short spam chat lines (开挂辅助 包赢, 加V看牌, tou shi/kai gua pinyin, traditional 記牌器+透視 next to a full-width Ｑ ｋａｉ挂 line, a keyword-free 一直赢 群 pitch) and three spam rooms (透视辅助演示 加微, traditional 開掛輔助, a keyword-free 每把都知道下家要什么牌 room) collapse; chat jokes (像开了挂, 开透视了吧哈哈, 手气开了挂), reports of 卖挂 spammers, a 记牌器 question, 外挂电梯, the anti-cheat system notice, rooms on 反外挂/举报透视挂 and 麻将机遥控作弊揭秘, the room header, the announcement, the rank list and the nav stay',
    hidden: 9,
    visible: 51,
    placeholders: [1, 1, 1, 1, 1, 1, 2, 1],
    readyFlag: '__p14HuyaDone',
  },
  {
    file: 'blind14-dianping-shop.html',
    proves:
      'a 大众点评-style 棋牌室 shop page: 团购 deal rows, a 网友点评 ul of li reviews (avatar, name, star bar and scores, text with <svgmtsi> web-font glyphs plus a display:none full copy, photos, actions, nested 商户回应) server-rendered in 推荐 order and then rebuilt as new nodes (innerHTML) when a script picks the 最新 tab, and an aside 附近棋牌室 list with a spam shop; spam reviews (a real-sounding review ending in a 透视辅助 加微 pitch under a merchant disclaimer, the seed template adjacent to it, ZWJ traditional 遙控器, ◆-split 透视眼镜, a keyword-free 每一把都知道别人手里有什么 pitch, kaigua/辅组/透式 with V❤, full-width ＱＱ with U+2060) collapse; reviews on 防遥控作弊检测, 老板像开了挂, 外挂电梯 noise, 外挂式空调, a 透视眼镜 scam warning, 记牌, 掼蛋比赛, 倒车辅助 and 人生开挂 luck, the shop info with its anti-cheat notice, deals, tags, breadcrumb and header stay',
    hidden: 8,
    visible: 29,
    placeholders: [2, 1, 1, 1, 1, 1, 1],
    readyFlag: '__p14DianpingDone',
  },
  {
    file: 'blind15-bili-shadow.html',
    proves:
      'a B站 video page whose 评论区 is a tree of open shadow roots (bili-comments > bili-comment-thread-renderer > bili-comment-renderer / bili-comment-replies-renderer > bili-comment-reply-renderer, text inside bili-rich-text shadow roots) rendered after a delay, two “点击查看” reply threads expanded by script (preview replies replaced by new nodes), and a light-DOM 接下来播放 rec list of video cards; spam threads (seed template, zero-width traditional 開掛輔助 with 私信, a keyword-free 企鹅 pitch; the last two adjacent), a spam main comment whose two real replies stay, spam replies (full-width ＶＸ 记牌器, space-split 开 挂 透 视, ★-split 开褂/辅组/透式 with 薇) and two spam rec cards (a 开挂教程, a keyword-free 每把都知道下家剩什么牌 pitch) collapse; the UP主’s pinned anti-scam comment naming 透视/控制输赢, a 游戏安全 engineer’s comment, 记牌器-is-official, 人生开挂, 辅助驾驶, 透视检查, 外挂电梯 and 遥控麻将机 comments, ACE反外挂, 两点透视 and 外挂作者被判 videos, the header, description, tags and UP panel stay',
    hidden: 9,
    visible: 40,
    placeholders: [1, 1, 1, 2, 1, 1, 1, 1],
    readyFlag: '__p15BiliDone',
  },
  {
    file: 'blind15-zhuanti-pager.html',
    proves:
      'a portal 专题 page paginated by script: a 最新报道 ul whose li nodes are replaced (replaceChildren) when 下一页 is clicked, a 视频 card grid re-rendered by 换一批 (innerHTML), and a 网友留言 board whose list and pager are re-rendered together for page 2 (only the final nodes are marked); spam news (a seed-style 开挂 title next to a ZWNJ-split 透视辅助 one, full-width ＷＥＰＯＫＥＲ ｋａｉ挂), a keyword-free 稳赢不输 私聊获取 video card, spam messages (a 记牌器+看牌 v: pitch, kaigua/fuzhu/toushi pinyin next to a traditional 透視眼鏡 LINE seller) and a keyword-free 一直赢 ranking entry collapse; 权威发布 and news on 外挂/透视眼镜/开挂辅助 crackdowns, 麻将非遗, 竞技麻将, 掼蛋, 人生开挂, messages on 外挂电梯, 透视 at the 放射科 and 人肉外挂 记牌, the 图解 figures, the site bar, 专题 nav, 导语 and 相关专题 stay',
    hidden: 8,
    visible: 49,
    placeholders: [2, 1, 1, 1, 2, 1],
    readyFlag: '__p15ZhuantiDone',
  },
  {
    file: 'blind15-uniapp-mp.html',
    proves:
      'a uni-app H5 小程序 webview page built by script from <uni-view>/<uni-text>/<uni-image>/<uni-scroll-view>/<uni-rich-text> tags with data-v scoped attributes and rpx-style utility classes and no <a> at all: an article on a 社区麻将角, 相关推荐 items (title + meta + optional thumbnail), a 热门话题 scroll strip, and a comment list filled in two pages (onReachBottom) where a comment with replies is a comment-block plus reply rows; spam recommendations (zero-width 开挂/透视, 开卦/透式/辅组 homophones), spam comments (+V 棋牌辅助, traditional 記牌器+透視, spaced k a i 挂 t o u 视, a keyword-free 提前看到你的牌 pitch next to a 🔥-split 开挂辅助) and a 扣扣 spam reply under a real comment collapse; 外挂电梯, 辅助驾驶, 胸部透视检查, 麻将外挂 fraud news, 人生开挂, AI辅助诊断, 掼蛋 and anti-scam comments, the page head, the article and the topics strip stay',
    hidden: 8,
    visible: 34,
    placeholders: [1, 1, 1, 1, 1, 1, 2],
    readyFlag: '__p15UniDone',
  },
  {
    file: 'blind15-rss-reader.html',
    proves:
      'an RSS reader web app with CSS-module hashed classes: a grouped virtual list (react-virtuoso data-index/data-item-index rows with sticky 今天/昨天/date headers between them) of entries from many feeds (favicon, feed name, time, title, two-line summary, thumbnail, hover actions), five new entries prepended through a “有 5 篇新文章” pill with all rows renumbered, and an entry then marked read; spam entries from hijacked feeds (two adjacent seed-template titles, WJ-split traditional 外掛/透視輔助, full-width ｆｕｚｈｕ/ＨＨｐｏｋｅｒ, a keyword-free 提前知道对家手里的牌 pitch, jipaiqi/透式/外褂/辅组, ◆-split 开挂辅助 before a date header, a 加微 pitch among the new entries) collapse; entries on 辅助驾驶, 封禁外挂账号, 外挂电梯, 记牌器, 胸部透视, 两点透视, 人生开挂, 麻将非遗, a 遥控麻将机作弊案 and 透视眼镜 scams, the feed sidebar, the top bar and the reader-pane article that quotes the spam pattern stay',
    hidden: 8,
    visible: 37,
    placeholders: [1, 2, 1, 1, 1, 1, 1],
    readyFlag: '__p15RssDone',
  },
  {
    file: 'blind16-provincial-portal.html',
    proves:
      'a provincial portal 财经 article page like the seed: a 相关内容 ul of ·link + date rows (a +V contact pitch and a kaigua/toushi/fuzhu pinyin title), a 热门资讯 ul of h4 link + summary items with optional thumbnails (three adjacent seed-template spam: simplified, traditional, full-width ｇｕａ; a zero-width seed title; a keyword-free 提前知道下家手里的牌 pitch), a 推荐阅读 list of tag + link + meta rows rendered by script after load and extended by a second batch (seed template, ZWJ-split 记牌器+透视, space/★-split 开挂辅助透视, a 控制输赢 扣扣 pitch as the adjacent pair), and a sidebar 图说天下 picture grid with a 加薇 看牌神器 caption; headlines on a 麻将外挂 fraud gang, 外挂电梯, 智能辅助驾驶, 人生开挂, 麻将文化展, 封禁外挂账号, 官方记牌器, AI芯片“开挂式”增长, X光透视设备, 掼蛋, 透视眼镜 scam warnings and 胸部透视, plus the article, navs, sidebar boxes and footer stay',
    hidden: 12,
    visible: 38,
    placeholders: [1, 1, 3, 1, 1, 1, 1, 2, 1],
    readyFlag: '__p16PortalDone',
  },
  {
    file: 'blind16-m-portal.html',
    proves:
      'a 手机版 (m.) portal article on a 社区棋牌室 that warns about 透视眼镜/看牌软件 scams: a 网友评论 list of flex div comments (avatar, nick, text, IP/time/赞 row) with a ➕薇 contact pitch, spaced pinyin, a ZWJ-split 透视辅助 full-width Ｑ id next to a keyword-free 每把都知道别人手里有什么 pitch, and a hash-classed 猜你喜欢 feed of link cards (text, image-right, three-image, a labelled 广告 card, × outside the link) appended page by page by a scroll/timer loader (seed template, traditional 開掛 next to full-width ＷＰＫ ｋａｉ挂, 开褂/辅组/透式 homophones, ★-split 记牌器/看透对方牌); comments on 人肉记牌器, 外挂电梯, 掼蛋 “开了挂”, 胸部透视 and reporting 卖挂 accounts, cards on 人生开挂, 外挂电梯 subsidies, 智能辅助驾驶, 外挂团伙, X光透视, 电竞开挂禁赛 and 外挂式空调, and the article, header, channels, app banner and footer stay',
    hidden: 9,
    visible: 34,
    placeholders: [1, 1, 2, 1, 2, 1, 1],
    readyFlag: '__p16MobileDone',
  },
  {
    file: 'blind16-finance-tech.html',
    proves:
      'a 财经/科技 portal article investigating a 麻将透视 scam that quotes the spam ads (seed-style title, 看透对方牌/控制输赢 blockquote) in its body and summary: a 相关新闻 ul of thumbnail + h3 + summary + source/time items (seed template, zero-width full-width ＨＨｐｏｋｅｒ 开挂 next to jipaiqi/外褂/透式/辅组), an 编辑精选 grid with a keyword-free +V 必赢 pitch, a sidebar 24小时排行 ol rendered by script (rank em, link, heat; a half-traditional 開挂 title and a keyword-free 提前知道对家的牌 pitch) beside a hidden unmarked 一周 panel, and a class-less 7×24快讯 of <p><time> lines (·-split 开挂辅助透视, a q群 必赢技巧 pitch); the article, news on 透视挂 gangs, 外挂账号 bans, 棋牌辅助 fraud, 麻将外挂 sentences, 辅助驾驶, AI辅助诊断/胸部透视, 外挂电梯, 记牌器, “开挂式”增长, 透视财报, 竞技麻将, 外挂式储能, the 专题 box, ticker, header and footer stay',
    hidden: 8,
    visible: 35,
    // Written as [1, 2, 1, 1, 1, 1, 1]. One more: the author left the hidden 一周 ranking panel unmarked, and a real
    // debunking headline in it ("透视眼镜"能看穿扑克牌？实验告诉你真相) is hidden: a false hide the marks do not count.
    placeholders: [1, 2, 1, 1, 1, 1, 1, 1],
    readyFlag: '__p16FinanceDone',
  },
  {
    file: 'blind16-community-news.html',
    proves:
      'a Discuz-based 社区 本地新闻 page on a 辅助驾驶 bus line: 热门评论 where each comment is its own dl.reply (dt user/floor, dd text, dd bar) and a script-clicked 查看更多评论 appends six more, a 相关推荐 table of thread rows (th title, author, replies) and a class-less 社区热帖 ul; spam floors (seed template, zero-width traditional 開掛輔助 next to a full-width ＶＸ pitch, a keyword-free 提前看到别人的牌 pitch, ✚-split 开挂辅助透视, 开褂/辅组/透式 with kai gua), two spam thread rows (seed template, a vx 一直赢 pitch) and two spam hot threads (traditional 看透對方牌, a 加微 必赢技巧 pitch) collapse; comments on 辅助驾驶, 外挂电梯, “像开了挂一样”, an anti-scam volunteer naming 麻将辅助/透视, threads on a 麻将外挂 fraud bust, 麻将机, 人生开挂, 胸部透视, 掼蛋, AI辅助诊断, 游戏开挂 and 记牌器, the article, nav, breadcrumb, the 社区公告 banning 开挂/透视/辅助 ads and the footer stay',
    hidden: 10,
    visible: 34,
    placeholders: [1, 2, 1, 1, 1, 1, 1, 1, 1],
    readyFlag: '__p16CommunityDone',
  },
  {
    file: 'blind17-baike-entry.html',
    proves:
      'a 百度百科-style encyclopedia entry on 游戏外挂 whose whole body is about game cheating (lemma summary, a dl/dt/dd basic-info box, a 目录 catalog whose li entries read 透视类外挂/自动辅助类外挂, section paragraphs on 透视挂, 辅助瞄准, legal liability, a 典型案例 table and a “开挂”骗局 section that quotes the seed title pattern and 看透对方牌/控制输赢) all staying, while hijacked 参考资料 ol entries (index + link + site + date + 引用日期 spans: a seed-template title and a traditional 開掛輔助 one adjacent, a keyword-free 记牌器破解/看透对方牌/控制输赢 扣扣群 with zero-width digits), a 相关词条 image card (闲来麻将辅助器 with a full-width ｖｘ id), 今日热词 ranking li (kai挂/tou视/fu助 pinyin next to 开褂/透式/辅組 homophones, a keyword-free 有科技吗/把把好牌 pitch), two bare <a> entries in a 大家还在搜 strip split only by <span>|</span> dividers (★-split 开挂辅助透视, a 加微 contact) and a 猜你关注 card (full-width ｈｈｐｏｋｅｒ) collapse; 反外挂系统/透视挂/辅助驾驶 entry cards, 加装外挂电梯, L2级辅助驾驶, 胸部透视检查, 人生开挂, 四川麻将, 外挂电梯/X射线透视/麻将/电子竞技 cards, the nav, statistics box, tags and footer stay',
    hidden: 10,
    visible: 41,
    placeholders: [2, 1, 1, 2, 1, 1, 1, 1],
  },
  {
    file: 'blind17-ssr-grid-contents.html',
    proves:
      'a Nuxt-style SSR 科技频道 page with hashed classes and data-v attributes where items have no box of their own: a 7×24 快讯 feed laid out as one CSS grid whose per-item wrappers are display:contents (time, title link, tag and summary are separate grid cells; the title and summary cells are marked), replaced wholesale by client nodes at hydration (400 ms) and extended by a 加载更多 batch (two adjacent spam), a 深度 grid with no wrapper at all (cover, h3, p and meta as bare sibling cells placed by grid-row spans), and a <client-only> 24小时热榜 ol rendered into a display:contents holder in place of a skeleton; spam (the seed template, a keyword-free 控制输赢/记牌器破解/看透对方牌 ➕V pitch, <wbr>-split 开挂辅助透视 with a vx id, full-width ｊｊ斗地主开挂器 ｖｘ, spaced pinyin kai gua/shi/fu zhu, ZWJ-split traditional 開掛輔助, a keyword-free 提前看到别人手里的牌/一直赢 威信 pitch, ◆-split 开挂辅助透视, 外褂/透式/辅組 with a zero-width 扣扣 number) collapses cell by cell; 英伟达财报“开挂”, 智能辅助驾驶, AI反外挂封禁开挂账号, AI辅助编程, 外挂式储能柜, 手机“辅助功能”, 透视挂 investigations, 麻将机遥控芯片 case, 辅助驾驶判例, the header, tabs, 专题 box and footer stay',
    hidden: 16,
    visible: 28,
    placeholders: [1, 1, 1, 2, 1, 1, 1, 1],
    readyFlag: '__p17GridDone',
  },
  {
    file: 'blind17-epaper.html',
    proves:
      'a 数字报 (digital newspaper edition) page: masthead and toolbar with a 版面 select, a page-image with <map><area> hotspots, a 往期热点 column of bare <p>·<a> lines, a 本版标题 ul whose li > a hold 引题/标题/副题 divs, a 版面导航 table, the reading-pane article on a busted “透视眼镜”/麻将开挂辅助 scam that quotes the spam headlines and 看透对方牌 (paragraphs and figure stay), a 阅读排行 ol built from a <template> after a fetch-like delay, a 往期回顾 calendar table and 读者评报 div messages; spam (full-width ｗｅｐｏｋｅｒ in 往期热点, a seed-template 卡五星辅助 title with a seed summary as 副题, a keyword-free 看牌神器/控制输赢 item with a space-split 扣扣群, traditional full-width-digit 開掛 next to BOM-split 开挂神器 in the ranking, 外褂/透式/辅組, a real-sounding reader letter ending in 看透对方牌 加微, kai挂/toushi/记牌器 Q群 next to |-split 开挂辅助透视 加V) collapses; 加装外挂电梯, 人生开挂, 麻将文化节, AI辅助诊断/胸部透视, 掼蛋联赛, 辅助驾驶公交, letters about 外挂电梯, 麻将透视眼镜 and 辅助驾驶, the masthead, page bar, 版面导航, calendar and footer stay',
    hidden: 9,
    visible: 25,
    placeholders: [1, 1, 1, 2, 1, 1, 2],
    readyFlag: '__p17EpaperDone',
  },
  {
    file: 'blind17-esports-channel.html',
    proves:
      'an esports channel home where 辅助 is a team role: a Swiper-style 焦点图 in loop mode whose first slide (a seed-template spam) is cloned after the last slide and the last before the first by an inline script right after the markup (both copies of the spam slide collapse, the clone of a real slide stays) while autoplay keeps moving the wrapper and toggling classes, a 头条 ul with game-tag spans (a 麻将科技/透视 卡密 vx seller), an 电竞资讯 image-text list (traditional 開掛輔助, a keyword-free 提前知道底牌/想赢就赢 pitch next to a ✿-split 开挂透视辅助 威❤信 item), a 赛季大事记 timeline of <details> entries (a closed one whose summary is kai挂/toushi/fu助 with a zero-width Q群, an open 记牌器破解/看透对方牌/控制输赢 加微 one), a 辅助位选手榜 of player/team/KDA rows with a 麻将透视辅助器 ｑｑ群 row, and 热门标签 pills (a short 麻将开挂神器免费下载 tag); MSI/KPL/CS2 反作弊封禁开挂账号 slides, a 反作弊指引 headline, 辅助位 analysis, a 开挂 accusation cleared, 外挂作者被抓, a 透视外挂 lifetime ban, 人生开挂, 防作弊麻将桌, 反外挂新规, AI辅助判罚, 开挂代练处罚, 最佳辅助, the 赛程 table, the rank rows of 辅助 players, the 反外挂 专题 box, tags 反外挂/透视挂封禁/开挂实锤, navs and footer stay',
    hidden: 10,
    visible: 30,
    placeholders: [1, 1, 1, 1, 2, 1, 1, 1, 1],
    // A slide keeps its box and collapses what it holds (a carousel places slides by index and width): the spam slide's
    // mark stands on its link, moved there from the slide where the page was written with it.
  },
  {
    file: 'blind18-gov-liuyan.html',
    proves:
      'a 地方政府 网络问政 市民留言板 (static, no script): a 政务要闻 ul of li > a[title] + span.date with two hijacked spam lines (the seed template and a traditional 心悅海南 one); an 互动留言 layout-free table whose messages are tr.q rows (编号, truncated title link, 留言人, 办理单位, 状态, 时间) each followed by a sibling tr.reply row holding the official answer in one colspan cell, with spam message rows (a seed-template title between a reply row and the next message, a keyword-free 一直赢/记牌器破解/看透对方牌 加微 pitch, a zero-width traditional 潘潘講故事 title next to a full-width ｋａｉ挂 ｔｏｕ视 ｆｕ助 扣扣群 row) collapsing row by row while every real message and every official reply row stays (one 公安局 reply itself says “不可能看透对方牌、控制输赢”); a 留言详情 block (question and answer boxes) with 网友评议 div items where a victim’s story that ends in 看透对方牌 加vx, kai挂/tou视/fu助 pinyin and a 🀄-split 必赢神器/控制输赢 Q number collapse (the last two adjacent) while a comment warning about “加微信买记牌器” sellers and one reporting an “开挂神器” pitch stay; a 热点留言 ol with a 开卦/透式/辅组 homophone entry; news and messages on a 麻将透视眼镜 scam bust, 加装外挂电梯, 智能辅助驾驶公交, 透视检查设备, 掼蛋/象棋比赛, a 麻将文化展, 辅助车道, a child cheated buying a game 外挂, the 留言须知 box that bans 赌博 ads, the 部门回复排行 table, header, nav and footer stay',
    hidden: 10,
    visible: 31,
    placeholders: [1, 1, 1, 1, 2, 1, 2, 1],
  },
  {
    file: 'blind18-wechat-liuyan.html',
    proves:
      'a 微信公众号 article page (rich_media layout) whose article is ABOUT mahjong/poker cheat software (a security lab tearing down 37 “开挂/透视/辅助” apps; paragraphs on 看透对方牌/控制输赢 claims, 无障碍（辅助功能） trojans, 透视眼镜 and 遥控麻将机, 记牌器 not being a 外挂, and a blockquote quoting the seed-style 开挂透视辅助器 title) that all stays with its 阅读原文 bar and profile card; 精选留言 rendered by script after load as li.discuss_item > div.comment_main (+ a div.reply_result 作者 reply), then 查看更多留言 clicked by script appending a second page, then 查看全部留言 opening a modal <dialog> (showModal) whose flat div list is filled after it opens; spam comments (a victim-then-seller 看透对方牌 回本 v： pitch, a seed-template comment whose own block collapses while the author’s warning reply under it stays, zero-width traditional 記牌器破解/想贏就贏 加薇信 next to k·a·i挂 t·o·u视 f·u助 扣1, a 🀄-split 开挂辅助 Q群; in the dialog full-width ＷＥＰＯＫＥＲ ｋａｉ挂 ＶＸ, a keyword-free 提前知道下家手里什么牌/先用后付 pitch next to 开褂/透式/辅组 加威) collapse; comments on a fake 透视眼镜, a 反作弊 engineer, 人生开挂 jokes, 辅助驾驶, reporting “加v”“扣1” shills, 放射科 透视检查, 官方记牌器 and 斗地主 “对面开挂” stay',
    hidden: 8,
    visible: 29,
    placeholders: [1, 1, 2, 1, 1, 2],
    readyFlag: '__p18WechatDone',
    // The author's one reply under a spam comment (div.reply_result beside div.comment_main, no second reply like it)
    // is read as part of the comment and hidden with it.
    knownMisses: ['div: 作者青鸾安全实验室'],
  },
  {
    file: 'blind18-xhs-masonry.html',
    proves:
      'a 小红书 note-detail page: a note on 四川麻将 血战到底 rules with server-rendered comments (div.parent-comment > div.comment-item, replies in reply-container > comment-item-sub), and a 相关推荐 masonry whose section.note-item cards are position:absolute with transform translate offsets computed by script from measured heights (cover link with a lazy IntersectionObserver image, title link > span, author link + name, like count) in a relatively positioned container with a set height, three pages of eight appended by an IntersectionObserver infinite-scroll sentinel as the script scrolls down; spam (a keyword-free 小程序每把都知道别人缺什么 reply under a real comment whose author reply stays, k挂/t视/f助 滴滴 and a traditional 每一把都知道對家缺哪門 comment, cards: 开挂神器 麻将透视辅助 私我拿, a keyword-free 看到别人手牌的小程序 扣1, a traditional 約戰平台 seed title next to full-width ｋａｉ挂／ｔｏｕ视 主页ｖｘ, 记牌器破解+必赢技巧/控制输赢 ➕ｖ, ZWJ-split 开挂辅助透视) collapses card by card; cards on 血战到底, 广东麻将, 掼蛋 “像开了挂”, 人生开挂, 加装外挂电梯, 辅助驾驶, 胸部透视, a 麻将透视眼镜 scam warning, a 外挂 misban appeal, 日本麻雀, 德州扑克, 一点透视/两点透视 and “被说开外挂” stay, as do the comment warning about 透视/记牌器 sellers, the note media, title, text, author bar, header and side nav',
    hidden: 9,
    visible: 30,
    placeholders: [1, 1, 1, 1, 1, 2, 1, 1],
    readyFlag: '__p18MasonryDone',
  },
  {
    file: 'blind18-guoyu-ruby.html',
    proves:
      'a 國語日報-style traditional-Chinese kids’ news page with 注音 <ruby>字<rp>(</rp><rt>ㄅㄆㄇ</rt><rp>)</rp></ruby> on every character: an article ABOUT a student banned for a 透視外掛 (paragraphs on 外掛 bans, 開掛輔助/記牌器破解版 scams that claim to 看透對方的牌/控制輸贏, and a 小辭典 on 外掛式電梯) stays with its ruby; a 延伸閱讀 grid of <button type=button data-href> cards (no <a>) built by script with runtime ruby annotation, a 新聞快訊 ul with server-side ruby, a 兒童文藝 box in writing-mode:vertical-rl (a ruby 童詩 and a plain vertical ul), a 熱門排行 ol and a 小讀者留言板 of div messages whose user names are <bdi> (Arabic and Hebrew names among them); spam in ruby (the seed template 情懷遊戲 title and a 想贏就贏/記牌器破解版/看透對方手牌 加LINE card, full-width ｋａｉ掛/ｔｏｕ視/ｆｕ助 ＬＩＮＥ and ZWNJ-split 開卦/透式/輔組 穩贏不輸 adjacent in 快訊), in vertical text (a keyword-free 必贏秘技/控制輸贏 私訊 line and ★-split 開掛輔助透視), a traditional 潘潘講故事 seed title in the ranking, and messages (a grandson’s story ending in 每把都知道下家要什麼牌 加賴, spaced pinyin kai gua fu zhu tou shi) collapses; cards on 破獲外掛集團, 外掛式電梯, 人生開掛, 輔助駕駛, X光透視檢查, 麻將教機率, 輔助筷, vertical 外婆的麻將桌/時間的輔助線/透視畫, a teacher warning about 看透對方的牌 LINE sellers, header, nav and footer stay',
    hidden: 9,
    visible: 33,
    placeholders: [1, 1, 1, 1, 2, 1, 1, 1],
    readyFlag: '__p18GuoyuDone',
  },
  {
    file: 'blind19-dongchedi-article.html',
    proves:
      'a 懂车帝/汽车之家-style 城市NOA review where 辅助驾驶 is everywhere (the article body, a 配置表 table of 组合辅助驾驶/车道居中辅助/透明底盘 rows, a 询底价 series card): 车友评论 as flat div.cmt blocks (avatar, nick + 车主 badge + 口碑 stars, text, time/IP属地/赞 bar) with reply previews nested in div.replies, eight server-rendered and six more appended when a script clicks 查看更多评论; spam comments (a seller opening as “提醒各位车友…都是骗子” then 实体工作室 免费试用 ➕V, the seed 约战平台 template next to a zero-width traditional 微樂麻將 開掛透視輔助 one, a keyword-free 提前知道上下家手里的牌/想赢就赢 私聊 pitch, full-width ｋａｉ挂 ＶＸ, ✦-split 开挂辅助透视 加威) and spam replies under real comments (开褂/透式/辅組 with a spaced 扣扣 number, spaced pinyin kai gua fu zhu tou shi wx) collapse, as do two hijacked 推荐阅读 block-link cards (the seed 水鱼 title, a 透视眼镜 货到付款 seller); comments from a 交警 on L2 liability, a car owner calling out “提醒别上当、我这边是实体” shills and 开挂透视辅助 ads, 四川麻将 with the 老丈人, 人生开挂 记忆泊车, 外挂电梯, 透视检查, and cards on 辅助驾驶新国标, 外挂式行车记录仪, a 透视眼镜 fraud bust, NOA “开挂”般体验 and 外挂电梯 stay, with the header, breadcrumb, 相关车型 cards, 口碑 box and footer',
    hidden: 10,
    visible: 24,
    placeholders: [1, 1, 2, 1, 1, 1, 1, 1, 1],
    readyFlag: '__p19FeedDone',
  },
  {
    file: 'blind19-xueqiu-stream.html',
    proves:
      'a 雪球-style stock page for a 棋牌 game company: a quote header and tabs, a 讨论 timeline of article.timeline__item statuses (avatar, user link + time · source, text with $竹韵互娱(09877)$ cashtag and @mention links, an optional retweeted-original box, 转发/讨论/赞 bar) rendered from an API-like array after load and extended by an IntersectionObserver/timer second page; spam statuses (a “研究这类麻将游戏三年…每把都提前知道别人手里的牌 v同号” analyst-seller, the seed 心悦海南 title with a cashtag next to a ZWJ-split traditional 開掛輔助 ＱＱ one, a spaced-pinyin kai gua tou shi +v pitch that reposts a real broker note, a keyword-free victim story “输了八万…高人给的小工具…加我微信”, full-width ｋａｉｇｕａ ｆｕｚｈｕ ｖｘ, 🀄-split 开挂神器透视辅助) and a 开卦器/透式辅组 热帖 entry collapse; the company’s 封禁作弊账号/打掉贩卖透视挂团伙 announcement, a reply quoting its 打击外挂透视自动辅助 notice, “像开了挂一样” valuation talk, a user reporting 透视挂/看牌软件 sellers, 麻将 as 智力运动, AI辅助新手教学, a 透视眼镜 fraud case, 胸部透视检查, 外挂电梯 and 辅助驾驶 asides and a 掼蛋比赛 post stay, with the nav, quote, tabs, 热股榜, 相关股票, other 热帖 and footer',
    hidden: 8,
    visible: 24,
    placeholders: [1, 2, 1, 1, 1, 1, 1],
    readyFlag: '__p19FeedDone',
  },
  {
    file: 'blind19-thepaper-longread.html',
    proves:
      'a 澎湃-style long-read on 加装外挂电梯 (a 棋牌室 scene where a retired policeman exposes 透视眼镜/看牌神器 sellers, “人生开挂” at the end) with an in-article 相关阅读 box of bare block <a> lines between paragraphs (one seed 潘潘 title), and a 推荐 feed of media-object cards (thumbnail, h2 > a, optional summary, channel/comments/time) where each loaded page is its own div.feed_page wrapper appended by an IntersectionObserver/scroll loader (the last card of page 2 and the first of page 3 are both spam but under different wrappers, so two placeholders), a labelled 广告 card for 组合辅助驾驶; spam cards (full-width-digit traditional seed title with a traditional summary, a keyword-free 上下家的牌一清二楚/先体验后付款 pitch, kai挂/tou视/fu助 with zero-width spaces, a 透视隐形眼镜 货到付款 seller with a spaced phone number, ·-split 开挂辅助透视 next to 开卦器/透式辅组), a space-split 微乐麻将开挂辅助器透视 entry in the 热新闻 ol and a 澎湃号 “输了30万后…每把都能知道对方底牌（加V详聊）” item collapse; cards on a 透视眼镜 fraud bust, 人生开挂, 封禁外挂账号, 四川麻将申报非遗, 卧底“开挂”诈骗群, 辅助驾驶事故调查, 棋牌室反诈课, 外挂式空调外机, X光透视安检, 桥牌, rankings on L2辅助驾驶, 外挂电梯, 胸部透视, 掼蛋, 电竞开挂禁赛, 德州扑克, 外挂作者获刑 and 澎湃号 items on 看牌神器 scams and AI辅助诊断 stay, with the article, header, channel bar, author card and footer',
    hidden: 9,
    visible: 30,
    placeholders: [1, 1, 1, 1, 1, 2, 1, 1],
    readyFlag: '__p19FeedDone',
  },
];

/** zh_CN catalogue, or the English one (the headless browsers here report an English UI). */
const PLACEHOLDER_TEXT = /^(已折叠 \d+ 条疑似垃圾信息 · .+ · 显示|Collapsed \d+ likely spam item\(s\) · .+ · Show)$/;
const SPAM_TEXT = /情怀游戏|心悦海南|水鱼辅助|约战平台|潘潘讲故事|微乐|雀神|闲来|hhpoker|wepoker|ｗｅｐｏｋｅｒ|老友麻将|丽水|掼蛋|决胜麻将|mj8866/i;

describe.each(BROWSER_KINDS)('%s: fixture pages', (kind) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
  });
  afterAll(async () => session?.close());

  it.each(FIXTURES)('$file: $proves', async ({ file, hidden, visible, placeholders, readyFlag, knownMisses = [] }) => {
    const page = await session.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${inject('fixtureOrigin')}/${file}`, { waitUntil: 'load' });
    if (readyFlag !== undefined) {
      await waitFor(
        async () => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag] === true, readyFlag),
        readyFlag,
      );
    }
    const expectations = await settleExpectations(page);
    const unmet = unmetExpectations(expectations).map((item) => item.label);
    expect(unmet.filter((label) => !knownMisses.some((miss) => label.startsWith(miss)))).toEqual([]);
    expect(knownMisses.filter((miss) => !unmet.some((label) => label.startsWith(miss)))).toEqual([]);
    expect(expectations.filter((item) => item.expect === 'hidden')).toHaveLength(hidden);
    expect(expectations.filter((item) => item.expect === 'visible')).toHaveLength(visible);

    const shown = await readPlaceholders(page);
    if (placeholders !== undefined) expect(shown.map((placeholder) => Number(placeholder.count))).toEqual(placeholders);
    for (const placeholder of shown) {
      expect(placeholder.text).toMatch(PLACEHOLDER_TEXT);
      expect(placeholder.text).not.toMatch(SPAM_TEXT);
    }
    if (file === 'strict-csp.html') {
      // The page's policy forbids inline styles: our placeholder's own style sheet (adopted, not inline) still applies.
      const lineStyles = await page.evaluate(() =>
        [...document.querySelectorAll('jingdu-placeholder')].map((host) => {
          const line = host.shadowRoot?.querySelector('.line');
          return line ? `${getComputedStyle(host).display} ${getComputedStyle(line).borderTopStyle}` : 'no line';
        }),
      );
      expect(lineStyles).toEqual(['block dashed', 'block dashed']);
    }
    if (file === 'feed-append.html') {
      // No spam was rendered in any frame before it was hidden.
      expect(await page.evaluate(() => (window as unknown as { __flashes: string[] }).__flashes)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
