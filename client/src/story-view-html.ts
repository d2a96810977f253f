// The story view's HTML: a shell set once (strict Content-Security-Policy, one
// nonce for the style and the script, no remote content) and the table's
// markup, made here from the server's table and posted to the shell on each
// refresh, so the view keeps its scroll position. Pure: no vscode import.
import type { StoryTableClaim, StoryTableResult, StoryTableRow, StoryTableStatus } from '../../server/src/lsp/protocol.js';

export interface ViewLabels {
  title: string;
  exportCsv: string;
  refresh: string;
  /** Shown when no article is active. */
  noArticle: string;
  /** Shown when the story has no figure with a measure. */
  noFigures: string;
  /** {0} articles, {1} groups, {2} groups in conflict (already filled). */
  summary: string;
  value: string;
  chart: string;
  source: string;
  article: string;
  /** Tooltip of a value: opens the article at the figure. */
  open: string;
  status: Record<StoryTableStatus, string>;
  /** The legend under the summary: what each status and each mark of the charts means. */
  legend?: LegendLabels;
}

export interface LegendLabels {
  title: string;
  /** What each status of a group means. */
  status: Record<StoryTableStatus, string>;
  exact: string;
  interval: string;
  sideA: string;
  sideB: string;
  update: string;
  agreeing: string;
}

export const ICONS: Record<StoryTableStatus, string> = { conflict: '⚠', update: '↻', differ: '≠', agree: '✓', single: '•' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const num = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100));

/** The value in Western digits: 6, 10.8–13.2, ≥ 25. */
export function intervalText(c: Pick<StoryTableClaim, 'min' | 'max'>): string {
  if (c.max === null) return `≥ ${num(c.min)}`;
  return c.min === c.max ? num(c.min) : `${num(c.min)}–${num(c.max)}`;
}

const W = 140;
const H = 16;
const PAD = 6;

/** The scale of a group's chart: from 0 (or below, for negative values) to a little above the largest value. */
export function chartScale(claims: Pick<StoryTableClaim, 'min' | 'max'>[]): { lo: number; hi: number; top: number } {
  let lo = 0;
  let hi = 0;
  for (const c of claims) {
    lo = Math.min(lo, c.min);
    hi = Math.max(hi, c.min * (c.max === null ? 1.25 : 1), c.max ?? 0);
  }
  const top = Math.max(lo, ...claims.map((c) => c.max ?? c.min));
  if (hi <= lo) hi = lo + 1;
  return { lo, hi: hi + (hi - lo) * 0.05, top };
}

/**
 * One strip of a group's chart: a dot for an exact value, a bar for an
 * interval, a bar with an arrow for an open one (ما لا يقل عن 25). Drawn left
 * to right whatever the text direction, on the group's scale.
 */
export function chartSvg(c: Pick<StoryTableClaim, 'min' | 'max'>, scale: { lo: number; hi: number }, cls: string, label: string): string {
  const x = (v: number) => PAD + ((v - scale.lo) / (scale.hi - scale.lo)) * (W - 2 * PAD);
  const y = H / 2;
  const f = (n: number) => n.toFixed(1);
  let mark: string;
  if (c.max === null) {
    const x0 = x(c.min);
    const x1 = W - 2;
    mark = `<rect class="mark" x="${f(x0)}" y="${y - 3}" width="${f(Math.max(1, x1 - 6 - x0))}" height="6" rx="3"/><polygon class="mark" points="${f(x1 - 7)},${y - 5} ${f(x1)},${y} ${f(x1 - 7)},${y + 5}"/>`;
  } else if (c.max > c.min) {
    const x0 = x(c.min);
    mark = `<rect class="mark" x="${f(x0)}" y="${y - 3}" width="${f(Math.max(3, x(c.max) - x0))}" height="6" rx="3"/>`;
  } else {
    mark = `<circle class="mark" cx="${f(x(c.min))}" cy="${y}" r="4"/>`;
  }
  return (
    `<svg class="strip ${cls}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">` +
    `<title>${escapeHtml(label)}</title><line class="axis" x1="${PAD}" y1="${y}" x2="${W - PAD}" y2="${y}"/>${mark}</svg>`
  );
}

function claimClass(row: StoryTableRow, c: StoryTableClaim): string {
  if (c.conflict) return c.conflict === 'update' ? `update camp${c.camp ?? 0}` : `camp${c.camp ?? 0}`;
  return row.status === 'agree' ? 'agreeing' : 'plain';
}

