package org.leadsurvey.report;

/** The HTML report's stylesheet, inlined into the page (screen and print). */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS = """
      :root { --ink: #1b1b1b; --muted: #5b5b5b; --rule: #d6d6d6; --paper: #ffffff;
              --tint: #f4f5f7; --accent: #0072B2; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { margin: 0; background: var(--paper); color: var(--ink);
             font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
                   Arial, sans-serif; }
      header, main, footer { max-width: 960px; margin: 0 auto; padding: 0 24px; }
      header { padding-top: 28px; border-bottom: 3px solid var(--ink); }
      h1 { font-size: 28px; margin: 0 0 4px; }
      h2 { font-size: 21px; margin: 36px 0 8px; }
      h3 { font-size: 18px; margin: 32px 0 4px; border-bottom: 1px solid var(--rule);
           padding-bottom: 4px; }
      h4 { font-size: 15px; margin: 20px 0 6px; }
      .meta, .caption, .card-note, footer, .licence { color: var(--muted); }
      .meta { margin: 0 0 14px; }
      .file { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--ink); }
      .headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(165px, 1fr));
                  gap: 12px; margin: 22px 0 10px; }
      .card { border: 1px solid var(--rule); border-top: 4px solid var(--accent);
              border-radius: 4px; padding: 10px 12px; background: var(--paper); }
      .card-label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
                    color: var(--muted); }
      .card-value { font-size: 28px; font-weight: 700; line-height: 1.2; margin: 2px 0; }
      .card-value small { font-size: 15px; font-weight: 400; color: var(--muted); }
      .card-note { font-size: 13px; }
      .lede { margin: 8px 0 0; }
      .warnings { border-left: 4px solid #E69F00; background: #fff8e6; margin: 14px 0;
                  padding: 8px 12px 8px 30px; }
      .caption { margin: 4px 0 8px; font-size: 14px; }
      figure { margin: 0; }
      svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
      svg text { font-size: 12px; fill: var(--ink); }
      svg .col-head { font-weight: 600; fill: var(--muted); }
      svg .team-label { font-size: 12.5px; }
      svg .org-label { font-weight: 700; fill: #A6400A; }
      svg .num { font-variant-numeric: tabular-nums; }
      svg .low-agreement { font-style: italic; }
      svg .zebra { fill: var(--tint); }
      svg .grid { stroke: #c8c8c8; stroke-width: 1; }
      svg .tick, svg .legend-small { font-size: 11px; fill: var(--muted); }
      svg .axis-title, svg .legend { font-size: 12px; fill: var(--muted); }
      svg .org-band { fill: #D55E00; fill-opacity: .12; }
      svg .org-mean { stroke-width: 2; stroke-dasharray: 6 4; }
      svg .team-ci { stroke-width: 2; }
      svg .team-ci-cap { stroke-width: 1.5; }
      svg .team-dot, svg .legend-mark { stroke-width: 2; }
      svg .item-label { font-size: 13px; }
      svg .item-seg { stroke: #ffffff; stroke-width: .8; }
      svg .centre { stroke: var(--ink); stroke-width: 1.2; }
      svg .share { font-weight: 600; font-variant-numeric: tabular-nums; }
      svg .heat-cell, svg .heat-org { stroke: #ffffff; }
      svg .cell-value { font-size: 11px; font-variant-numeric: tabular-nums; }
      svg .cell-value.on-dark { fill: #ffffff; }
      svg .cell-value.on-light { fill: #000000; }
      svg .trend-line { stroke-width: 2.5; }
      svg .trend-ci { stroke-width: 2; }
      svg .trend-ci-cap { stroke-width: 1.5; }
      svg .point-value { font-size: 13px; font-weight: 700; font-variant-numeric: tabular-nums; }
      svg .segment-change { font-size: 12px; fill: var(--muted);
                            font-variant-numeric: tabular-nums; }
      svg .segment-change.reliable, svg .num.reliable { font-weight: 700; fill: var(--ink); }
      svg .wave-name { font-size: 13px; font-weight: 600; }
      svg .wave-note { font-size: 11.5px; fill: var(--muted); }
      svg .not-shown { font-style: italic; fill: var(--muted); }
      svg .direction { font-size: 11px; fill: var(--muted); }
      svg .zero { stroke: var(--ink); stroke-width: 1.5; }
      svg .change-ci { stroke-width: 2; }
      svg .change-ci-cap { stroke-width: 1.5; }
      svg .change-mark { stroke-width: 2; }
      .wave-title { margin-top: 48px; padding: 6px 10px; background: var(--tint);
                    border-left: 6px solid var(--ink); }
      .hidden-teams { font-size: 14px; color: var(--muted); }
      .hidden-teams ul { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none;
                         padding: 0; margin: 4px 0; }
      .hidden-teams li::before { content: "\\2298\\00a0"; }
      .empty { font-style: italic; color: var(--muted); }
      table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 4px 0 8px; }
      th, td { padding: 3px 8px; border-bottom: 1px solid var(--rule); text-align: left;
               vertical-align: top; }
      th { font-weight: 600; border-bottom: 2px solid var(--ink); }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.org td { font-weight: 700; }
      tr.hidden-team td { color: var(--muted); font-style: italic; }
      td.text { min-width: 18em; }
      dl dt { font-weight: 700; margin-top: 8px; }
      dl dd { margin: 0 0 4px 0; }
      .refs { font-size: 13.5px; padding-left: 18px; }
      .refs li { margin-bottom: 3px; }
      footer { margin-top: 36px; padding-top: 10px; padding-bottom: 28px;
               border-top: 1px solid var(--rule); font-size: 13px; }
      @media print {
        @page { size: A4; margin: 14mm 12mm; }
        body { font-size: 10.5pt; }
        header, main, footer { max-width: none; padding: 0; }
        h2, h3, h4, .caption { break-after: avoid; page-break-after: avoid; }
        .headline { grid-template-columns: repeat(5, 1fr); gap: 8px; }
        .card-value { font-size: 20pt; }
        figure, .card, tr, .headline { break-inside: avoid; page-break-inside: avoid; }
        .figure { break-inside: avoid-page; }
        .warnings { background: none; }
        .wave-title { break-before: page; page-break-before: always; }
      }
      """;
}
