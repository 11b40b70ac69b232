{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Partner directory}}</h1>
<p><a class="button" href="/directory/partners/new">{{_:x-t=Add a local government}}</a> <a class="button secondary" href="/directory/teams/new">{{_:x-t=Add a Canadian team}}</a> <a class="button secondary" href="/manage/directory/import">{{_:x-t=Import a file}}</a></p>
<h2 id="countries-heading">{{_:x-t=Local governments by country}}</h2>
<svg class="chart" viewBox="0 0 640 {{CHART_HEIGHT}}" role="img" aria-labelledby="countries-heading">
  {{#COUNTRY_BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{NAME}}</text><rect x="200" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{VALUE_X}}" y="{{TEXT_Y}}" class="bar-value">{{COUNT}}</text>{{/COUNTRY_BAR}}
</svg>
<h2>{{_:x-t=Local governments}} ({{PARTNER_COUNT}})</h2>
<p><a href="/manage/directory/partners.csv">CSV</a> · <a href="/manage/directory/partners.xlsx">XLSX</a></p>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Local governments}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col">{{_:x-t=Working languages}}</th><th scope="col">{{_:x-t=Needs (0 to 3, by area)}}</th><th scope="col" class="num">{{_:x-t=Partners wanted}}</th></tr></thead>
<tbody>{{#PARTNER}}<tr><td><a href="/directory/partners/{{KEY:u}}/edit">{{NAME}}</a></td><td>{{COUNTRY}}</td><td>{{LANGUAGES}}</td><td>{{NEEDS}}</td><td class="num">{{WANTED}}</td></tr>{{/PARTNER}}</tbody></table></div>
<h2>{{_:x-t=Canadian municipal teams}} ({{TEAM_COUNT}})</h2>
<p><a href="/manage/directory/teams.csv">CSV</a> · <a href="/manage/directory/teams.xlsx">XLSX</a></p>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Canadian municipal teams}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Province or territory}}</th><th scope="col">{{_:x-t=Working languages}}</th><th scope="col">{{_:x-t=Expertise (0 to 3, by area)}}</th><th scope="col" class="num">{{_:x-t=Capacity}}</th></tr></thead>
<tbody>{{#TEAM}}<tr><td><a href="/directory/teams/{{KEY:u}}/edit">{{NAME}}</a></td><td>{{PROVINCE}}</td><td>{{LANGUAGES}}</td><td>{{EXPERTISE}}</td><td class="num">{{CAPACITY}}</td></tr>{{/TEAM}}</tbody></table></div>