function rowHtml(row: StoryTableRow, r: number, labels: ViewLabels): string {
  const scale = chartScale(row.claims);
  const lines = row.claims.map((c, i) => {
    const cls = claimClass(row, c);
    const where = `${c.article}:${c.range.start.line + 1}`;
    const source = c.source.chain.length > 1 ? c.source.chain.join(' ← ') : c.sourceText;
    return (
      `<tr class="${cls}">` +
      `<td class="value"><button type="button" class="open" data-row="${r}" data-claim="${i}" title="${escapeHtml(labels.open)}" dir="auto">${escapeHtml(c.text)}</button>` +
      `<span class="num" dir="ltr">${escapeHtml(intervalText(c))}</span></td>` +
      `<td class="chart">${chartSvg(c, scale, cls, `${intervalText(c)} — ${source}`)}</td>` +
      `<td class="source"><span dir="auto">${escapeHtml(source)}</span> <span class="type">${escapeHtml(c.source.type)}</span></td>` +
      `<td class="article" dir="auto" title="${escapeHtml(c.path)}">${escapeHtml(where)}</td>` +
      `</tr>`
    );
  });
  const notes = row.notes.map((n) => `<p class="note" dir="auto">${escapeHtml(n)}</p>`).join('');
  return (
    `<section class="group ${row.status}" data-key="${escapeHtml(row.key)}">` +
    `<h3><span class="icon" aria-hidden="true">${ICONS[row.status]}</span> ` +
    `<span class="status">${escapeHtml(labels.status[row.status])}</span> · <span dir="auto">${escapeHtml(row.what)}</span>` +
    (row.eventText ? ` · <span class="event" dir="auto">${escapeHtml(row.eventText)}</span>` : '') +
    `</h3>` +
    `<table><colgroup><col class="c-value"><col class="c-chart"><col class="c-source"><col class="c-article"></colgroup><thead><tr><th>${escapeHtml(labels.value)}</th><th class="chart"><span dir="ltr">${escapeHtml(labels.chart)} ${num(scale.lo)}–${num(scale.top)}</span></th><th>${escapeHtml(labels.source)}</th><th>${escapeHtml(labels.article)}</th></tr></thead>` +
    `<tbody>${lines.join('')}</tbody></table>${notes}</section>`
  );
}

/** A mark of the legend drawn like the charts' marks. */
function legendMark(cls: string, interval: boolean): string {
  const mark = interval ? `<rect class="mark" x="2" y="5" width="22" height="6" rx="2"/>` : `<circle class="mark" cx="13" cy="8" r="4"/>`;
  return `<svg class="strip ${cls}" width="26" height="16" aria-hidden="true">${mark}</svg>`;
}

function legendHtml(l: LegendLabels, labels: ViewLabels): string {
  const status = (Object.keys(ICONS) as StoryTableStatus[])
    .map((k) => `<li class="${k}"><span class="icon" aria-hidden="true">${ICONS[k]}</span> <span class="status">${escapeHtml(labels.status[k])}</span>: ${escapeHtml(l.status[k])}</li>`)
    .join('');
  const marks = [
    [legendMark('plain', false), l.exact],
    [legendMark('plain', true), l.interval],
    [legendMark('camp0', false), l.sideA],
    [legendMark('camp1', false), l.sideB],
    [legendMark('update camp1', false), l.update],
    [legendMark('agreeing', false), l.agreeing],
  ]
    .map(([m, t]) => `<li>${m} ${escapeHtml(t!)}</li>`)
    .join('');
  return `<details class="legend" open><summary>${escapeHtml(l.title)}</summary><ul class="legend-status">${status}</ul><ul class="legend-marks">${marks}</ul></details>`;
}

