/**
 * The generic item finder on DOM snippets. In each snippet, `data-item="name"` marks the elements of one expected
 * item (a title/summary group shares a name); every start (link or list entry) must find the item that holds it,
 * or nothing when it is in no marked item.
 */
import { describe, expect, it } from 'vitest';

import { START_SELECTOR, findItemHead, findListItem, findStartlessEntries, isStart, readListItem, type ListItem } from '@/src/page/find-list-items';
import { OWN_ATTRIBUTE, PLACEHOLDER_TAG } from '@/src/page/own-nodes';

interface Case {
  name: string;
  html: string;
  /** Expected titles by item name, where the title matters. */
  titles?: Record<string, string>;
}

const LONG = '这是一段很长的正文文字，讲述了事件的来龙去脉，以及各方的看法和后续的影响，读者可以从中了解到完整的经过。';

const CASES: Case[] = [
  {
    name: 'portal ul/li with a linked title and a summary',
    html: `<section><h2>热门资讯</h2><ul class="news">
      <li class="item" data-item="1"><a href="#1">9分钟开挂"情怀游戏...</a><p class="desc">9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器...</p></li>
      <li class="item" data-item="2"><a href="#2">美银上调特斯拉12个月目标价至...</a><p class="desc">12月6日消息,美国银行上调特斯拉...</p></li>
      <li class="item" data-item="3"><a href="#3">建银国际:预计恒指明年波动区间...</a><p class="desc">12月6日消息,建银国际证券...</p></li>
    </ul></section>`,
    titles: { 1: '9分钟开挂"情怀游戏...', 2: '美银上调特斯拉12个月目标价至...' },
  },
  {
    name: 'cards with the title split across nested spans',
    html: `<div class="grid">
      <div class="card" data-item="1"><a href="#1"><img src="data:," alt=""><div class="t"><span>9分钟</span><em>开挂</em><span>"情怀游戏"</span></div></a><p class="s">摘要一</p></div>
      <div class="card" data-item="2"><a href="#2"><img src="data:," alt=""><div class="t"><span>美银上调</span><em>特斯拉</em><span>目标价</span></div></a><p class="s">摘要二</p></div>
      <div class="card card-wide" data-item="3"><a href="#3"><div class="t"><span>恒指</span><em>明年</em><span>波动区间</span></div></a><p class="s">摘要三</p></div>
    </div>`,
    titles: { 1: '9分钟开挂"情怀游戏"' },
  },
  {
    name: 'table rows with a rank cell, a title cell and a date cell',
    html: `<table class="list"><tbody>
      <tr data-item="1"><td class="n">1</td><td><a href="#1">下周271.55亿元市值限售股解禁</a></td><td>12-06</td></tr>
      <tr data-item="2"><td class="n">2</td><td><a href="#2">两分钟辅助"心悦海南辅助"原先有开挂</a></td><td>12-06</td></tr>
      <tr data-item="3"><td class="n">3</td><td><a href="#3">证监会发布境外发行上市备案通知书</a></td><td>12-05</td></tr>
    </tbody></table>`,
    titles: { 2: '两分钟辅助"心悦海南辅助"原先有开挂' },
  },
  {
    name: 'ranking list with numbers and heat counts',
    html: `<ol class="rank">
      <li class="top1" data-item="1"><span class="num">1</span><a href="#1">新能源汽车11月销量同比增长三成</a><span class="hot">120万</span></li>
      <li class="top2" data-item="2"><span class="num">2</span><a href="#2">第九分钟开挂"水鱼辅助软件下载"</a><span class="hot">98万</span></li>
      <li data-item="3"><span class="num">3</span><a href="#3">气象台发布寒潮蓝色预警</a><span class="hot">76万</span></li>
    </ol>`,
  },
  {
    name: 'lists without class names, and a div of links separated by bars',
    html: `<div><ul><li data-item="1"><a href="#1">多地出台措施支持老旧小区加装电梯</a></li><li data-item="2"><a href="#2">8分钟开挂"约战平台辅助"原先有</a></li></ul>
      <div><a href="#3" data-item="3">国家金融监管总局印发方案</a> | <a href="#4" data-item="4">五分钟辅助"潘潘讲故事有辅助吗"</a> | <a href="#5" data-item="5">气象台发布寒潮预警</a></div></div>`,
  },
  {
    name: 'links separated by <br>, and number + link + <br> triples',
    html: `<div><h3>友情推荐</h3><div>
      <a href="/a.html" data-item="1">国家金融监管总局印发财险业行动方案</a><br data-item="1">
      <a href="/b.html" data-item="2">五分钟辅助"潘潘讲故事有辅助吗"本来有开挂辅助插件(真的有挂)</a><br data-item="2">
      <a href="/c.html" data-item="3">证监会发布境外发行上市备案通知书</a><br data-item="3">
      <a href="/d.html" data-item="4">建银国际:预计恒指明年波动区间</a><br data-item="4">
    </div></div>
    <div class="board mini-rank"><h3>24小时热门</h3>
      <span class="num" data-item="5">1</span><a href="/m/1" data-item="5">美银上调特斯拉12个月目标价</a><br data-item="5">
      <span class="num" data-item="6">2</span><a href="/m/2" data-item="6">8分钟开挂"约战平台辅助"原先有开挂辅助透视插件(有挂技术)</a><br data-item="6">
      <span class="num" data-item="7">3</span><a href="/m/3" data-item="7">央行开展逆回购操作 维护流动性合理充裕</a><br data-item="7">
    </div>`,
  },
  {
    name: 'a column with a heading and a feed of one card is a section, not an item',
    html: `<div class="cols"><div><h3>实时资讯</h3><ul><li data-item="1"><a href="/1">美银上调特斯拉目标价</a></li><li data-item="2"><a href="/2">下周限售股解禁</a></li></ul></div>
      <div><h3>推荐卡片</h3><div class="card-feed"><div class="feed-card"><a href="/c0">美银上调特斯拉12个月目标价至400美元 卡片0</a></div></div></div>
      <div id="lazy-slot"></div></div>`,
  },
  {
    name: 'a column beside columns of lists is a block, not an item',
    html: `<div class="wrap"><div class="col"><ul><li data-item="1"><a href="/1">美银上调特斯拉目标价</a></li><li data-item="2"><a href="/2">下周限售股解禁</a></li></ul></div>
      <div class="col"><div class="feed"><div class="card"><a href="/c0">第一张卡片的标题文字</a></div></div></div>
      <div class="col"><ul><li data-item="3"><a href="/3">证监会发布备案通知书</a></li><li data-item="4"><a href="/4">气象台发布寒潮预警</a></li></ul></div></div>`,
  },
  {
    name: 'a list entry whose summary is a bare text node',
    html: `<ul><li data-item="1"><a href="#1">9分钟开挂"情怀游戏...</a> 9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂);AI辅助机器人普及解说</li>
      <li data-item="2"><a href="#2">美银上调特斯拉目标价</a> 12月6日消息,美国银行上调特斯拉12个月目标价至400美元并维持买入评级</li></ul>`,
    titles: { 1: '9分钟开挂"情怀游戏...' },
  },
  {
    name: 'dt/dd pairs are one item',
    html: `<dl class="news">
      <dt data-item="1"><a href="#1">两分钟辅助"心悦海南辅助"原先有开挂</a></dt><dd data-item="1">是一款可以让一直输的玩家快速成为赢家的神器</dd>
      <dt data-item="2"><a href="#2">下周271.55亿元市值限售股解禁</a></dt><dd data-item="2">12月6日消息,Wind数据统计显示</dd>
      <dt data-item="3"><a href="#3">证监会发布备案通知书</a></dt><dd data-item="3">中国证监会国际合作司发布</dd>
    </dl>`,
    titles: { 1: '两分钟辅助"心悦海南辅助"原先有开挂' },
  },
  {
    name: 'h4 + p siblings are one item, a list heading before them is not',
    html: `<div class="news"><h3>相关内容</h3>
      <h4 data-item="1"><a href="#1">8分钟开挂"约战平台辅助"原先有开挂</a></h4><p data-item="1">人气非常高,ai更新快且高清可以动的一</p>
      <h4 data-item="2"><a href="#2">建银国际:预计恒指明年波动区间</a></h4><p data-item="2">12月6日消息,建银国际证券研究部</p>
      <h4 data-item="3"><a href="#3">国家金融监管总局:对风险隐患较</a></h4><p data-item="3">国家金融监督管理总局办公厅印发</p>
    </div>`,
  },
  {
    name: 'a rank number span before each link belongs to the link after it',
    html: `<div class="rank"><span class="num" data-item="1">1</span><a href="#1" data-item="1">新能源汽车销量同比增长三成</a><span class="num" data-item="2">2</span><a href="#2" data-item="2">第九分钟开挂"水鱼辅助软件"</a><span class="num" data-item="3">3</span><a href="#3" data-item="3">气象台发布寒潮蓝色预警</a></div>`,
  },
  {
    name: 'paragraphs of links are a list',
    html: `<div class="links"><p data-item="1"><a href="#1">美银上调特斯拉12个月目标价</a></p><p data-item="2"><a href="#2">9分钟开挂"情怀游戏字牌辅助"</a></p><p data-item="3"><a href="#3">下周271.55亿元市值限售股解禁</a></p></div>`,
  },
  {
    name: 'links in article paragraphs are words in sentences, and bullet points are prose',
    html: `<article><h1>警方破获制售游戏外挂案</h1>
      <p>近日，警方破获一起制售<a href="#a">开挂透视辅助器</a>的案件，涉案软件号称“发现有挂”。${LONG}</p>
      <p>据介绍，这类<a href="#b">外挂</a>通过修改游戏数据实现透视，<a href="#c">有挂</a>的宣传随处可见。${LONG}</p>
      <p>专家提醒：所谓“开挂辅助”往往是诈骗。<a href="#d">详情</a>请见警方通报。${LONG}</p>
      <ul><li>不要下载来路不明的<a href="#e">辅助器</a>，谨防诈骗和盗号</li><li>发现开挂透视广告，请向平台举报，保留聊天记录</li><li>家长要提醒孩子远离外挂和赌博类游戏软件</li></ul>
    </article>`,
  },
  {
    name: 'a related-reading list inside the article is a list',
    html: `<article><h1>大模型价格战</h1><p>${LONG}</p><p>${LONG}</p>
      <h3>相关阅读</h3><ul><li data-item="1"><a href="#1">美银上调特斯拉12个月目标价至400美元</a></li><li data-item="2"><a href="#2">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a></li></ul></article>`,
  },
  {
    name: 'repeated card articles are items; a lone article never is',
    html: `<main><article class="post"><h2><a href="#p">一篇文章的标题</a></h2><p>${LONG}</p><p>${LONG}</p></article>
      <section class="feed"><article class="card" data-item="1"><h3><a href="#1">美银上调特斯拉目标价</a></h3><p>摘要</p></article>
      <article class="card" data-item="2"><h3><a href="#2">9分钟开挂"情怀游戏字牌辅助"</a></h3><p>摘要</p></article>
      <article class="card" data-item="3"><h3><a href="#3">下周限售股解禁</a></h3><p>摘要</p></article></section></main>`,
  },
  {
    name: 'a sidebar box header link does not collapse the box',
    html: `<aside class="sidebar">
      <div class="box"><div class="box-head"><span>热门资讯</span><a href="#more1">更多</a></div><ul>
        <li data-item="1"><a href="#1">美银上调特斯拉12个月目标价至400美元</a></li><li data-item="2"><a href="#2">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a></li>
        <li data-item="3"><a href="#3">下周271.55亿元市值限售股解禁</a></li><li data-item="4"><a href="#4">两分钟辅助"心悦海南辅助"原先有开挂透视</a></li></ul></div>
      <div class="box"><div class="box-head"><span>排行</span><a href="#more2">更多</a></div><ul>
        <li data-item="5"><a href="#5">证监会发布境外发行上市备案通知书</a></li><li data-item="6"><a href="#6">国家金融监管总局印发财险业方案</a></li>
        <li data-item="7"><a href="#7">多地出台措施支持老旧小区加装电梯</a></li><li data-item="8"><a href="#8">气象台发布寒潮蓝色预警</a></li></ul></div>
      <div class="box"><div class="box-head"><span>图片</span><a href="#more3">更多</a></div><ul>
        <li data-item="9"><a href="#9">新能源汽车11月销量同比增长三成</a></li><li data-item="10"><a href="#10">8分钟开挂"约战平台辅助"原先有开挂</a></li>
        <li data-item="11"><a href="#11">建银国际:预计恒指明年波动区间</a></li><li data-item="12"><a href="#12">第九分钟开挂"水鱼辅助软件下载"</a></li></ul></div>
    </aside>`,
  },
  {
    name: 'a navigation bar: its links may be items, the bar never is',
    html: `<nav class="top"><a href="/" data-item="1">首页新闻</a><a href="/a" data-item="2">财经频道</a><a href="/b" data-item="3">科技频道</a><a href="/c" data-item="4">体育频道</a></nav>`,
  },
  {
    name: 'a lone link in a layout column is in no item',
    html: `<div class="wrap"><div class="col"><div class="inner"><p>${LONG}</p><a href="#x">查看全部热门资讯</a></div></div><div class="col"><p>${LONG}</p></div></div>`,
  },
  {
    name: 'a list entry holding a sub-list is not one item; the sub-list entries are',
    html: `<ul class="menu"><li><a href="#c">分类</a><ul>
      <li data-item="1"><a href="#1">美银上调特斯拉12个月目标价至400美元</a></li><li data-item="2"><a href="#2">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a></li>
      <li data-item="3"><a href="#3">下周271.55亿元市值限售股解禁</a></li><li data-item="4"><a href="#4">两分钟辅助"心悦海南辅助"原先有开挂透视</a></li></ul></li></ul>`,
  },
  {
    name: 'a list entry with tag, title and comment links is one item',
    html: `<ul><li data-item="1"><a href="#t1">[财经]</a> <a href="#1">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a> <a href="#c1">评论</a></li>
      <li data-item="2"><a href="#t2">[财经]</a> <a href="#2">美银上调特斯拉12个月目标价</a> <a href="#c2">评论</a></li></ul>`,
    titles: { 1: '9分钟开挂"情怀游戏字牌辅助"原先有开挂' },
  },
  {
    name: 'script and style text is not item text',
    html: `<ul><li data-item="1"><a href="#1">美银上调特斯拉12个月目标价</a><script>var spam = "开挂透视辅助器";</script><style>.x::before{content:"有挂"}</style><noscript>开挂</noscript></li>
      <li data-item="2"><a href="#2">下周271.55亿元市值限售股解禁</a></li></ul>`,
    titles: { 1: '美银上调特斯拉12个月目标价' },
  },
  {
    name: 'whole-card links: the link holds title, summary and source',
    html: `<div class="feed">
      <a class="card" href="#1" data-item="1"><div class="t">美银上调特斯拉12个月目标价至400美元</div><div class="s">美国银行上调特斯拉目标价</div><span class="src">财经</span></a>
      <a class="card" href="#2" data-item="2"><div class="t">9分钟开挂"情怀游戏字牌辅助"原先有开挂</div><div class="s">AI辅助机器人普及解说</div><span class="src">游戏</span></a>
      <a class="card" href="#3" data-item="3"><div class="t">下周271.55亿元市值限售股解禁</div><div class="s">涉及多家公司</div><span class="src">证券</span></a>
    </div>`,
  },
  {
    name: 'mobile section cards: heading link, summary paragraph, meta line',
    html: `<div class="list">
      <section class="news-card" data-item="1"><h3><a href="#1">气象台发布寒潮蓝色预警 多地降温8℃以上</a></h3><p>中央气象台今晨发布寒潮蓝色预警，多地降温。</p><div class="meta"><span>天气</span><span>3小时前</span></div></section>
      <section class="news-card" data-item="2"><h3><a href="#2">两分钟辅助"心悦海南辅助"原先有开挂透视</a></h3><p>两分钟辅助"心悦海南辅助"原先有开挂透视辅助工具(竟然有挂)</p><div class="meta"><span>游戏</span><span>5小时前</span></div></section>
      <section class="news-card" data-item="3"><h3><a href="#3">新能源汽车11月销量同比增长三成</a></h3><p>乘联会数据显示渗透率继续提升。</p><div class="meta"><span>汽车</span><span>昨天</span></div></section>
    </div>`,
  },
  {
    name: 'grid columns wrapping boxes: the repeated column is the item',
    html: `<div class="row">
      <div class="col-md-4" data-item="1"><div class="box"><a href="#1">证监会发布境外发行上市备案通知书</a><p>涉及三家企业。</p></div></div>
      <div class="col-md-4" data-item="2"><div class="box"><a href="#2">8分钟开挂"约战平台辅助"原先有开挂辅助透视</a><p>人气非常高。</p></div></div>
      <div class="col-md-4" data-item="3"><div class="box"><a href="#3">多地出台措施支持老旧小区加装电梯</a><p>居民出行更方便。</p></div></div>
    </div>`,
  },
  {
    // Like a <br> after a link, the divider after an entry goes with it: a hidden entry leaves no doubled divider.
    name: 'items separated by divider elements, one item marked with an extra class',
    html: `<div class="news">
      <div class="news-item" data-item="1"><a href="#1">国家金融监管总局印发财险业高质量发展行动方案</a></div><div class="divider" data-item="1"></div>
      <div class="news-item promoted" data-item="2"><a href="#2">第九分钟开挂"水鱼辅助软件下载"本然有开挂透视</a></div><div class="divider" data-item="2"></div>
      <div class="news-item" data-item="3"><a href="#3">建银国际:预计恒指明年波动区间在16000至23000点</a></div><div class="divider" data-item="3"></div>
      <div class="news-item" data-item="4"><a href="#4">下周271.55亿元市值限售股解禁</a></div>
    </div>`,
  },
  {
    name: 'an image link and a title link in one entry',
    html: `<div class="pic-list">
      <div class="pic-item" data-item="1"><a href="#1"><img alt="" src="data:,"></a><a href="#1">美银上调特斯拉12个月目标价至400美元</a><span class="time">12-06</span></div>
      <div class="pic-item" data-item="2"><a href="#2"><img alt="" src="data:,"></a><a href="#2">五分钟辅助"潘潘讲故事有辅助吗"本来有开挂辅助插件</a><span class="time">12-06</span></div>
      <div class="pic-item" data-item="3"><a href="#3"><img alt="" src="data:,"></a><a href="#3">气象台发布寒潮蓝色预警</a><span class="time">12-05</span></div>
    </div>`,
    titles: { 2: '五分钟辅助"潘潘讲故事有辅助吗"本来有开挂辅助插件' },
  },
  {
    name: 'portal picture-and-text entries: picture link, heading link, source and time line',
    html: `<div class="news-list">
      <div class="news-item" data-item="1"><div class="pic"><a href="#1"><img alt="" src="data:,"></a></div><div class="txt"><h4><a href="#1">美银上调特斯拉12个月目标价至400美元</a></h4><p class="other"><span>财经网</span><span>2小时前</span></p></div></div>
      <div class="news-item" data-item="2"><div class="pic"><a href="#2"><img alt="" src="data:,"></a></div><div class="txt"><h4><a href="#2">9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器</a></h4><p class="other"><span>游戏网</span><span>3小时前</span></p></div></div>
      <div class="news-item" data-item="3"><div class="pic"><a href="#3"><img alt="" src="data:,"></a></div><div class="txt"><h4><a href="#3">下周271.55亿元市值限售股解禁</a></h4><p class="other"><span>证券网</span><span>5小时前</span></p></div></div>
    </div>`,
  },
  {
    name: 'recommendation blocks with per-block class names (title, info) inside one link per entry',
    html: `<div class="recommend"><h3>相关推荐</h3>
      <div class="rec-item" data-item="1"><a href="#1"><div class="rec-title">国家金融监管总局印发财险业高质量发展行动方案</div><div class="rec-info">新华社 · 1.2万阅读</div></a></div>
      <div class="rec-item" data-item="2"><a href="#2"><div class="rec-title">两分钟辅助"心悦海南辅助"原先有开挂透视辅助工具</div><div class="rec-info">游戏攻略 · 3.4万阅读</div></a></div>
      <div class="rec-item" data-item="3"><a href="#3"><div class="rec-title">气象台发布寒潮蓝色预警 多地降温8℃以上</div><div class="rec-info">中国天气 · 8千阅读</div></a></div>
    </div>`,
  },
  {
    name: 'a list entry with a picture column and a detail column',
    html: `<ul class="list">
      <li class="item cf" data-item="1"><a class="picture" href="#1"><img alt="" src="data:,"></a><div class="detail"><h3><a href="#1">证监会发布境外发行上市备案通知书</a></h3><div class="binfo"><span>证券时报</span><span>评论 12</span></div></div></li>
      <li class="item cf" data-item="2"><a class="picture" href="#2"><img alt="" src="data:,"></a><div class="detail"><h3><a href="#2">第九分钟开挂"水鱼辅助软件下载"本然有开挂透视辅助神器</a></h3><div class="binfo"><span>手游</span><span>评论 3</span></div></div></li>
      <li class="item cf" data-item="3"><a class="picture" href="#3"><img alt="" src="data:,"></a><div class="detail"><h3><a href="#3">多地出台措施支持老旧小区加装电梯</a></h3><div class="binfo"><span>人民网</span><span>评论 40</span></div></div></li>
    </ul>`,
  },
  {
    // Feeds whose cards open through a script (a data attribute or a click handler) have no link to start from.
    name: 'link-less cards opened by script: the repeated card is the item',
    html: `<div class="feed">
      <div class="feed-card" data-item="1" data-href="/n/1"><div class="title">国家金融监管总局印发财险业高质量发展行动方案</div><div class="meta">新华社 3小时前</div></div>
      <div class="feed-card" data-item="2" data-href="/n/2"><div class="title">微乐麻将必胜神器，装上就能看到三家手牌</div><div class="meta">游戏 1小时前</div></div>
      <div class="feed-card" data-item="3" data-href="/n/3"><div class="title">气象台发布寒潮蓝色预警 多地降温8℃以上</div><div class="meta">天气 刚刚</div></div>
    </div>
    <div class="feed">
      <section class="card" role="link" tabindex="0" data-item="4"><h3>建银国际:预计恒指明年波动区间</h3><p>港股</p></section>
      <section class="card" role="link" tabindex="0" data-item="5"><h3>跑得快透视软件免费下载 不封号</h3><p>游戏</p></section>
      <section class="card" role="link" tabindex="0" data-item="6"><h3>下周271.55亿元市值限售股解禁</h3><p>证券</p></section>
    </div>`,
  },
  {
    // 7x24 and 深度 columns: each card is one link around its heading, brief and time. The unlinked heading is the
    // card's own title (the link is the card), not the heading of a titled section.
    name: 'cards that are links around h3, p and a time: the link is the item, its heading the title',
    html: `<div class="depth-list">
      <a class="depth-item" href="#1" data-item="1"><h3 class="depth-title">辅助驾驶进入价格战：10万元级车型标配城市NOA</h3><p class="depth-brief">多家车企将高阶辅助驾驶下放至入门车型。</p><span>12-05 19:40</span></a>
      <a class="depth-item" href="#2" data-item="2"><h3 class="depth-title">3分钟开挂"微乐麻将小程序"原来有开挂透视辅助器(确实有挂)</h3><p class="depth-brief">3分钟开挂"微乐麻将小程序"原来有开挂透视辅助器</p><span>12-05 18:22</span></a>
      <a class="depth-item" href="#3" data-item="3"><h3 class="depth-title">老旧小区改造万亿市场：加装电梯企业订单排到明年</h3><p class="depth-brief">电梯企业订单饱满。</p><span>12-05 14:48</span></a>
    </div>`,
    titles: { '2': '3分钟开挂"微乐麻将小程序"原来有开挂透视辅助器(确实有挂)' },
  },
  {
    // 股吧-style rows: span columns whose classes differ only by their number (reads, replies, title, author, time).
    // The columns are alike, but they are parts of the row, not entries: the row is the item.
    name: 'rows of like span columns (l1 … l5): the row is the item, never the title column',
    html: `<div id="articlelist">
      <div class="articleh normal_post" data-item="1"><span class="l1 a1">3.2万</span><span class="l2 a2">41</span><span class="l3 a3"><a href="#1">天穹互娱联合警方打击外挂黑产 涉案金额超3000万元</a></span><span class="l4 a4"><a href="#u1">财经资讯</a></span><span class="l5 a5">05-24 18:11</span></div>
      <div class="articleh normal_post" data-item="2"><span class="l1 a1">27</span><span class="l2 a2">0</span><span class="l3 a3"><a href="#2">3分钟开挂"广东雀神麻将辅助"本来有开挂透视插件(真的有挂)</a></span><span class="l4 a4"><a href="#u2">股友Ls8kq2</a></span><span class="l5 a5">05-25 07:33</span></div>
      <div class="articleh normal_post" data-item="3"><span class="l1 a1">5621</span><span class="l2 a2">37</span><span class="l3 a3"><a href="#3">今天这根大阳线，散户是不是要人生开挂了</a></span><span class="l4 a4"><a href="#u3">价值投资老韭菜</a></span><span class="l5 a5">05-25 07:41</span></div>
    </div>`,
    titles: { '2': '3分钟开挂"广东雀神麻将辅助"本来有开挂透视插件(真的有挂)' },
  },
  {
    // Numbered entries of one list (a.hot-1 … a.hot-5), short ones beside a long spam one: entries, not columns (the
    // list is no row that repeats).
    name: 'numbered entries with one long title among short ones: each entry is an item',
    html: `<div class="hot">
      <a class="hot-1" href="#1" data-item="1">台风登陆广东沿海</a>
      <a class="hot-2" href="#2" data-item="2">央行降准0.5个百分点</a>
      <a class="hot-3" href="#3" data-item="3">开挂辅助微信abc123稳赢不封号包回本</a>
      <a class="hot-4" href="#4" data-item="4">国足客场负于日本</a>
      <a class="hot-5" href="#5" data-item="5">多地发布寒潮预警</a>
    </div>`,
  },
  {
    // A card a script opens, with a label heading and its own title link: the link stays the title.
    name: 'a script-opened card with a label heading and a title link: the link is the title',
    html: `<div class="cards">
      <div class="card" data-href="/t/1" data-item="1"><h5>热门话题</h5><a href="#1">央行宣布降准0.5个百分点 释放长期资金</a><a href="#u1">作者甲</a></div>
      <div class="card" data-href="/t/2" data-item="2"><h5>热门话题</h5><a href="#2">三分钟开挂"微乐麻将"原来有透视辅助器</a><a href="#u2">作者乙</a></div>
      <div class="card" data-href="/t/3" data-item="3"><h5>热门话题</h5><a href="#3">多地发布寒潮预警 最低气温降至零下</a><a href="#u3">作者丙</a></div>
    </div>`,
    titles: { '2': '三分钟开挂"微乐麻将"原来有透视辅助器' },
  },
  {
    // Old table-built pages: a table per news item repeats (its row is the entry); a footer is a table of one row
    // that repeats nothing, page layout, never an item.
    name: 'a table of one row that does not repeat is layout; one that repeats per item holds an entry',
    html: `<div class="news">
      <table class="item"><tr data-item="1"><td>·<a href="#1">江城职业技术学院举行2024届毕业典礼</a></td><td>05-22</td></tr></table>
      <table class="item"><tr data-item="2"><td>·<a href="#2">一分钟开挂"新道游辅助"原来有开挂透视软件(有挂解密)</a></td><td>05-19</td></tr></table>
      <table class="item"><tr data-item="3"><td>·<a href="#3">我院学子在省技能大赛中获一等奖</a></td><td>05-17</td></tr></table>
    </div>
    <table class="footer"><tr><td>版权所有：江城职业技术学院 地址：学府大道88号 招生咨询电话：0797-8888XXX 您是本站第 03215874 位访客</td></tr></table>`,
  },
  {
    // Discuz! thread lists: a row holds the title, the author's and the last poster's names and a date link. Only
    // the title is a headline: links of dates and counts are no headlines, however long.
    name: 'forum rows with name and date links beside the title: the row is the item',
    html: `<table><tbody id="normalthread_1"><tr data-item="1"><th><em>[<a href="#c">闲聊</a>]</em> <a href="#1">江城老旧小区加装外挂电梯补贴申请指南</a></th>
        <td><cite><a href="#u1">river_walker</a></cite><em><span>2024-5-24</span></em></td><td><a href="#1">12</a><em>340</em></td>
        <td><cite><a href="#u2">tqwe19820</a></cite><em><a href="#l1">2024-5-25 07:20</a></em></td></tr></tbody>
      <tbody id="normalthread_2"><tr data-item="2"><th><em>[<a href="#c">闲聊</a>]</em> <a href="#2">三分钟开挂"微乐麻将小程序有挂吗"原来有开挂透视辅助器</a></th>
        <td><cite><a href="#u3">tqwe19821</a></cite><em><span>2024-5-25</span></em></td><td><a href="#2">0</a><em>3</em></td>
        <td><cite><a href="#u4">tqwe19822</a></cite><em><a href="#l2">2024-5-25 07:18</a></em></td></tr></tbody></table>`,
  },
  {
    // Sohu/iFeng-style grids: two cells per row and an odd last row. The row holds two entries: never one item.
    name: 'a two-column grid built as rows of two cells: the cell is the item, never the row',
    html: `<div class="grid">
      <div class="row"><div class="cell" data-item="1"><a class="card" href="#1"><img alt="" src="data:,"><div class="t">国产手机厂商发布新一代影像芯片</div><span>IT之家</span></a></div>
        <div class="cell" data-item="2"><a class="card" href="#2"><div class="t">一分钟教会你"微信小程序跑得快开挂"原来是有挂</div><span>棋牌小助手</span></a></div></div>
      <div class="row"><div class="cell" data-item="3"><a class="card" href="#3"><div class="t">游戏公司起诉外挂制作者 法院判赔500万元</div><span>法治日报</span></a></div>
        <div class="cell" data-item="4"><a class="card" href="#4"><div class="t">卫星互联网进入密集发射期</div><span>21世纪经济报道</span></a></div></div>
      <div class="row"><div class="cell" data-item="5"><a class="card" href="#5"><div class="t">6分钟普及"丽水茶苑麻将辅助工具"原来真的是有挂</div><span>游戏百科</span></a></div></div>
    </div>`,
  },
  {
    name: 'like wrappers around a picture link and a title link to the same page are parts of one entry',
    html: `<div class="list">
      <div class="entry" data-item="1"><div class="c"><a href="#1"><img alt="" src="data:,"></a></div><div class="c"><a href="#1">美银上调特斯拉12个月目标价至400美元</a></div></div>
      <div class="entry" data-item="2"><div class="c"><a href="#2"><img alt="" src="data:,"></a></div><div class="c"><a href="#2">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a></div></div>
      <div class="entry" data-item="3"><div class="c"><a href="#3"><img alt="" src="data:,"></a></div><div class="c"><a href="#3">下周271.55亿元市值限售股解禁</a></div></div>
    </div>`,
  },
  {
    // A hijacking script slips its entries in with markup of its own; the real entry before one is not grouped with it.
    name: 'an entry with other classes among like entries is an item of its own',
    html: `<section class="related"><h2>相关新闻</h2>
      <a class="m-item" href="#1" data-item="1"><p class="title">五一假期国内出游2.95亿人次</p><div class="meta"><span>新华社</span></div></a>
      <a class="m-item" href="#2" data-item="2"><p class="title">景区门票预约“一票难求”？多地延长开放时间</p><div class="meta"><span>人民网</span></div></a>
      <a class="m_item" href="#x1" data-item="x1"><span>开 挂 神 器 ！"指尖四川麻将"透 视 辅 助 原来真的有挂</span></a>
      <a class="m_item" href="#x2" data-item="x2"><span>玩家必看科普"天天爱掼蛋开挂方法"确实真的有挂</span></a>
      <a class="m-item" href="#3" data-item="3"><p class="title">消费者协会：节假日遇到乱收费可拨打12315投诉</p><div class="meta"><span>央广网</span></div></a>
      <a class="m-item" href="#4" data-item="4"><p class="title">高速公路节假日免费通行 这些路段易拥堵</p><div class="meta"><span>交通运输部</span></div></a>
    </section>
    <div class="qa-list">
      <div class="qa-item" data-item="q1"><div class="qa-q"><a href="#q1">手机麻将是不是电脑控制输赢的？</a></div><div class="qa-a">最佳答案：正规平台随机发牌</div></div>
      <div class="qa_item qa-x" data-item="qx"><div class="q-line"><a class="q-txt" href="#qx">必看教程"微乐麻将开挂神器"果然有挂(透视软件分享)</a></div><div class="q-desc">添加客服领取安装包</div></div>
      <div class="qa-item" data-item="q2"><div class="qa-q"><a href="#q2">游戏里遇到开挂的玩家应该怎么举报？</a></div><div class="qa-a">最佳答案：在对局结算界面点击举报</div></div>
      <div class="qa-item" data-item="q3"><div class="qa-q"><a href="#q3">四川麻将血战到底的规则是什么？</a></div><div class="qa-a">最佳答案：一家胡牌后其他玩家继续打</div></div>
    </div>`,
    titles: { x1: '开 挂 神 器 ！"指尖四川麻将"透 视 辅 助 原来真的有挂', qx: '必看教程"微乐麻将开挂神器"果然有挂(透视软件分享)' },
  },
  {
    name: 'one odd sibling between entries makes no title/summary period',
    html: `<div class="list">
      <div class="news" data-item="1"><a href="#1">美银上调特斯拉12个月目标价至400美元</a><span>财经</span></div>
      <div class="promo"><span>广告位招租，联系电话见页面底部</span></div>
      <div class="news" data-item="2"><a href="#2">建银国际:预计恒指明年波动区间</a><span>港股</span></div>
      <div class="news" data-item="3"><a href="#3">下周271.55亿元市值限售股解禁</a><span>证券</span></div>
      <div class="news" data-item="4"><a href="#4">证监会发布境外发行上市备案通知书</a><span>证券</span></div>
    </div>`,
  },
  {
    // With no whole group before or after to compare with, nothing shows a pattern (2 + X became one item).
    name: 'an odd sibling late in a run joins no entry as its summary',
    html: `<div class="list">
      <div class="news" data-item="1"><a href="#1">美银上调特斯拉12个月目标价至400美元</a><span>财经</span></div>
      <div class="news" data-item="2"><a href="#2">建银国际:预计恒指明年波动区间</a><span>港股</span></div>
      <div class="promo"><span>推荐一款"微乐麻将"必赢神器 加微信领取</span></div>
      <div class="news" data-item="3"><a href="#3">下周271.55亿元市值限售股解禁</a><span>证券</span></div>
    </div>`,
  },
  {
    // Promoted entries every fifth place repeat among themselves, but five entries are no title/summary group.
    name: 'evenly spaced entries with other classes do not group the entries between them',
    html: `<div class="feed">
      <a class="it" href="#1" data-item="1">美银上调特斯拉12个月目标价至400美元</a><a class="it" href="#2" data-item="2">建银国际:预计恒指明年波动区间</a>
      <a class="ad" href="#x1" data-item="x1">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a>
      <a class="it" href="#3" data-item="3">下周271.55亿元市值限售股解禁</a><a class="it" href="#4" data-item="4">证监会发布境外发行上市备案通知书</a>
      <a class="it" href="#5" data-item="5">国家金融监管总局印发财险业方案</a><a class="it" href="#6" data-item="6">多地出台措施支持老旧小区加装电梯</a>
      <a class="ad" href="#x2" data-item="x2">两分钟辅助"心悦海南辅助"原先有开挂透视</a>
      <a class="it" href="#7" data-item="7">气象台发布寒潮蓝色预警 多地降温</a><a class="it" href="#8" data-item="8">新能源汽车11月销量同比增长三成</a>
      <a class="it" href="#9" data-item="9">央行开展逆回购操作 维护流动性</a><a class="it" href="#10" data-item="10">国产大飞机C919再添新航线</a>
      <a class="ad" href="#x3" data-item="x3">第九分钟开挂"水鱼辅助软件下载"本然有</a>
      <a class="it" href="#11" data-item="11">春运首日全国铁路发送旅客1200万人次</a><a class="it" href="#12" data-item="12">世预赛：国足主场2:1逆转取胜</a>
    </div>`,
  },
  {
    // A list of one entry is part of the item around it; a list of several entries stays a list of items.
    name: 'repeated boxes each holding a one-entry dl: the box is the item; a dl of several entries is a list',
    html: `<div class="news-list">
      <div class="news-box" data-item="1"><dl><dt><a href="#1">国家新闻出版署：6月共147款国产网络游戏获批</a></dt><dd class="summary">共147款游戏获批</dd><dd class="time">2025-06-11</dd></dl></div>
      <div class="news-box" data-item="2"><dl><dt><a href="#2">第九分钟开挂"水鱼辅助软件下载"本然有开挂透视</a></dt><dd class="summary">人气非常高</dd><dd class="time">2025-06-12</dd></dl></div>
      <div class="news-box sponsored" data-item="3"><dl><dt><a href="#3">开户即领新人礼包 手机3分钟开户</a></dt><dd class="summary">正规券商</dd></dl><span class="ad-tag">推广</span></div>
      <div class="news-box" data-item="4"><dl><dt><a href="#4">证监会：上半年对43起财务造假案件作出处罚</a></dt><dd class="summary">罚没金额合计超过50亿元</dd><dd class="time">2025-06-11</dd></dl></div>
    </div>
    <dl class="flash">
      <dt data-item="q1">15:02</dt><dd data-item="q1"><a href="#q1">【央行开展2000亿元7天期逆回购操作】</a></dd>
      <dt data-item="q2">14:47</dt><dd data-item="q2"><a href="#q2">【丽水麻将开挂辅助】原来真的有挂</a></dd>
      <dt data-item="q3">14:30</dt><dd data-item="q3"><a href="#q3">【工信部：加强组合辅助驾驶产品准入管理】</a></dd>
    </dl>`,
    titles: { 2: '第九分钟开挂"水鱼辅助软件下载"本然有开挂透视' },
  },
  {
    name: 'a one-entry ul in repeated cards, and a one-entry dl in the entries of a ul: the repeated element is the item',
    html: `<div class="cards">
      <div class="card" data-item="1"><ul class="t"><li><a href="#1">美银上调特斯拉12个月目标价至400美元</a></li></ul><p>财经</p></div>
      <div class="card" data-item="2"><ul class="t"><li><a href="#2">9分钟开挂"情怀游戏字牌辅助"原先有开挂</a></li></ul><p>游戏</p></div>
      <div class="card" data-item="3"><ul class="t"><li><a href="#3">下周271.55亿元市值限售股解禁</a></li></ul><p>证券</p></div>
    </div>
    <ul class="feed">
      <li data-item="4"><dl><dt><a href="#4">证监会发布境外发行上市备案通知书</a></dt><dd>涉及三家企业</dd></dl></li>
      <li data-item="5"><dl><dt><a href="#5">两分钟辅助"心悦海南辅助"原先有开挂透视</a></dt><dd>竟然有挂</dd></dl></li>
    </ul>`,
  },
  {
    // Never to a container of several entries, nor past the nearest item; with no item above, the entry stays one.
    name: 'a one-entry list in a block of other entries, or in no repeated element, is an item itself',
    html: `<div class="cols">
      <div class="col"><ul class="top"><li data-item="t1"><a href="#t1">国家金融监管总局印发财险业行动方案</a></li></ul>
        <ul class="more"><li data-item="m1"><a href="#m1">美银上调特斯拉目标价</a></li><li data-item="m2"><a href="#m2">下周限售股解禁</a></li></ul></div>
      <div class="col"><ul class="top"><li data-item="t2"><a href="#t2">8分钟开挂"约战平台辅助"原先有开挂辅助透视</a></li></ul>
        <ul class="more"><li data-item="m3"><a href="#m3">气象台发布寒潮蓝色预警</a></li><li data-item="m4"><a href="#m4">新能源汽车销量增长三成</a></li></ul></div>
    </div>
    <div class="notice"><h3>公告</h3><ul><li data-item="n1"><a href="#n1">关于调整部分栏目更新时间的说明</a></li></ul></div>`,
  },
];

