{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/results/dashboard">{{_:x-t=Results dashboard}}</a> · <a href="/results/pmf">{{_:x-t=Performance Measurement Framework}}</a></p>
<h1>{{_:x-t=Values behind a figure}}</h1>
<dl class="summary">
  <dt>{{_:x-t=Indicator}}</dt><dd>{{INDICATOR}}</dd>
  {{#HAS_YEAR}}<dt>{{_:x-t=Fiscal year}}</dt><dd>{{YEAR}}</dd>{{/HAS_YEAR}}
  {{#HAS_COUNTRY}}<dt>{{_:x-t=Country}}</dt><dd>{{COUNTRY}}</dd>{{/HAS_COUNTRY}}
  {{#HAS_AREA}}<dt>{{_:x-t=Programming area}}</dt><dd>{{AREA}}</dd>{{/HAS_AREA}}
  {{#HAS_CELL}}<dt>{{_:x-t=Cell}}</dt><dd>{{CELL}}</dd>{{/HAS_CELL}}
  {{#HAS_SUM}}<dt>{{_:x-t=Sum of the values}}</dt><dd>{{SUM}}</dd>{{/HAS_SUM}}
</dl>
<p>{{_:x-t=Every approved value the figure counts, one row per partnership, period and cell. Who entered and approved a value is shown to program officers and to the partnership's staff.}}</p>
{{#NONE}}<p>{{_:x-t=No approved value matches this figure.}}</p>{{/NONE}}
{{#TRUNCATED}}<p role="status">{{_:x-t=Only the first 1000 values are listed; narrow the figure by country, area or cell.}}</p>{{/TRUNCATED}}
<div class="side-by-side">
<div class="table-scroll" tabindex="0"><table class="data-table" id="figure-sources"><caption>{{_:x-t=Approved values}} ({{COUNT}})</caption>
<thead><tr><th scope="col">{{_:x-t=Partnership}}</th><th scope="col">{{_:x-t=Period}}</th><th scope="col">{{_:x-t=Cell}}</th><th scope="col" class="num">{{_:x-t=Value}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col" class="num">{{_:x-t=Revision}}</th><th scope="col">{{_:x-t=Entered by}}</th><th scope="col">{{_:x-t=Approved by}}</th></tr></thead>
<tbody>{{#VALUE}}<tr><td>{{#PARTNERSHIP}}<a href="/partnerships/{{PARTNERSHIP_ID:u}}">{{PARTNERSHIP_NAME}}</a>{{/PARTNERSHIP}}{{#UNPUBLISHED}}{{_:x-t=A partnership not yet published}}{{/UNPUBLISHED}}</td><td>{{PERIOD}}</td><td>{{CELL}}</td><td class="num">{{FIGURE}}</td><td>{{STATUS}}</td><td class="num">{{REVISION}}</td>{{#PEOPLE}}<td>{{ENTERED}}</td><td>{{APPROVED}}</td>{{/PEOPLE}}{{#NO_PEOPLE}}<td>—</td><td>—</td>{{/NO_PEOPLE}}</tr>{{/VALUE}}</tbody></table></div>
<svg class="chart" viewBox="0 0 560 {{CHART_HEIGHT}}" role="img" aria-labelledby="sources-chart">
  <title id="sources-chart">{{_:x-t=The same values as bars, by period and cell}}</title>
  {{#BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{NAME}}</text><rect x="150" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="158" y="{{TEXT_Y}}" class="bar-value">{{VALUE}}</text>{{/BAR}}
</svg>
</div>
