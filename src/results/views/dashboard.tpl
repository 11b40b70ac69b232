{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/results">{{_:x-t=Logic model}}</a> · <a href="/results/pmf">{{_:x-t=Performance Measurement Framework}}</a></p>
<h1>{{_:x-t=Results dashboard}}</h1>
<p>{{_:x-t=Approved figures of the latest fiscal year reported, by country and by programming area. Each figure links to the approved values it counts.}}</p>
{{#INDICATOR}}<section class="dashboard-indicator" aria-labelledby="indicator-{{CODE}}">
<h2 id="indicator-{{CODE}}">{{CODE}} · {{NAME}}</h2>
<p>{{_:x-t=Fiscal year}} {{YEAR}}{{#HAS_TARGET}} · {{_:x-t=Target}} {{TARGET}}{{/HAS_TARGET}}</p>
{{#BREAKDOWN}}<div class="side-by-side">
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{CODE}} · {{CAPTION}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col" class="num">{{_:x-t=Total}}</th>{{#SHARES}}<th scope="col" class="num highlight">{{_:x-t=Women}}</th><th scope="col" class="num highlight">{{_:x-t=Youth (15 to 35)}}</th>{{/SHARES}}</tr></thead>
<tbody>{{#ROW}}<tr><th scope="row">{{NAME}}</th><td class="num"><a href="/results/measurements?indicator={{INDICATOR_ID:u}}&amp;year={{YEAR_START:u}}&amp;{{KIND:u}}={{KEY:u}}&amp;cell=total">{{VALUE}}</a></td>{{#SHARES}}<td class="num highlight">{{#WOMEN_LINK}}<a href="/results/measurements?indicator={{INDICATOR_ID:u}}&amp;year={{YEAR_START:u}}&amp;{{KIND:u}}={{KEY:u}}&amp;cell=women">{{/WOMEN_LINK}}{{WOMEN}}{{#WOMEN_LINK}}</a>{{/WOMEN_LINK}}</td><td class="num highlight">{{#YOUTH_LINK}}<a href="/results/measurements?indicator={{INDICATOR_ID:u}}&amp;year={{YEAR_START:u}}&amp;{{KIND:u}}={{KEY:u}}&amp;cell=youth">{{/YOUTH_LINK}}{{YOUTH}}{{#YOUTH_LINK}}</a>{{/YOUTH_LINK}}</td>{{/SHARES}}</tr>{{/ROW}}</tbody></table></div>
<svg class="chart" viewBox="0 0 560 {{CHART_HEIGHT}}" role="img" aria-labelledby="indicator-{{CODE}} chart-{{CODE}}-{{KIND}}">
  <title id="chart-{{CODE}}-{{KIND}}">{{_:x-t=The same figures as bars}} · {{CAPTION}}</title>
  {{#BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{NAME}}</text><rect x="150" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="158" y="{{TEXT_Y}}" class="bar-value">{{VALUE}}</text>{{/BAR}}
</svg>
</div>{{/BREAKDOWN}}
</section>{{/INDICATOR}}
