{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=IATI publication}}</h1>
<p><a class="button secondary" href="/iati/import">{{_:x-t=Import an IATI activity file}}</a></p>
<p>{{_:x-t=The program and each published partnership as IATI 2.03 activities, checked against the official schema and code lists before they are published.}}</p>
{{>FORM_ERRORS}}
{{#PUBLISHED}}<p role="status">{{_:x-t=Last published}} {{PUBLISHED_AT}} · {{PUBLISHED_BY}} · {{PUBLISHED_COUNT}} {{_:x-t=activities}} · <a href="/iati/activities.xml">activities.xml</a></p>{{/PUBLISHED}}
<h2 id="problems-heading">{{_:x-t=Problems before publishing}}</h2>
<p>{{ACTIVITIES}} {{_:x-t=activities}} · <a href="/iati/problems.csv">CSV</a></p>
<svg class="chart" viewBox="0 0 720 92" role="img" aria-labelledby="problems-heading problems-chart-title">
  <title id="problems-chart-title">{{_:x-t=Problems by severity}}</title>
  {{#SEVERITY_BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{LABEL}}</text><rect x="120" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="128" y="{{TEXT_Y}}" class="bar-value">{{COUNT}}</text>{{/SEVERITY_BAR}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Problems by severity}}</caption>
<thead><tr><th scope="col">{{_:x-t=Severity}}</th><th scope="col" class="num">{{_:x-t=Problems}}</th></tr></thead>
<tbody>{{#SEVERITY_ROW}}<tr><th scope="row">{{SEVERITY}}</th><td class="num">{{COUNT}}</td></tr>{{/SEVERITY_ROW}}</tbody></table></div>
{{#NO_PROBLEMS}}<p>{{_:x-t=No problem found. The file is ready to publish.}}</p>{{/NO_PROBLEMS}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="problems"><caption>{{_:x-t=Problems}}</caption>
<thead><tr><th scope="col">{{_:x-t=Severity}}</th><th scope="col">{{_:x-t=Activity}}</th><th scope="col">{{_:x-t=IATI element}}</th><th scope="col">{{_:x-t=Problem}}</th><th scope="col">{{_:x-t=Where to fix it}}</th></tr></thead>
<tbody>{{#PROBLEM}}<tr class="problem-{{CLASS}}"><td>{{SEVERITY}}</td><td>{{ACTIVITY}}</td><td><code>{{ELEMENT}}</code></td><td>{{MESSAGE}}</td><td>{{#FIX}}<a href="{{FIX_PATH}}">{{FIX_PATH}}</a>{{/FIX}}</td></tr>{{/PROBLEM}}</tbody></table></div>
{{#CAN_PUBLISH}}<form method="post" action="/iati/publish">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button">{{_:x-t=Publish the activity file}}</button>
</form>{{/CAN_PUBLISH}}
