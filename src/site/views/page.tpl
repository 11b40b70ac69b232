{{%AUTOESCAPE context="HTML"}}<h1 lang="{{TITLE_LANG}}">{{TITLE}}</h1>
{{#BODY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/BODY_FALLBACK}}
<div class="prose" lang="{{BODY_LANG}}">{{BODY_HTML:none}}</div>
{{#FIGURES}}<section aria-labelledby="envelope-heading">
<h2 id="envelope-heading">{{_:x-t=The program envelope}}</h2>
<svg class="chart" viewBox="0 0 640 130" role="img" aria-labelledby="envelope-chart-title">
  <title id="envelope-chart-title">{{_:x-t=Cash from the federal government and in-kind contributions of Canadian municipalities}}</title>
  {{#BAR}}<text x="0" y="{{LABEL_Y}}" class="bar-label">{{LABEL}}</text>
  <rect x="0" y="{{BAR_Y}}" width="{{WIDTH}}" height="22" class="bar bar-{{KIND}}"></rect>
  <text x="{{VALUE_X}}" y="{{VALUE_Y}}" class="bar-value">{{AMOUNT}}</text>{{/BAR}}
</svg>
<div class="table-scroll" tabindex="0">
<table class="data-table">
  <caption>{{_:x-t=Program envelope by source}}</caption>
  <thead><tr><th scope="col">{{_:x-t=Source}}</th><th scope="col" class="num">{{_:x-t=Amount}}</th><th scope="col" class="num">{{_:x-t=Share}}</th></tr></thead>
  <tbody>{{#ROW}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{AMOUNT}}</td><td class="num">{{SHARE}}</td></tr>{{/ROW}}</tbody>
  <tfoot><tr><th scope="row">{{_:x-t=Total}}</th><td class="num">{{TOTAL}}</td><td class="num">100 %</td></tr></tfoot>
</table>
</div>
</section>{{/FIGURES}}
