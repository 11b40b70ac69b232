{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/results">{{_:x-t=Logic model}}</a> · <a href="/results/pmf">{{_:x-t=Performance Measurement Framework}}</a></p>
<h1>{{_:x-t=Results dashboard}}</h1>
<p>{{_:x-t=Approved figures of the latest fiscal year reported, by country. Each figure links to the PMF of its country.}}</p>
{{#INDICATOR}}<section class="dashboard-indicator" aria-labelledby="indicator-{{CODE}}">
<h2 id="indicator-{{CODE}}">{{CODE}} · {{NAME}}</h2>
<p>{{_:x-t=Fiscal year}} {{YEAR}}{{#HAS_TARGET}} · {{_:x-t=Target}} {{TARGET}}{{/HAS_TARGET}}</p>
<div class="side-by-side">
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{CODE}} · {{_:x-t=by country}}</caption>
<thead><tr><th scope="col">{{_:x-t=Country}}</th><th scope="col" class="num">{{_:x-t=Total}}</th>{{#SHARES}}<th scope="col" class="num highlight">{{_:x-t=Women}}</th><th scope="col" class="num highlight">{{_:x-t=Youth (15 to 35)}}</th>{{/SHARES}}</tr></thead>
<tbody>{{#COUNTRY}}<tr><th scope="row">{{COUNTRY}}</th><td class="num"><a href="/results/pmf?country={{COUNTRY_CODE:u}}">{{VALUE}}</a></td>{{#SHARES}}<td class="num highlight">{{WOMEN}}</td><td class="num highlight">{{YOUTH}}</td>{{/SHARES}}</tr>{{/COUNTRY}}</tbody></table></div>
<svg class="chart" viewBox="0 0 560 {{CHART_HEIGHT}}" role="img" aria-labelledby="indicator-{{CODE}} chart-{{CODE}}">
  <title id="chart-{{CODE}}">{{_:x-t=The same figures as bars, one per country}}</title>
  {{#BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{COUNTRY}}</text><rect x="150" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="158" y="{{TEXT_Y}}" class="bar-value">{{VALUE}}</text>{{/BAR}}
</svg>
</div>
</section>{{/INDICATOR}}
