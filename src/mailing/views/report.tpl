{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing/campaigns">{{_:x-t=Campaigns}}</a></p>
<h1>{{_:x-t=Report}}: <span lang="{{SUBJECT_LANG}}">{{SUBJECT}}</span></h1>
<dl class="details">
  <dt>{{_:x-t=Status}}</dt><dd>{{STATUS}}</dd>
  {{#QUEUED}}<dt>{{_:x-t=Queued}}</dt><dd>{{QUEUED_AT}}</dd>{{/QUEUED}}
  <dt>{{_:x-t=Recipients}}</dt><dd>{{RECIPIENTS}}</dd>
</dl>
<p>{{_:x-t=Preview as readers will see it}} {{#PREVIEW}}<a href="/manage/mailing/campaigns/{{ID:u}}/preview?lang={{CODE:u}}" lang="{{CODE}}">{{NAME}}</a> {{/PREVIEW}}</p>
<svg class="chart" viewBox="0 0 640 {{CHART_HEIGHT}}" role="img" aria-labelledby="report-chart-title">
  <title id="report-chart-title">{{_:x-t=Messages of the campaign by outcome, and readers who unsubscribed}}</title>
  {{#BAR}}<text x="0" y="{{LABEL_Y}}" class="bar-label">{{LABEL}}</text><rect x="200" y="{{BAR_Y}}" width="{{WIDTH}}" height="18" class="{{KIND}}"></rect><text x="{{VALUE_X}}" y="{{LABEL_Y}}" class="bar-value">{{VALUE}}</text>{{/BAR}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Messages by outcome}}</caption>
<thead><tr><th scope="col">{{_:x-t=Outcome}}</th><th scope="col" class="num">{{_:x-t=Messages}}</th></tr></thead>
<tbody>{{#ROW}}<tr><td>{{LABEL}}</td><td class="num">{{VALUE}}</td></tr>{{/ROW}}</tbody></table></div>
