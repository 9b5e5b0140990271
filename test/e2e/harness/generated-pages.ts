/**
 * Pages generated on request, for tests and benchmarks that need many items (`/generated/list?items=3000&spam=0.1`).
 * Items cycle through short real and spam headlines; each `li` carries `data-expect="hidden|visible"` so a test can
 * check every verdict.
 */
const REAL_TITLES = [
  '美银上调特斯拉12个月目标价至400美元',
  '建银国际:预计恒指明年波动区间在16000至23000点',
  '下周271.55亿元市值限售股解禁',
  '证监会发布境外发行上市备案通知书',
  '国家金融监管总局印发财险业高质量发展行动方案',
  '多地出台措施支持老旧小区加装电梯',
  '新能源汽车11月销量同比增长三成',
  '气象台发布寒潮蓝色预警 多地降温8℃以上',
];
const SPAM_TITLES = [
  '9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂)',
  '两分钟辅助"心悦海南辅助"原先有开挂透视辅助工具(竟然有挂)',
  '第九分钟开挂"水鱼辅助软件下载"本然有开挂透视辅助神器(有挂分析)',
  '五分钟辅助"潘潘讲故事有辅助吗"本来有开挂辅助插件(真的有挂)',
];

export function generatedListItem(index: number, isSpam: boolean): string {
  const titles = isSpam ? SPAM_TITLES : REAL_TITLES;
  const title = `${titles[index % titles.length]!} ${index}`;
  return `<li class="news-item" data-expect="${isSpam ? 'hidden' : 'visible'}"><a href="#n${index}">${title}</a><p class="desc">${title}，详情请看正文。</p></li>`;
}

/** Every tenth item (for spamRatio 0.1) is spam, spread evenly so batches always contain some. */
export function isSpamIndex(index: number, spamRatio: number): boolean {
  if (spamRatio <= 0) return false;
  const period = Math.max(1, Math.round(1 / spamRatio));
  return index % period === period - 1;
}

export function renderGeneratedPage(name: string, params: URLSearchParams): string | undefined {
  if (name !== 'list') return undefined;
  const count = Math.min(Number(params.get('items') ?? '100'), 100_000);
  const spamRatio = Number(params.get('spam') ?? '0.1');
  const items = Array.from({ length: count }, (_, index) => generatedListItem(index, isSpamIndex(index, spamRatio)));
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>生成的列表 ${count}</title></head>
<body><main><article><h1>测试文章</h1><p>正文。</p></article>
<section class="hot-news"><h2>热门资讯</h2><ul id="list">${items.join('')}</ul></section></main></body></html>`;
}
