// The Present page's styles, carried by the component (the page has no other content). Colours come
// from the Framework theme variables (light: air, dark: near-midnight) and the site's palette.
export const PRESENT_CSS = `
.present {
  --pr-accent: #D55E00;
  --pr-band: color-mix(in srgb, #F0E442 38%, transparent);
  --pr-mark: var(--theme-foreground-muted, #666);
  --pr-dim: 0.32;
  position: fixed; inset: 0; z-index: 100;
  display: grid; grid-template-rows: auto auto auto minmax(0, 1fr);
  background: var(--theme-background, #fff); color: var(--theme-foreground, #111);
  font-family: var(--sans-serif, system-ui, sans-serif);
}
@media (prefers-color-scheme: dark) {
  .present { --pr-accent: #FF9E4A; --pr-band: color-mix(in srgb, #F0E442 22%, transparent); --pr-dim: 0.36; }
}
.present:fullscreen { width: 100vw; height: 100vh; }
.present-bar { grid-row: 1; display: flex; align-items: center; gap: 0.5rem; padding: 0.45rem 1rem; font-size: 0.9rem; }
.present-spacer { flex: 1; }
.present-exit { color: var(--theme-foreground-muted); text-decoration: none; white-space: nowrap; }
.present-exit:hover { color: var(--theme-foreground); }
.present-chooser { font: inherit; max-width: 18rem; min-width: 0; background: var(--theme-background-alt); color: inherit; border: 1px solid var(--theme-foreground-faint); border-radius: 4px; padding: 0.15rem 0.3rem; }
.present-count { font-variant-numeric: tabular-nums; min-width: 4.2em; text-align: center; color: var(--theme-foreground-muted); }
.present-nav { font: inherit; font-size: 1.1rem; line-height: 1; width: 2rem; height: 2rem; border-radius: 50%; cursor: pointer; color: inherit; background: var(--theme-background-alt); border: 1px solid var(--theme-foreground-faint); }
.present-nav:hover:not([disabled]) { border-color: var(--theme-foreground-focus); }
.present-nav svg { width: 14px; height: 14px; vertical-align: middle; }
.present-nav[disabled] { opacity: 0.35; cursor: default; }
.present a:focus-visible, .present button:focus-visible, .present select:focus-visible, .present summary:focus-visible { outline: 2px solid var(--theme-foreground-focus); outline-offset: 2px; }
.present-progress { grid-row: 2; height: 4px; background: var(--theme-foreground-faintest, rgba(127,127,127,0.15)); }
.present-progress-fill { height: 100%; width: 0; background: var(--theme-foreground-focus); transition: width 450ms ease; }
.present-problems { grid-row: 3; margin: 0.4rem 1rem 0; padding: 0.4rem 0.75rem; border: 1px solid #D55E00; border-left-width: 4px; border-radius: 4px; font-size: 0.88rem; background: color-mix(in srgb, #D55E00 8%, var(--theme-background)); max-height: 40vh; overflow: auto; }
.present-problems summary { cursor: pointer; font-weight: 600; }
.present-problems ul { margin: 0.4rem 0 0.2rem; padding-left: 1.2rem; }
.present-problem { margin: 0.2rem 0; overflow-wrap: anywhere; }
.present-problem code { font-size: 0.95em; }
.present-problem.is-warning { color: var(--theme-foreground-muted); }

.present-stage { grid-row: 4; display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 2rem; padding: 1.2rem 2rem 1.5rem; min-height: 0; overflow: hidden; cursor: pointer; touch-action: pan-y; user-select: text; }
.present-text { display: flex; flex-direction: column; justify-content: center; min-height: 0; overflow: auto; cursor: auto; max-width: 40rem; }
.present-text.is-entering { animation: present-in 420ms ease both; }
@keyframes present-in { from { opacity: 0; transform: translateY(10px); } to { opacity: 1; transform: none; } }
.present-eyebrow { margin: 0 0 0.4rem; font-size: 0.85rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--pr-accent); font-weight: 600; }
.present-heading { margin: 0 0 0.6rem; font-size: clamp(1.6rem, 1rem + 2.2vw, 2.8rem); line-height: 1.12; font-weight: 700; max-width: none; overflow-wrap: anywhere; }
h1.present-heading { font-size: clamp(1.9rem, 1rem + 3vw, 3.4rem); }
.present-caption { margin: 0 0 0.8rem; font-size: clamp(1.05rem, 0.9rem + 0.5vw, 1.3rem); line-height: 1.4; max-width: none; }
.present-quote { margin: 0.4rem 0 0.5rem; padding: 0.1rem 0 0.1rem 1rem; border-left: 3px solid var(--pr-accent); font-family: var(--serif, Georgia, serif); font-size: clamp(1rem, 0.9rem + 0.4vw, 1.2rem); line-height: 1.5; color: var(--theme-foreground); font-style: normal; max-width: none; }
.present-quote mark { background: none; color: inherit; border-bottom: 2px solid var(--theme-foreground-faint); padding: 0 0.05em; }
.present-quote mark.q-trigger, .present-quote mark.q-quote { background: var(--pr-band); border-bottom-color: var(--pr-accent); }
.present-quote mark.q-figure { border-bottom-color: #E69F00; }
.present-quote mark.q-actor { border-bottom-color: #CC79A7; }
.present-quote mark.q-time { border-bottom-color: #56B4E9; }
.present-source { margin: 0 0 0.8rem; font-size: 0.9rem; color: var(--theme-foreground-muted); max-width: none; }
.present-outlet { font-style: italic; }
.present-read { white-space: nowrap; }
.present-facts, .present-sources { margin: 0.2rem 0 0; padding-left: 1.1rem; font-size: 0.95rem; color: var(--theme-foreground-muted); max-width: none; }
.present-hint { margin: 1.4rem 0 0; font-size: 0.85rem; color: var(--theme-foreground-muted); max-width: none; }
@media (hover: none) { .present-hint { display: none; } }
.present-facts li, .present-sources li { margin: 0.15rem 0; }

.present-charts { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: minmax(0, 2.2fr) minmax(0, 1fr); gap: 0.8rem 1rem; min-height: 0; }
.present-chart { margin: 0; max-width: none; min-width: 0; min-height: 0; display: flex; flex-direction: column; border: 1px solid var(--theme-foreground-faintest, rgba(127,127,127,0.2)); border-radius: 8px; padding: 0.4rem 0.6rem; background: var(--theme-background); transition: border-color 300ms; }
.present-chart.is-primary { grid-column: 1 / -1; border-color: var(--theme-foreground-faint); }
.present-chart figcaption { max-width: none; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--theme-foreground-muted); margin-bottom: 0.2rem; }
.present-legend { display: inline-flex; flex-wrap: wrap; gap: 0 0.7rem; margin-left: 0.8rem; text-transform: none; letter-spacing: 0; }
.present-legend span::before { content: ""; display: inline-block; width: 0.6rem; height: 0.6rem; border-radius: 50%; margin-right: 0.25rem; background: var(--swatch); vertical-align: -0.05rem; }
.present-chart:not(.is-primary) .present-legend { display: none; }
.present-plot { flex: 1; min-height: 0; position: relative; }
.present-plot > svg { position: absolute; inset: 0; }
.present-svg { display: block; overflow: visible; font: 11px var(--sans-serif, system-ui, sans-serif); color: var(--theme-foreground); }
.present-svg text { fill: currentColor; }
.present-svg .pc-empty { fill: var(--theme-foreground-muted); font-style: italic; font-size: 13px; }
.present-svg .pc-axis .domain, .present-svg .pc-axis line { stroke: var(--theme-foreground-faint); }
.present-svg .pc-axis text { fill: var(--theme-foreground-muted); }
.present-svg .tl-when { fill: var(--pr-band); }
.present-svg .tl-date { stroke: var(--theme-foreground-muted); stroke-opacity: 0.5; }
.present-svg .tl-event[data-modality=hypothetical] rect, .present-svg .tl-event[data-modality=negated] rect { fill-opacity: 0.65; }
.present-svg .tl-event.is-active rect { stroke: var(--theme-foreground); stroke-width: 2px; }
.present-svg .tl-event.is-active text { font-weight: 700; }
.present-svg .fg-track { fill: var(--theme-foreground-faintest, rgba(127,127,127,0.12)); }
.present-svg .fg-bar { fill: var(--fg-color); }
.present-svg .fg-range { fill: var(--fg-color); fill-opacity: 0.4; }
.present-svg .fg-item.is-active .fg-bar, .present-svg .fg-item.is-active .fg-range { stroke: var(--theme-foreground); stroke-width: 1.5px; }
.present-svg .fg-item.is-active .fg-label { font-weight: 700; }
.present-svg .nw-link { stroke: var(--theme-foreground-muted); stroke-opacity: 0.55; stroke-width: 1.2px; }
.present-svg .nw-link.is-with { stroke-dasharray: 3 3; }
.present-svg .nw-link.is-active { stroke: var(--pr-accent); stroke-opacity: 1; stroke-width: 2.5px; }
.present-svg .nw-node circle { stroke: var(--theme-background); stroke-width: 1.5px; }
.present-svg .nw-node.is-active circle { stroke: var(--theme-foreground); stroke-width: 2px; }
.present-svg .nw-node.is-focus circle { stroke: var(--pr-accent); stroke-width: 3px; }
.present-svg .nw-node text { paint-order: stroke; stroke: var(--theme-background); stroke-width: 3px; stroke-linejoin: round; }
.present-svg .nw-node.is-active text { font-weight: 700; }
.present-svg .tl-event, .present-svg .fg-item, .present-svg .nw-node, .present-svg .nw-link { transition: opacity 450ms ease; }
.present-svg .is-dim { opacity: var(--pr-dim); }
.present-print { display: none; }

@media (max-width: 700px) {
  .present-bar { padding: 0.35rem 0.6rem; gap: 0.35rem; }
  .present-exit-label { display: none; }
  .present-chooser { max-width: 9.5rem; }
  .present-full { display: none; }
  .present-stage { display: block; overflow-y: auto; padding: 0.8rem 1rem 1.5rem; }
  .present-text { justify-content: flex-start; overflow: visible; }
  .present-charts { grid-template-rows: 15rem 9rem; margin-top: 1rem; gap: 0.6rem; }
}
@media (max-height: 560px) and (min-width: 701px) {
  .present-stage { overflow-y: auto; }
}
@media (prefers-reduced-motion: reduce) {
  .present *, .present *::before, .present *::after { animation: none !important; transition: none !important; }
}
@media print {
  .present {
    position: static; display: block; background: none; color: #000;
    /* Paper is white whatever the screen's theme. */
    --theme-foreground: #1b1e23; --theme-foreground-alt: #1b1e23; --theme-foreground-muted: #555; --theme-foreground-faint: #bbb; --theme-foreground-faintest: #eee;
    --theme-background: #fff; --theme-background-alt: #f6f6f6; --theme-foreground-focus: #3b5fc0;
    --pr-accent: #D55E00; --pr-band: color-mix(in srgb, #F0E442 38%, transparent); --pr-dim: 0.32;
  }
  html, body { background: #fff !important; color-scheme: light; }
  .present-bar, .present-progress, .present-problems, .present-stage { display: none !important; }
  .present-print { display: block; }
  .present-page { break-after: page; page-break-after: always; break-inside: avoid; padding: 0.5cm 0; }
  .present-page:last-child { break-after: auto; page-break-after: auto; }
  .present-page-number { font-size: 9pt; color: #555; margin: 0 0 0.4cm; }
  .present-page .present-chart { border: 1px solid #bbb; margin-top: 0.5cm; }
  .present-page .present-svg { width: 100%; height: auto; }
  .present-page .present-heading { font-size: 26pt; }
  .present-page a { color: inherit; }
}
`;