/** A snippet parsed the way a page's parser would (no innerHTML in this code base), as nodes of this document. */
function parseMarkup(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => document.importNode(node, true));
}

/** Puts a snippet into the document. */
function render(html: string): void {
  document.body.replaceChildren(...parseMarkup(html));
}

/** Gives `host` an open shadow root holding `html`. */
function attachShadowMarkup(host: Element, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.append(...parseMarkup(html));
  return root;
}

/** The starts of the document, as the page guard queues them. */
function starts(): Element[] {
  return [...document.body.querySelectorAll(START_SELECTOR)].filter(isStart);
}

function describeStart(start: Element): string {
  return `<${start.localName} ${start.getAttribute('href') ?? ''}> ${(start.textContent ?? '').slice(0, 30)}`;
}

function itemName(item: ListItem | null): string | null {
  if (item === null) return null;
  const names = new Set(item.elements.map((element) => element.getAttribute('data-item')));
  return names.size === 1 ? [...names][0]! : `mixed:${[...names].join(',')}`;
}

describe('findListItem', () => {
  it.each(CASES)('$name', ({ html, titles }) => {
    render(html);
    const results: { start: string; expected: string | null; found: string | null }[] = [];
    const found = new Map<string, ListItem>();
    for (const start of starts()) {
      const expected = start.closest('[data-item]')?.getAttribute('data-item') ?? null;
      const item = findListItem(start);
      results.push({ start: describeStart(start), expected, found: itemName(item) });
      if (item !== null) found.set(itemName(item)!, item);
    }
    expect(results.filter((result) => result.expected !== result.found)).toEqual([]);
    // And every marked item is found from some start (an item no start leads to would never be judged).
    const expectedNames = [...new Set([...document.querySelectorAll('[data-item]')].map((element) => element.getAttribute('data-item')!))];
    expect([...found.keys()].sort()).toEqual(expectedNames.sort());

    // Every element of an expected item is in the found item, and nothing else is.
    for (const [name, item] of found) {
      const expectedElements = [...document.querySelectorAll(`[data-item="${name}"]`)];
      expect(item.elements).toEqual(expectedElements);
      expect(item.head).toBe(expectedElements[0]);
    }
    for (const [name, title] of Object.entries(titles ?? {})) expect(found.get(name)?.title).toBe(title);
  });

  it('a comment holding its one reply is two items: the reply is judged on its own words', () => {
    render(`<ul class="comments">
      <li class="comment"><a href="#u1">网友甲</a><p>哈哈 吐槽一下，二舅说他没开挂，就是手气好，不想玩了</p>
        <ul class="replies"><li class="reply"><a href="#u2">网友乙</a><span>微乐麻将辅助 加微信</span></li></ul></li>
      <li class="comment"><a href="#u3">网友丙</a><p>社区棋牌室成了银发族的第二客厅</p></li>
      <li class="comment"><a href="#u4">网友丁</a><p>掼蛋比赛下周开始报名</p></li>
    </ul>`);
    const reply = document.querySelector('li.reply')!;
    expect(findListItem(reply.querySelector('a')!)?.head).toBe(reply);
  });

  it('a feed card with a bar of short entries (转发 评论 赞) is one item, not a list', () => {
    const card = (n: number, text: string) =>
      `<div class="card-wrap"><div class="card"><a class="name" href="/u${n}">用户${n}</a><p class="txt">${text} <a href="/t${n}">#老旧小区加装外挂电梯#</a></p>` +
      `<div class="from"><a href="/p${n}">6月18日 06:2${n}</a></div>` +
      `<div class="card-act"><ul><li><a href="#f">转发 ${n}</a></li><li><a href="#c">评论 ${n}</a></li><li><a href="#l">赞 ${n}</a></li></ul></div></div></div>`;
    render(`<div id="feed">${card(1, '打牌总输的来，教你一招把把赢，主页有联系方式')}${card(2, '毕业三年终于在成都买房了')}${card(3, '外婆社区麻将比赛拿了二等奖')}</div>`);
    const cards = document.querySelectorAll('.card-wrap');
    const item = findListItem(cards[0]!.querySelector('a.name')!);
    expect(item?.head).toBe(cards[0]);
    expect(`${item?.title} ${item?.summary}`).toContain('把把赢');
    // A block whose entries are headlines is still a list, not an item.
    render(`<div class="col"><a href="#u">栏目</a><ul><li><a href="#1">多地出台措施支持老旧小区加装电梯</a></li><li><a href="#2">气象台发布寒潮蓝色预警信号</a></li></ul></div>
      <div class="col"><a href="#v">栏目</a><ul><li><a href="#3">证监会发布境外发行上市备案通知</a></li><li><a href="#4">新能源汽车销量同比增长三成</a></li></ul></div>
      <div class="col"><a href="#w">栏目</a><ul><li><a href="#5">国家金融监管总局印发工作方案</a></li><li><a href="#6">建银国际预计恒指明年波动区间</a></li></ul></div>`);
    expect(findListItem(document.querySelector('a[href="#u"]')!)).toBeNull();
    // Nor is a post whose reply list holds a long reply, or a box of tag links to pages of their own: lists both.
    render(`<div id="feed">${[1, 2, 3]
      .map(
        (n) =>
          `<div class="post"><a href="/u${n}">用户${n}</a><p>毕业三年终于在成都买房了 ${n}</p><ul><li>恭喜</li><li>羡慕</li><li>教你一招把把赢，主页有联系方式 ${n}</li></ul></div>`,
      )
      .join('')}</div>`);
    expect(findListItem(document.querySelector('.post a')!)).toBeNull();
    render(`${[1, 2, 3].map((n) => `<div class="mod"><a href="/more${n}">更多</a><ul><li><a href="/t/a${n}">麻将</a></li><li><a href="/t/b${n}">掼蛋</a></li></ul></div>`).join('')}`);
    expect(findListItem(document.querySelector('.mod > a')!)).toBeNull();
  });

  it('in a table whose rows hold two headlines each, the cell is the item; a title beside its author keeps the row', () => {
    const cell = (n: number, title: string) => `<td><span class="dot">·</span><a href="/c${n}">${title}</a><span class="date">05-2${n}</span></td>`;
    render(`<table class="tab-table"><tbody>
      <tr>${cell(1, '河南一季度GDP同比增长4.7%')}${cell(2, '郑州二手房成交量环比回升')}</tr>
      <tr>${cell(3, '宇通客车发布搭载L2级辅助驾驶新车型')}${cell(4, '两分钟了解“好运十三水”原先有开挂辅助插件')}</tr>
      <tr>${cell(5, '中原银行发布一季度经营数据')}${cell(6, '河南自贸试验区新增市场主体')}</tr></tbody></table>`);
    for (const link of document.querySelectorAll('a')) expect(findListItem(link)?.head).toBe(link.closest('td'));
    expect(findListItem(document.querySelector('tr')!)).toBeNull();
    render(`<table><tbody>${[1, 2, 3].map((n) => `<tr><td><a href="/t${n}">斗地主透视挂加微abc12${n}</a></td><td><a href="/u/${n}">author_${n}</a></td></tr>`).join('')}</tbody></table>`);
    for (const link of document.querySelectorAll('a')) expect(findListItem(link)?.head).toBe(link.closest('tr'));
  });

  it('comments with no link and no list markup start from their class (reply-item), and a row of search links is no item', () => {
    const reply = (n: number, text: string) =>
      `<div class="reply-item"><div class="user-name">网友${n}</div><div class="root-reply"><span class="reply-content">${text}</span>` +
      `<div class="reply-info"><span class="reply-time">2024-06-1${n}</span></div></div></div>`;
    render(`<div class="reply-list">${reply(1, '需要微乐透视的私我，先用后付')}${reply(2, '评论区又有卖挂的了，大家千万别信')}${reply(3, '同举报，上次我表弟就被骗了')}</div>`);
    const replies = [...document.querySelectorAll('.reply-item')];
    const heads = starts().map((start) => findListItem(start)?.head ?? null);
    expect(new Set(heads.filter((head) => head !== null))).toEqual(new Set(replies));
    // A class that names a holder of entries starts nothing: comment-list, reply-page (a batch of replies), items.
    render(`<div class="comment-list"><div class="reply-page">${reply(1, '甲')}${reply(2, '乙')}</div><div class="reply-page">${reply(3, '丙')}</div></div>`);
    expect(starts().map((start) => start.className)).not.toContain('reply-page');
    expect(starts().map((start) => start.className)).not.toContain('comment-list');

    const row = (links: string[]) => `<tr>${links.map((text) => `<td><a href="/s?wd=${text}">${text}</a></td>`).join('')}</tr>`;
    render(`<table class="rs"><tbody>${row(['四川麻将技巧口诀', '四川麻将怎么打容易赢', '四川麻将血战到底规则'])}${row(['四川麻将换三张技巧', '四川麻将查大叫', '麻将透视挂是真的吗'])}</tbody></table>`);
    for (const link of document.querySelectorAll('a')) expect(findListItem(link)).toBeNull();
    // A directory of links of unlike lengths (友情链接) is no grid of suggestions: each cell is an entry, never the row.
    const site = (cells: string[]) => `<tr>${cells.map((text, index) => `<td class="lk"><a href="#l${text.length}${index}">${text}</a></td>`).join('')}</tr>`;
    render(`<table><tbody>${site(['国家反诈中心', '中国互联网举报中心', '省融媒体云平台'])}${site(['市新闻网', '县教育局', '县体育中心（棋牌协会）', '棋牌辅助器下载|kai挂神器'])}</tbody></table>`);
    const links = [...document.querySelectorAll('tr:last-child a')];
    expect(findListItem(links[3]!)?.head).toBe(links[3]!.parentElement);
    expect(findListItem(links[2]!)?.head).toBe(links[2]!.parentElement);
  });

  it('a forum floor laid out as a table (a poster column spanning rows) is the entry; its controls are not its words', () => {
    const floor = (n: number, text: string) =>
      `<div id="post_${n}"><table class="plhin"><tbody><tr><td class="pls" rowspan="2"><a href="/u${n}">用户${n}</a>` +
      `<table><tbody><tr><th><a href="#">0</a>主题</th><th><a href="#">2</a>帖子</th></tr></tbody></table></td>` +
      `<td class="plc"><a href="#f${n}">${n}#</a><table><tbody><tr><td class="t_f">${text}</td></tr></tbody></table></td></tr>` +
      `<tr><td class="plc plm"></td></tr><tr><td class="pls"></td><td class="plc"><a href="#r">回复</a><a href="#s">支持</a><a href="#j">举报</a></td></tr>` +
      `</tbody></table></div>`;
    render(`<div id="postlist">${floor(1, '打牌图开心，别上头')}${floor(2, '需要的老铁加我V：mj2580abc 先试后付')}${floor(3, '社区掼蛋比赛下周报名')}</div>`);
    const item = findListItem(document.querySelector('#post_2 a')!);
    expect(item?.head).toBe(document.getElementById('post_2'));
    expect(`${item?.title} ${item?.summary}`).toContain('mj2580abc');
    expect(`${item?.title} ${item?.summary}`).not.toContain('举报');
  });

  it('replies rendered like their comment (li.comment in li.comment) are not its words', () => {
    const comment = (id: string, text: string, replies = '') =>
      `<li class="comment" id="${id}"><div class="comment-body"><a href="/u/${id}">网友${id}</a><p>${text}</p></div>` +
      `${replies === '' ? '' : `<ul class="children">${replies}</ul>`}</li>`;
    render(`<ol class="comment-list">${comment('c1', '社区棋牌室成了银发族的第二客厅', comment('r1', '9分钟开挂"情怀游戏"原先有挂') + comment('r2', '我外婆也天天去'))}${comment('c2', '掼蛋比赛下周开始报名')}${comment('c3', '棋牌室装了新空调')}</ol>`);
    const root = findListItem(document.querySelector('#c1 a')!);
    expect(root?.head).toBe(document.getElementById('c1'));
    expect(`${root?.title} ${root?.summary}`).not.toContain('开挂');
    expect(root?.nested).toEqual([document.getElementById('r1'), document.getElementById('r2')]);
    expect(findListItem(document.querySelector('#r1 a')!)?.head).toBe(document.getElementById('r1'));
  });

  it('a news table with a picture column spanning its rows stays a list, inside repeating tab boxes too', () => {
    const tab = (n: number) =>
      `<div class="tab-con"><table><tbody><tr><td rowspan="3"><img alt="" src="data:,"></td><td>· <a href="/n${n}1">新能源汽车11月销量同比增长三成</a></td><td>05-25</td></tr>` +
      `<tr><td>· <a href="/n${n}2">9分钟开挂"情怀游戏"原先有挂技术</a></td><td>05-25</td></tr>` +
      `<tr><td>· <a href="/n${n}3">气象台发布寒潮蓝色预警信号</a></td><td>05-24</td></tr></tbody></table></div>`;
    render(`<div class="tabs">${tab(1)}${tab(2)}${tab(3)}</div>`);
    for (const link of document.querySelectorAll('a')) expect(findListItem(link)?.head).toBe(link.closest('tr'));
  });

  it('an action bar drawn without links (👍 3 评论 举报) is not an entry’s words; one control word at the end is', () => {
    const answer = (n: number, text: string, bar: string) =>
      `<div class="answer"><div class="answer-author"><a href="/u${n}">用户${n}</a><span>2023-11-1${n}</span></div><div class="answer-text"><p>${text}</p></div>` +
      `<div class="wgt-eva">${bar}</div></div>`;
    render(`<div>${answer(1, '大概率遇到伙牌了，平台查实会封号', '<span>👍 208</span><span>评论</span><span>举报</span>')}${answer(2, '别玩带钱的了，十赌九输', '<span>👍 96</span><span>评论</span><span>举报</span>')}${answer(3, '看到卖挂的广告，网友纷纷举报', '')}</div>`);
    const [first, , third] = [...document.querySelectorAll('.answer')].map((element) => findListItem(element.querySelector('a')!));
    expect(`${first?.title} ${first?.summary}`).not.toMatch(/举报|评论|208/);
    expect(`${third?.title} ${third?.summary}`).toContain('网友纷纷举报');
  });

  it('a long comment laid out in blocks (poster, quotes, text, actions) is an entry, not a paragraph', () => {
    const reply = (n: number, text: string, quote = '') =>
      `<div class="reply"><div class="avatar"></div><div class="body"><div class="author"><a href="/u${n}">网友${n}</a><span>2024-05-24</span></div>` +
      `${quote === '' ? '' : `<div class="floors"><div class="floor"><p>${quote}</p></div></div>`}<p class="content">${text}</p></div></div>`;
    const long = '退休老头表示，每天下午三圈麻将，输赢五块钱，这也算赌吗？我看是算脑力锻炼，比天天坐着看电视强多了。'.repeat(2);
    render(`<div>${reply(1, '掼蛋在我们这边就是全民运动')}${reply(2, '8分钟开挂"微乐掼蛋辅助"原来有开挂透视辅助器(确实有挂)', long)}${reply(3, '人生开挂靠的是努力')}</div>`);
    const item = findListItem(document.querySelectorAll('.reply a')[1]!);
    expect(item?.head).toBe(document.querySelectorAll('.reply')[1]);
    // A paragraph as long, in an article-less page, is still no entry.
    render(`<div class="text"><p>${long}</p><p>${long}</p><p>${long}</p></div>`);
    expect(findListItem(document.querySelector('p')!)).toBeNull();
  });

  it('a question whose class names an entry is one, without the answers listed under it; each answer is its own', () => {
    const question = (n: number, text: string, answers: string[]) =>
      `<div class="ask-item"><div class="ask-q"><i>问</i>${text}</div><ul class="ask-answers">${answers.map((answer) => `<li><i>答</i>${answer}<span>2024-05-1${n}</span></li>`).join('')}</ul><div class="ask-more">查看全部回答</div></div>`;
    render(`<div>${question(1, '洗牌声音大吗？住楼房会不会吵到邻居？', ['比老式的小很多，关着门基本听不到', '晚上十点以后还是注意点'])}${question(2, '麻将机遥控器、透视眼镜，控制输赢，需要的私聊', [])}${question(3, '能当餐桌用吗？桌面平不平？', ['折叠款可以，盖上就是平桌面', '我家天天在上面吃饭'])}</div>`);
    const first = findListItem(document.querySelector('.ask-item')!);
    expect(first?.head).toBe(document.querySelector('.ask-item'));
    expect(`${first?.title} ${first?.summary}`).not.toContain('关着门');
    expect(first?.nested).toEqual([...document.querySelectorAll('.ask-item')[0]!.querySelectorAll('li')]);
    expect(findListItem(document.querySelectorAll('.ask-item')[1]!)?.title).toContain('控制输赢');
    expect(findListItem(document.querySelector('li')!)?.head).toBe(document.querySelector('li'));
  });

  it('finds entries nothing starts from: alike children with text and no link, list markup or entry class', () => {
    const comment = (text: string) => `<div class="Ar5Zk9Qe"><div class="Ux8PpL1a"><span>网友</span></div><div class="Tz4Lm8Gc"><span>${text}</span></div></div>`;
    render(`<div class="Kp2Wx7">${comment('过年回家跟老爸打掼蛋')}${comment('两分钟开挂"心悦海南"竟然有挂')}${comment('已经转发给我妈了')}</div>
      <ul><li><a href="/1">新能源汽车11月销量同比增长三成</a></li><li><a href="/2">气象台发布寒潮蓝色预警信号</a></li><li><a href="/3">下周限售股解禁</a></li></ul>`);
    expect(findStartlessEntries(document)).toEqual([...document.querySelectorAll('.Ar5Zk9Qe')]);
    expect(starts().filter((start) => start.closest('.Kp2Wx7') !== null)).toEqual([]);
    // A timeline of a time and its news each, after a heading.
    const flash = (time: string, text: string) => `<div class="_2h8Lq"><time>${time}</time><p>${text}</p></div>`;
    render(`<div class="_3xK9a"><h4>7×24 快讯</h4>${flash('13:40', '【5分钟开挂"微乐红中麻将辅助"本来有开挂辅助插件】')}${flash('13:31', '【沪指午后翻红】')}${flash('13:15', '【全国掼蛋锦标赛7月开赛】')}</div>`);
    expect(findStartlessEntries(document)).toEqual([...document.querySelectorAll('._2h8Lq')]);
  });

  it('layout wrappers and meta spans named like entries are parts of the entry, not entries of their own', () => {
    const row = (n: number, text: string) =>
      `<div class="row" id="e${n}"><div class="col-3"><img alt="" src="data:,"></div><div class="col-9"><div class="row"><a href="/n${n}">${text}</a></div><div class="row"><span>2024-05-2${n}</span></div></div></div>`;
    render(`<div class="list">${row(1, '美银上调特斯拉12个月目标价')}${row(2, '9分钟开挂"情怀游戏"原先有挂')}${row(3, '气象台发布寒潮蓝色预警信号')}</div>`);
    expect(`${findListItem(document.querySelectorAll('.list a')[1]!)?.title}`).toContain('情怀游戏');
    const entry = (n: number, text: string) =>
      `<dt><a href="/n${n}">${text}</a></dt><dd><span class="meta-item">来源：新华社</span><span class="meta-item">2024-05-0${n}</span></dd>`;
    render(`<dl>${entry(1, '美银上调特斯拉12个月目标价')}${entry(2, '9分钟开挂"情怀游戏"原先有挂')}${entry(3, '气象台发布寒潮蓝色预警信号')}</dl>`);
    const item = findListItem(document.querySelectorAll('dt a')[1]!);
    expect(item?.elements).toHaveLength(2);
    expect(item?.nested).toBeUndefined();
  });

  it('a run of paragraphs without blocks is no startless list; nor are the options of a select', () => {
    const paragraph = '记者在某平台搜索“麻将开挂”，跳出的帖子写着：9分钟开挂"微乐麻将辅助"原先有开挂透视辅助器(确实有挂)。';
    render(`<div class="story"><section><span>${paragraph}</span></section><section><span>${paragraph}</span></section><section><span>${paragraph}</span></section></div>
      <select>${[1, 2, 3, 4].map((n) => `<option>友情链接：麻将开挂透视辅助 ${n}</option>`).join('')}</select>`);
    expect(findStartlessEntries(document)).toEqual([]);
  });

  it('a comment is read without the replies inside it, even where a reply repeats its words, and without quotes', () => {
    render(`<div>${[1, 2, 3].map((n) => `<div class="comment"><span>同意楼上的看法 支持${n}</span><div class="comment"><span>同意楼上的看法</span></div></div>`).join('')}</div>`);
    const item = findListItem(document.querySelector('.comment span')!);
    expect(`${item?.title} ${item?.summary}`.trim()).toBe('同意楼上的看法 支持1');
    const reply = (n: number, quote: string, text: string) =>
      `<li class="reply-item"><div class="user"><a href="/u${n}">网友${n}</a></div><div class="reply-doc"><div class="reply-quote">${quote}</div><p>${text}</p></div></li>`;
    render(`<ul>${reply(1, '', '过年打麻将图个热闹')}${reply(2, '叔叔输钱是因为没用工具，微乐麻将透视辅助了解一下，+V：dm0912', '楼主千万别信这种，已举报')}${reply(3, '', '我家也是')}</ul>`);
    expect(findListItem(document.querySelectorAll('.reply-item a')[1]!)?.summary).not.toContain('透视');
  });

  it('an action bar is cut only where it stands apart from the sentence', () => {
    const line = (text: string) => `<div>${[1, 2, 3].map((n) => `<div class="c"><span>${n === 2 ? text : `普通的评论内容${n}`}</span></div>`).join('')}</div>`;
    render(line('这条视频引发网友纷纷点赞转发'));
    expect(findListItem(document.querySelectorAll('.c')[1]!)?.title).toBe('这条视频引发网友纷纷点赞转发');
    render(line('我不支持也不反对 评论 举报'));
    expect(findListItem(document.querySelectorAll('.c')[1]!)?.title).toBe('我不支持也不反对');
  });

  it('comments named with a CSS module hash, inside the article container, are entries; a comment with replies hides only its own parts', () => {
    const comment = (n: number, text: string, replies = '') =>
      `<div class="comment_item__2mX0p" id="c${n}"><div class="comment_avatar__1Pf4b"></div><div class="comment_main__3kLq9"><div class="comment_head__1yT0c"><span>网友${n}</span></div>` +
      `<div class="comment_text__2b0Zs">${text}</div>${replies === '' ? '' : `<div class="comment_replies__1sXk2">${replies}</div>`}</div></div>`;
    const reply = (text: string) => `<div class="comment_replyItem__3pD1v"><span>网友：</span><span>${text}</span></div>`;
    render(`<div class="article-content"><p>正文</p><div class="comment_list__3lL2d">${comment(1, '麻将是国粹，列入智力运动是好事')}${comment(2, '阿姨们打牌老输的，能看到别人手里什么牌，薇信 ly-2288', reply('这就是骗子，我妈被骗了498块') + reply('已举报'))}${comment(3, '社区活动室打麻将，一分钱不赌')}</div></div>`);
    const item = findListItem(document.querySelector('#c2 .comment_text__2b0Zs')!);
    expect(item?.head).toBe(document.getElementById('c2'));
    expect(item?.nested).toHaveLength(2);
    expect(item?.parts?.map((part) => part.className)).toEqual(['comment_avatar__1Pf4b', 'comment_head__1yT0c', 'comment_text__2b0Zs']);
  });

  it('a forum floor with a reply list beside a long post is an entry; the replies are judged apart', () => {
    const floor = (n: number, text: string, replies: string[]) =>
      `<div class="l_post"><div class="d_author"><ul class="p_author"><li><a href="/u${n}">用户${n}</a></li><li><span>${n}级</span></li></ul></div>` +
      `<div class="d_post_content">${text}</div><a href="#reply">回复(${replies.length})</a><ul class="lzl">${replies.map((reply, index) => `<li><a href="/r${n}${index}">网友${index}</a>:<span>${reply}</span></li>`).join('')}</ul></div>`;
    const long = (text: string) => `${text}，这是我打了十年斗地主总结出来的一点经验，欢迎大家补充讨论，不喜勿喷。`;
    render(`<div id="j_p_postlist">${floor(1, long('连输二十把是匹配机制的问题'), ['这种帖子天天有，吧务呢？', '我问的是有没有人作弊，已举报'])}${floor(2, long('2分钟开挂"欢乐斗地主辅助"原先有开挂透视辅助器'), ['又是卖挂的', '举报了'])}${floor(3, long('记牌器是官方道具'), [])}</div>`);
    const post = findListItem(document.querySelectorAll('.d_post_content')[1]!);
    expect(post?.head).toBe(document.querySelectorAll('.l_post')[1]);
    expect(`${post?.title} ${post?.summary}`).not.toContain('回复');
    expect(post?.summary ?? '').not.toContain('又是卖挂的');
    expect(post?.parts).toBeDefined();
  });

  it('BEM parts of an entry are no entries; quote-like classes that are the item stay its words', () => {
    const card = (n: number, text: string) =>
      `<div class="news-item"><div class="news-item__row"><a href="/n${n}">${text}</a></div><div class="news-item__row"><span>新华社</span><span>2024-05-0${n}</span></div></div>`;
    render(`<div>${card(1, '美银上调特斯拉12个月目标价')}${card(2, '9分钟开挂"情怀游戏"原先有挂')}${card(3, '气象台发布寒潮蓝色预警信号')}</div>`);
    const item = findListItem(document.querySelectorAll('.news-item a')[1]!);
    expect(item?.head.className).toBe('news-item');
    expect(item?.summary).toContain('新华社');
    render(`<ul>${[1, 2, 3].map((n) => `<li class="news"><div class="quote-card"><a href="/q${n}">9分钟开挂"情怀游戏"原先有挂 ${n}</a><p>摘要${n}</p></div></li>`).join('')}</ul>`);
    expect(findListItem(document.querySelector('.quote-card a')!)?.title).toContain('情怀游戏');
    render(`<ul>${[1, 2, 3].map((n) => `<li><a class="stock-quote" href="/s${n}">9分钟开挂情怀游戏有挂 ${n}</a><span>+1.2%</span></li>`).join('')}</ul>`);
    expect(findListItem(document.querySelector('li a')!)?.title).toContain('情怀游戏');
    // A repost is its quote: 转发微博 is next to nothing of its own.
    render(`<div>${[1, 2, 3].map((n) => `<div class="card"><div class="txt">转发微博</div><div class="card-quote">网友${n}：9分钟开挂"情怀游戏"原先有挂，加V看牌</div></div>`).join('')}</div>`);
    const repost = findListItem(document.querySelector('.card .txt')!);
    expect(`${repost?.title} ${repost?.summary}`).toContain('情怀游戏');
  });

  it('posts of a feed marked up as <article>s are entries, and so are the comments under a post; one page article stays prose', () => {
    const comment = (n: number, text: string) => `<div class="item1"><div><a href="/n/u${n}">网友${n}</a>:<span> ${text}</span></div><div>26-3-2 10:1${n}</div></div>`;
    const post = (n: number, text: string, comments = '') =>
      `<div class="item-view"><div class="scroller-item"><article class="Feed_wrap_3v9LH"><header><a href="/u/${n}">博主${n}</a></header><div class="wbtext">${text}</div>` +
      `${comments === '' ? '' : `<div class="Feed_box_2SIeO"><div class="list">${comments}</div></div>`}</article></div></div>`;
    render(`<div id="feed">${post(1, '【警惕】网上卖的透视挂全是骗局', comment(1, '我舅就是被骗了') + comment(2, '開掛輔助 實測穩定 需要的私') + comment(3, '人生要是能开挂就好了'))}${post(2, '今天陪爸妈打了一下午麻将')}${post(3, '两点透视和三点透视怎么区分')}</div>`);
    const spam = findListItem(document.querySelectorAll('.item1 span')[1]!);
    expect(spam?.head).toBe(document.querySelectorAll('.item1')[1]);
    // Posts that arrive later make the first post a post of a feed: its comments are entries from then on.
    render(`<div id="feed">${post(1, '【警惕】网上卖的透视挂全是骗局', comment(1, '我舅就是被骗了') + comment(2, '開掛輔助 實測穩定 需要的私') + comment(3, '人生要是能开挂就好了'))}</div>`);
    expect(findListItem(document.querySelectorAll('.item1 span')[1]!)).toBeNull();
    document.getElementById('feed')!.append(...parseMarkup(post(2, '今天陪爸妈打了一下午麻将') + post(3, '两点透视和三点透视怎么区分')));
    expect(findListItem(document.querySelectorAll('.item1 span')[1]!)?.head).toBe(document.querySelectorAll('.item1')[1]);
    // Collapsed posts, our placeholders beside them in their wrappers, are posts still.
    for (const article of [...document.querySelectorAll('article')].slice(1)) {
      const placeholder = document.createElement(PLACEHOLDER_TAG);
      placeholder.setAttribute(OWN_ATTRIBUTE, '');
      article.before(placeholder);
    }
    expect(findListItem(document.querySelectorAll('.item1 span')[1]!)?.head).toBe(document.querySelectorAll('.item1')[1]);
  });

  it.each([
    ['alone', (body: string) => `<article>${body}</article>`],
    ['between a header and a footer of its shape', (body: string) => `<div id="header"><p>站点</p></div><div id="main"><article>${body}</article></div><div id="footer"><p>版权</p></div>`],
    [
      'in wrappers like the page’s other rows',
      (body: string) => `<div class="mx-auto max-w-3xl px-4"><nav>首页</nav></div><div class="mx-auto max-w-3xl px-4 py-10"><article class="prose">${body}</article></div><div class="mx-auto max-w-3xl px-4"><footer>版权</footer></div>`,
    ],
    [
      'holding the page’s heading, followed by related posts',
      (body: string) => `<main><article class="post"><h1>记者调查</h1>${body}</article><article class="post"><a href="/88">相关文章一</a></article><article class="post"><a href="/77">相关文章二</a></article></main>`,
    ],
  ])('the page’s one article (%s) keeps its bullet points as prose', (_, page) => {
    render(page(`<h2>记者调查</h2><ul>${[1, 2, 3].map((n) => `<li>第${n}种话术：开挂透视辅助，不封号，加微看牌${n}</li>`).join('')}</ul>`));
    expect(findListItem(document.querySelector('article li')!)).toBeNull();
  });

  it('comments alternating with comments that have replies are entries each, not titles and their summaries', () => {
    const main = (text: string) => `<div class="comment-item__main"><span class="nick">网友</span><div class="comment-item__content">${text}</div><span>回复</span></div>`;
    const plain = (text: string) => `<div class="comment-item">${main(text)}</div>`;
    const withReplies = (text: string) =>
      `<div class="comment-group"><div class="comment-block">${main(text)}</div><div class="replies"><div class="reply-item">网友：说得对</div></div></div>`;
    render(`<div class="comment-list">${plain('+V：mj1688 专业提供各类棋牌辅助，透视看牌')}${withReplies('提醒家里老人别信看牌软件')}${plain('支持社区麻将角')}${withReplies('晚上十点以后就别打了')}</div>`);
    const item = findListItem(document.querySelector('.comment-item__content')!);
    expect(item?.elements).toEqual([document.querySelector('.comment-item')]);
    expect(item?.summary ?? '').not.toContain('提醒家里老人');
  });

  it('a component whose words are all in nested shadow trees is read as it shows; two alike reply components are entries of their own', () => {
    const comment = (text: string): Element => {
      const host = document.createElement('x-comment');
      const root = attachShadowMarkup(host, '<style>:host{display:block}</style><div id="body"><a href="/u/1">网友</a><x-text></x-text><div id="footer">03-13 回复</div></div>');
      attachShadowMarkup(root.querySelector('x-text')!, `<p>${text}</p>`);
      return host;
    };
    const thread = (text: string, replies: string[]): Element => {
      const host = document.createElement('x-thread');
      const root = attachShadowMarkup(host, '<div id="main"></div><x-replies></x-replies>');
      root.getElementById('main')!.append(comment(text));
      const list = attachShadowMarkup(root.querySelector('x-replies')!, '<div id="contents"></div>');
      for (const reply of replies) list.getElementById('contents')!.append(comment(reply));
      return host;
    };
    const feed = document.createElement('div');
    feed.append(thread('社区麻将角挺好', []), thread('kai挂 tou视 全平台通用，主页有v', ['楼上是骗子，已举报', '别信']), thread('外挂电梯也该装了', []));
    document.body.replaceChildren(feed);
    const spam = feed.children[1]!;
    const item = readListItem(spam);
    expect(item?.title).toContain('kai挂 tou视');
    expect(item?.title).not.toContain('骗子');
    expect(item?.nested).toHaveLength(2);
    expect(item?.parts).toEqual([spam.shadowRoot!.getElementById('main')]);
    const reply = item!.nested![0]!;
    expect(findItemHead(reply.shadowRoot!.querySelector('a')!)).toBe(reply);
    expect(readListItem(reply)?.title).toContain('楼上是骗子');
  });

  it('a reposted card is not the post’s words but is kept to be judged: a pitch reposting news, and news reposted bare', () => {
    const post = (n: number, own: string, reposted: string) =>
      `<article class="Feed_wrap_3v9LH"><header><a href="/u/${n}">用户${n}</a><a href="/${n}/t">1小时前</a> 来自 iPhone 15</header><div class="Feed_retweet_JqZJb"><div class="wbtext">${own}</div></div>` +
      `<div class="Feed_retweet_JqZJb retweet_retweetCard_1ZB3C"><div class="wbtext">${reposted}</div></div><footer>转发 3 评论 1 赞 5</footer></article>`;
    render(`<div>${post(1, '想把把赢的朋友看过来 ✚v：hy8826，手机打牌从此不再输', '@人民日报:#麻将申遗# 麻将是流传最广的民间游戏之一')}${post(2, '转发微博', '@好运来:开挂辅助 透视看牌 加v：hy8826 把把赢')}${post(3, '支持申遗', '@新华社:全国掼蛋公开赛开幕')}</div>`);
    const pitch = findListItem(document.querySelectorAll('header a')[0]!);
    expect(`${pitch?.title} ${pitch?.summary}`).toContain('✚v');
    expect(`${pitch?.title} ${pitch?.summary}`).not.toContain('麻将申遗');
    expect(pitch?.reposted).toContain('麻将申遗');
    const bare = findListItem(document.querySelectorAll('header a')[2]!);
    expect(bare?.reposted).toContain('开挂辅助');
  });

  it('a 7×24 timeline of lines that open with their time is a list; paragraphs are not', () => {
    const lines = ['央行今日开展2000亿元7天期逆回购操作', '【棋牌】微乐·开·挂·辅·助 透·视·神·器 全网最低价', '工信部：前4个月软件业务收入同比增长11.5%'];
    render(`<div class="flash">${lines.map((line, index) => `<p><time>10:4${index}</time>${line}</p>`).join('')}</div>`);
    expect(findStartlessEntries(document)).toEqual([...document.querySelectorAll('.flash p')]);
    expect(findListItem(document.querySelectorAll('.flash p')[1]!)?.head).toBe(document.querySelectorAll('.flash p')[1]);
    render(`<div class="story">${lines.map((line) => `<p>${line}，记者从有关部门了解到这一消息。</p>`).join('')}</div>`);
    expect(findStartlessEntries(document)).toEqual([]);
  });

  it('a box of alike entries without list markup (读者评报: div.msg ×4) is no item, though it repeats among alike boxes', () => {
    const letter = (who: string, text: string) => `<div class="msg"><span class="who">${who}</span><span class="when">05-25 08:12</span><p class="txt">${text}</p></div>`;
    render(
      `<div class="bottom"><div class="part"><div class="box-title">阅读排行</div><ol><li><a href="/1">外挂电梯加装补贴申请指南</a></li></ol></div>` +
        `<div class="part"><div class="box-title">往期回顾</div><p>2024年5月</p></div>` +
        `<div class="part letters"><div class="box-title">读者评报</div>${letter('王先生', '外挂电梯那篇报道很及时，我们楼就在首批名单里，希望施工期间注意噪音。')}` +
        `${letter('江城网友', '打牌想赢的朋友可以找我，手机棋牌都能看透对方牌，加微 qp_8899 详聊')}${letter('刘女士', '我父亲差点在网上买了所谓的麻将透视眼镜，幸亏看到这篇报道。')}` +
        `${letter('公交乘客', '坐过一次装了辅助驾驶的公交，刹车比以前平顺，司机说手一直不离方向盘。')}</div></div>`,
    );
    expect(readListItem(document.querySelector('.letters')!)).toBeNull();
    expect(findListItem(document.querySelectorAll('.msg .txt')[1]!)?.head).toBe(document.querySelectorAll('.msg')[1]);
    // Entries laid out in lines stay entries: short alike lines, a list entry by markup or class, a row of cells.
    const lines = ['美银上调特斯拉12个月目标价至400美元并维持买入评级', '建银国际预计恒指明年波动区间在一万八到两万三之间', '来源：人民网 2024-05-21 10:21 评论 123'];
    render(`<ul>${[1, 2, 3].map((n) => `<li class="card"><div class="line">标题${n}开挂</div><div class="line">短摘要${n}</div><div class="line">来源 ${n}小时前</div></li>`).join('')}</ul>`);
    expect(readListItem(document.querySelector('.card')!)?.head).toBe(document.querySelector('.card'));
    render(`<ul>${[1, 2, 3].map((n) => `<li class="item"><div class="line"><a href="/${n}">${lines[0]}</a></div><div class="line">${lines[1]}</div><div class="line">${lines[2]}</div></li>`).join('')}</ul>`);
    expect(findListItem(document.querySelector('.item a')!)?.head).toBe(document.querySelector('.item'));
    render(`<table><tbody>${[1, 2, 3].map((n) => `<tr><td class="c"><a href="/${n}">${lines[0]}</a></td><td class="c">${lines[1]}</td><td class="c">${lines[2]}</td></tr>`).join('')}</tbody></table>`);
    expect(findListItem(document.querySelector('tr a')!)?.head).toBe(document.querySelector('tr'));
  });

  it('ruby annotations are pronunciation, not words: 開掛 annotated with 注音 reads 開掛', () => {
    const ruby = (text: string) => [...text].map((character) => `<ruby>${character}<rp>(</rp><rt>ㄅ</rt><rp>)</rp></ruby>`).join('');
    render(`<ul>${['開掛輔助透視', '國語日報新聞', '小學生閱讀比賽'].map((title, index) => `<li><a href="/${index}">${ruby(title)}</a></li>`).join('')}</ul>`);
    expect(findListItem(document.querySelector('li a')!)?.title).toBe('開掛輔助透視');
  });

  it('a carousel slide is one entry whatever its neighbours, and collapsing it hides what it holds, not the slide', () => {
    const slide = (title: string, extra = '') => `<div class="swiper-slide${extra}"><a href="/${title.length}"><div class="pic"></div><p class="swiper-title">${title}</p></a></div>`;
    const titles = ['六分钟开挂"微乐斗地主辅助"原来有开挂透视辅助器(真的有挂)', 'MSI季中赛：LPL两支战队携手晋级胜者组决赛', 'KPL春季赛总决赛门票今日开售'];
    // Loop mode: a copy of the last slide before the first, a copy of the first after the last.
    render(`<div class="swiper-wrapper">${slide(titles[2]!, ' swiper-slide-duplicate')}${titles.map((title) => slide(title)).join('')}${slide(titles[0]!, ' swiper-slide-duplicate')}</div>`);
    const spamSlide = document.querySelectorAll('.swiper-slide')[1]!;
    const item = findListItem(spamSlide.querySelector('a')!);
    expect(item?.elements).toEqual([spamSlide]);
    expect(item?.parts).toEqual([spamSlide.querySelector('a')]);
    expect(item?.title).toBe(titles[0]);
  });

  it('comments that are each a list of one entry (dl.reply: dt poster, dd text) are the lists, not their parts', () => {
    const reply = (n: number, text: string) => `<dl class="reply"><dt><a href="/u${n}">用户${n}</a><em>${n}楼</em></dt><dd>${text}</dd><dd class="bar"><a href="#r${n}">回复</a></dd></dl>`;
    render(`<div class="replies">${reply(1, '辅助驾驶公交线路开通，方便多了')}${reply(2, '6分钟开挂"九江麻将辅助"原先有开挂透视辅助器')}${reply(3, '外挂电梯什么时候装')}</div>`);
    const item = findListItem(document.querySelectorAll('.reply dt a')[1]!);
    expect(item?.elements).toEqual([document.querySelectorAll('.reply')[1]]);
  });

  it('a component that is a widget, an app shell or a list is no entry; replies slotted in stay in view; alike buttons are no replies', () => {
    const host = (tag: string, shadow: string, light = ''): Element => {
      const element = document.createElement(tag);
      element.append(...parseMarkup(light));
      attachShadowMarkup(element, shadow);
      return element;
    };
    const list = `<h3>热榜</h3><ul>${[1, 2, 3, 4, 5].map((n) => `<li><a href="/h${n}">${n === 3 ? '9分钟开挂"情怀游戏"原先有挂' : `今日热点新闻标题第${n}条`}</a></li>`).join('')}</ul>`;
    document.body.replaceChildren(host('hot-list', list), host('hot-list', list));
    expect(readListItem(document.querySelector('hot-list')!)).toBeNull();
    const shell = '<nav><a href="/">首页</a><a href="/g">游戏</a></nav><h2>全部评论</h2><div id="comments"></div>';
    document.body.replaceChildren(host('micro-app', shell), host('micro-app', shell));
    expect(readListItem(document.querySelector('micro-app')!)).toBeNull();
    const reply = (text: string) => host('x-reply', `<p>${text}</p>`);
    const thread = (text: string) => {
      const element = host('x-thread', `<div id="main">${text}<span><sl-button></sl-button><sl-button></sl-button></span></div><div id="replies"><slot></slot></div>`);
      for (const button of element.shadowRoot!.querySelectorAll('sl-button')) attachShadowMarkup(button, '<button>赞</button>');
      const replies = [reply('楼上是骗子，已举报'), reply('别信，都是假的')];
      element.append(...replies);
      // happy-dom assigns slotted nodes but does not tell them their slot, as browsers do.
      const slot = element.shadowRoot!.querySelector('slot');
      for (const slotted of replies) Object.defineProperty(slotted, 'assignedSlot', { value: slot });
      return element;
    };
    document.body.replaceChildren(thread('社区麻将角挺好'), thread('kai挂 tou视 全平台通用，主页有v'), thread('外挂电梯也该装了'));
    const item = readListItem(document.querySelectorAll('x-thread')[1]!);
    expect(item?.nested).toHaveLength(2);
    expect(item?.parts).toEqual([document.querySelectorAll('x-thread')[1]!.shadowRoot!.getElementById('main')]);
  });

  it('a title and its summary that share a highlight class are still one item', () => {
    render(`<div>${[1, 2, 3].map((n) => `<h4><a href="/n${n}"><span class="hl">麻将</span>新闻标题第${n}条</a></h4><p><span class="hl">麻将</span>摘要内容第${n}段，记者从有关部门获悉</p>`).join('')}</div>`);
    expect(findListItem(document.querySelector('h4 a')!)?.elements.map((element) => element.localName)).toEqual(['h4', 'p']);
  });

  it('paragraphs that open with a date are an article’s text, not a timeline', () => {
    render(`<div class="content"><h1>记者调查</h1>${[20, 21, 22].map((day) => `<p><time>5月${day}日</time>上午，记者来到某棋牌室，店主称可以看到别人的牌。</p>`).join('')}</div>`);
    expect(findStartlessEntries(document)).toEqual([]);
    expect(findListItem(document.querySelector('.content p')!)).toBeNull();
  });

  it('a heading inside a reply is the reply’s, not the title of the comment around it', () => {
    const comment = (n: number, text: string, reply = '') =>
      `<div class="comment-item" id="c${n}"><div class="who">网友${n}</div><div class="text">${text}</div><div class="replies">${reply}</div></div>`;
    const reply = (title: string) => `<div class="reply-item"><h4>${title}</h4><p>先用后付</p></div><div class="reply-item"><h4>楼上是骗子</h4><p>已举报</p></div>`;
    render(`<div>${comment(1, '麻将是国粹')}${comment(2, '过年回家跟老爸打掼蛋', reply('9分钟开挂"情怀游戏"原先有挂'))}${comment(3, '社区活动室打麻将')}</div>`);
    const item = findListItem(document.querySelector('#c2 .text')!);
    expect(`${item?.title} ${item?.summary}`).not.toContain('情怀游戏');
  });

  it('a control link (赞) leaves the words of the title alone', () => {
    render(`<ul>${[1, 2, 3].map((n) => `<li><a href="/p${n}">网友称赞社区掼蛋比赛办得好 ${n}</a><span>比赛吸引了三百人</span><a href="#like">赞</a></li>`).join('')}</ul>`);
    const item = findListItem(document.querySelector('li a')!);
    expect(item?.title).toBe('网友称赞社区掼蛋比赛办得好 1');
    expect(item?.summary).toBe('比赛吸引了三百人');
  });

  it('a title link between tag links is a part of its entry, not an entry with other markup', () => {
    const entry = (n: number) =>
      `<div class="entry"><a class="tag" href="/t/a">财经</a><a class="tag" href="/t/b">股票</a><a class="title" href="#${n}">美银上调特斯拉12个月目标价至400美元 ${n}</a><a class="tag" href="/t/c">评论</a><a class="tag" href="/t/d">分享</a></div>`;
    render(`<div class="list">${entry(1)}${entry(2)}${entry(3)}</div>`);
    const title = document.querySelector('a.title')!;
    expect(findListItem(title)?.head).toBe(title.parentElement);
  });

  it('a component whose link is in its shadow tree: the climb goes on at the host, read from its light DOM', () => {
    const picks = [
      ['社区棋牌室成银发族“第二客厅”', '半月谈'],
      ['微乐家乡麻将 kai gua fu zhu 透视神器 下载地址', '娱乐达人'],
      ['斗地主全国锦标赛落幕 六旬老人夺冠', '体坛周报'],
    ];
    render(`<div class="picks">${picks
      .map(([title, source], index) => `<news-item href="#/pick/${index}"><span slot="title">${title}</span><span slot="source">${source}</span></news-item>`)
      .join('')}</div>`);
    const hosts = [...document.querySelectorAll('news-item')];
    const links = hosts.map((host) => {
      attachShadowMarkup(host, `<style>a{display:block}</style><a part="link" href="${host.getAttribute('href')}"><slot name="title"></slot></a><div class="src"><slot name="source"></slot></div>`);
      return host.shadowRoot!.querySelector('a')!;
    });
    const items = links.map((link) => findListItem(link));
    expect(items.map((item) => item?.elements)).toEqual(hosts.map((host) => [host]));
    expect(items[1]!.title).toBe(`${picks[1]![0]}${picks[1]![1]}`);
  });

  it.each([
    ['a list', '<ul><li><a href="#1">美银上调特斯拉12个月目标价</a></li><li><a href="#2">9分钟开挂"情怀游戏字牌辅助"</a></li></ul>', 'li'],
    [
      'cards',
      ['美银上调特斯拉12个月目标价', '9分钟开挂"情怀游戏字牌辅助"', '下周271.55亿元市值限售股解禁', '证监会发布境外发行上市备案通知书']
        .map((title, index) => `<div class="card"><a href="#${index}">${title}</a></div>`)
        .join(''),
      'div',
    ],
  ])('a shadow tree holding %s is no item: its entries are, and a link beside them climbs no further', (_, entries, tag) => {
    render(`<div class="widgets">${['今日热门资讯推荐', '编辑精选文章推荐', '本地生活资讯推荐']
      .map((title) => `<news-widget><span slot="title">${title}</span></news-widget>`)
      .join('')}</div>`);
    for (const host of document.querySelectorAll('news-widget')) {
      attachShadowMarkup(host, `<h3><slot name="title"></slot></h3><a href="#more">查看更多热门资讯</a>${entries}`);
    }
    const shadow = document.querySelector('news-widget')!.shadowRoot!;
    expect(findListItem(shadow.querySelector('a[href="#more"]')!)).toBeNull();
    const entry = shadow.querySelector('a[href="#1"]')!;
    expect(findListItem(entry)?.elements).toEqual([entry.closest(tag)]);
  });

  it('reads the summary as the item text without the title', () => {
    render(`<ul><li><a href="#1">标题一二三四</a><p>摘要 文字</p></li><li><a href="#2">标题五六七八</a></li></ul>`);
    const item = findListItem(document.querySelector('a')!);
    expect(item).toMatchObject({ title: '标题一二三四', summary: '摘要 文字' });
  });
});