/** The view's content for a table (undefined: no article is active). */
export function tableHtml(table: StoryTableResult | undefined, labels: ViewLabels): string {
  if (!table) return `<p class="empty">${escapeHtml(labels.noArticle)}</p>`;
  const head = `<header><h2 dir="auto">${escapeHtml(table.name)}</h2><p class="summary">${escapeHtml(labels.summary)}</p></header>`;
  if (!table.rows.length) return head + `<p class="empty">${escapeHtml(labels.noFigures)}</p>`;
  const legend = labels.legend ? legendHtml(labels.legend, labels) : '';
  return head + legend + table.rows.map((row, r) => rowHtml(row, r, labels)).join('');
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 8px 12px; }
.toolbar { display: flex; gap: 6px; padding: 6px 0; position: sticky; top: 0; background: var(--vscode-sideBar-background, var(--vscode-editor-background)); z-index: 1; }
button { font: inherit; }
.toolbar button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 8px; cursor: pointer; }
.toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
h2 { font-size: 1.1em; margin: 4px 0; }
.summary, .empty, .type, .note, .num, th { color: var(--vscode-descriptionForeground); }
.group { margin: 10px 0 14px; border-inline-start: 3px solid var(--status); padding-inline-start: 8px; }
.group h3 { font-size: 1em; margin: 4px 0; font-weight: 600; }
.icon, .status { color: var(--status); }
.conflict { --status: var(--vscode-errorForeground); }
.update { --status: var(--vscode-editorInfo-foreground, var(--vscode-charts-blue)); }
.differ { --status: var(--vscode-editorWarning-foreground, var(--vscode-charts-yellow)); }
.agree { --status: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.single { --status: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
col.c-value { width: 22%; }
col.c-chart { width: ${W + 8}px; }
col.c-article { width: 24%; }
td { overflow-wrap: anywhere; }
th { font-weight: normal; text-align: start; font-size: 0.9em; }
td, th { padding: 2px 6px 2px 0; vertical-align: middle; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border, transparent)); }
td.chart, th.chart { direction: ltr; text-align: left; white-space: nowrap; }
.open { background: none; border: none; padding: 0; color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: underline; }
.open:hover { color: var(--vscode-textLink-activeForeground); }
.num { margin-inline-start: 6px; font-size: 0.9em; }
.type { font-size: 0.85em; }
.note { margin: 4px 0; font-size: 0.9em; }
.strip .axis { stroke: var(--vscode-descriptionForeground); stroke-width: 1; opacity: 0.5; }
.strip .mark { fill: var(--vscode-foreground); stroke: var(--vscode-contrastBorder, none); }
.strip.camp0 .mark { fill: var(--vscode-charts-blue); }
.strip.camp1 .mark { fill: var(--vscode-charts-red); }
.strip.update.camp1 .mark { fill: var(--vscode-charts-purple); }
.strip.agreeing .mark { fill: var(--vscode-charts-green); }
.strip.plain .mark { fill: var(--vscode-charts-foreground, var(--vscode-foreground)); }
.legend { margin: 4px 0 8px; color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.legend summary { cursor: pointer; }
.legend ul { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 16px; }
.legend li { display: flex; align-items: center; gap: 4px; }
.legend .icon, .legend .status { color: var(--status); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
const saved = vscode.getState();
if (saved && saved.html) root.innerHTML = saved.html;
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m && m.type === 'table') { root.innerHTML = m.html; vscode.setState({ html: m.html }); }
});
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target.closest('button') : null;
  if (!t) return;
  if (t.classList.contains('open')) vscode.postMessage({ type: 'open', row: Number(t.dataset.row), claim: Number(t.dataset.claim) });
  else if (t.id === 'export') vscode.postMessage({ type: 'export' });
  else if (t.id === 'refresh') vscode.postMessage({ type: 'refresh' });
});
vscode.postMessage({ type: 'ready' });
`;

/** The page the view loads once; `cspSource` is the webview's, `lang` VS Code's display language. */
export function shellHtml(opts: { nonce: string; cspSource: string; lang: string; labels: ViewLabels }): string {
  const rtl = /^(ar|fa|he|ur)\b/i.test(opts.lang);
  const csp = `default-src 'none'; img-src ${opts.cspSource} data:; style-src 'nonce-${opts.nonce}'; script-src 'nonce-${opts.nonce}'; font-src ${opts.cspSource};`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}" dir="${rtl ? 'rtl' : 'ltr'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(opts.labels.title)}</title>
<style nonce="${opts.nonce}">${STYLE}</style>
</head>
<body>
<div class="toolbar"><button type="button" id="export">${escapeHtml(opts.labels.exportCsv)}</button><button type="button" id="refresh">${escapeHtml(opts.labels.refresh)}</button></div>
<main id="root" aria-live="polite"></main>
<script nonce="${opts.nonce}">${SCRIPT}</script>
</body>
</html>`;
}
