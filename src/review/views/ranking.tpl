{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/calls/{{CALL_ID:u}}/review">{{_:x-t=Review}}</a></p>
<h1>{{_:x-t=Ranking}}: <span lang="{{TITLE_LANG}}">{{TITLE}}</span></h1>
<p>{{#RAW}}<a href="/manage/calls/{{CALL_ID:u}}/ranking?normalise=z">{{_:x-t=Offset harsh and lenient reviewers (z-scores)}}</a>{{/RAW}}{{#NORMALISED}}<a href="/manage/calls/{{CALL_ID:u}}/ranking">{{_:x-t=Show the scores as given}}</a>{{/NORMALISED}}
 · <a href="/manage/calls/{{CALL_ID:u}}/ranking.csv{{#Z}}?normalise=z{{/Z}}">CSV</a> · <a href="/manage/calls/{{CALL_ID:u}}/ranking.xlsx{{#Z}}?normalise=z{{/Z}}">XLSX</a></p>
{{>FORM_ERRORS}}
<svg class="chart" viewBox="0 0 640 {{CHART_HEIGHT}}" role="img" aria-labelledby="ranking-chart-title">
  <title id="ranking-chart-title">{{_:x-t=Total score of each application, out of 100}}</title>
  {{#BAR}}<text x="0" y="{{LABEL_Y}}" class="bar-label">{{NAME}}</text><rect x="220" y="{{BAR_Y}}" width="{{WIDTH}}" height="16" class="bar{{#DISPUTED}} bar-disputed{{/DISPUTED}}"></rect><text x="{{VALUE_X}}" y="{{LABEL_Y}}" class="bar-value">{{TOTAL}}</text>{{/BAR}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Applications, best first}}</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">{{_:x-t=Municipality}}</th><th scope="col" class="num">{{_:x-t=Total}}</th><th scope="col" class="num">{{_:x-t=Spread}}</th><th scope="col" class="num">{{_:x-t=Reviews}}</th><th scope="col">{{_:x-t=Decision}}</th></tr></thead>
<tbody>{{#ROW}}<tr><td class="num">{{RANK}}</td><td><a href="/applications/{{ID:u}}">{{NAME}}</a></td><td class="num">{{TOTAL}}</td><td class="num">{{SPREAD}}{{#DISPUTED}} <strong>{{_:x-t=reviewers disagree}}</strong>{{/DISPUTED}}</td><td class="num">{{REVIEWS}}</td>
<td><form method="post" action="/manage/calls/{{CALL_ID:u}}/decisions/{{ID:u}}" class="decision">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <label for="outcome_{{ID}}" class="visually-hidden">{{_:x-t=Decision}}</label>
  <select id="outcome_{{ID}}" name="outcome">{{#OUTCOME}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OUTCOME}}</select>
  <details><summary>{{_:x-t=Message to the applicant}}</summary>{{#LANGUAGE}}<label for="message_{{ID}}_{{CODE}}">{{NAME}}</label><textarea id="message_{{ID}}_{{CODE}}" name="message_{{CODE}}" rows="2" lang="{{CODE}}"></textarea>{{/LANGUAGE}}</details>
  <button type="submit" class="button secondary">{{_:x-t=Record the decision}}</button>
</form></td></tr>{{/ROW}}</tbody></table></div>
<form method="post" action="/manage/calls/{{CALL_ID:u}}/release" data-confirm="{{_:x-t=Release every decision now? Each applicant is told by email.}}">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">{{_:x-t=Release all decisions}}</button>
</form>
