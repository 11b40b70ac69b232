{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/matching">{{_:x-t=Matching}}</a></p>
<h1>{{_:x-t=Matching run}} {{ID}}</h1>
<p>{{LABEL}}</p>
<dl class="summary">
  <dt>{{_:x-t=When}}</dt><dd>{{WHEN}}</dd>
  <dt>{{_:x-t=Pairs}}</dt><dd>{{PAIRS}}</dd>
  <dt>{{_:x-t=Total fit}}</dt><dd>{{FIT}}</dd>
  <dt>{{_:x-t=Countries served}}</dt><dd>{{COUNTRIES_SERVED}}{{#COVERAGE}} ({{_:x-t=coverage of every country asked}}){{/COVERAGE}}</dd>
  <dt>{{_:x-t=Optimality}}</dt><dd>{{#PROVEN}}{{_:x-t=proven optimal}}{{/PROVEN}} · {{ROUNDS}} {{_:x-t=rounds}}, {{CHECKED}} {{_:x-t=pairs checked}}, {{MS}} ms</dd>
  <dt>{{_:x-t=Weights}}</dt><dd>{{_:x-t=Enabling environment}} {{W_ENABLING}} · {{_:x-t=Inclusive local economic development}} {{W_INCLUSIVE}} · {{_:x-t=Trade and regional economic development}} {{W_TRADE}} · {{_:x-t=Review score}} {{W_REVIEW}} · {{_:x-t=Worked together before}} {{W_CONTINUITY}} · {{_:x-t=Similar size}} {{W_SIZE}}</dd>
  {{#ACCEPTED}}<dt>{{_:x-t=Accepted}}</dt><dd>{{ACCEPTED_AT}}</dd>{{/ACCEPTED}}
</dl>
<div class="actions">
{{#NOT_ACCEPTED}}<form method="post" action="/manage/matching/runs/{{ID:u}}/accept" class="inline" data-confirm="{{_:x-t=Accept this run? A partnership is proposed for each of its pairs.}}"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">{{_:x-t=Accept and create the partnerships}}</button></form>{{/NOT_ACCEPTED}}
<form method="post" action="/manage/matching/runs/{{ID:u}}/rerun" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Run again with the current directory and rules}}</button></form>
<form method="post" action="/manage/matching/runs/{{ID:u}}/reproduce" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Reproduce from the saved inputs}}</button></form>
</div>
<h2 id="countries-heading">{{_:x-t=Pairs by country}}</h2>
<svg class="chart" viewBox="0 0 640 {{CHART_HEIGHT}}" role="img" aria-labelledby="countries-heading">
  {{#COUNTRY}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{NAME}}</text><rect x="200" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{VALUE_X}}" y="{{TEXT_Y}}" class="bar-value">{{PAIRS}}</text>{{/COUNTRY}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Pairs by country}}</caption>
<thead><tr><th scope="col">{{_:x-t=Country}}</th><th scope="col" class="num">{{_:x-t=Local governments}}</th><th scope="col" class="num">{{_:x-t=Pairs}}</th><th scope="col">{{_:x-t=Outcome}}</th></tr></thead>
<tbody>{{#COUNTRY}}<tr><td>{{NAME}}</td><td class="num">{{PARTNERS}}</td><td class="num">{{PAIRS}}</td><td>{{OUTCOME}}</td></tr>{{/COUNTRY}}</tbody></table></div>
<h2>{{_:x-t=Proposed pairs}}</h2>
<p class="hint">{{_:x-t=Each score is the sum of its terms. "Without this pair" is the best assignment where the pair is not allowed, with what the total would lose and whom each side would take instead.}}</p>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Proposed pairs, with their fit and what the next best choice costs}}</caption>
<thead><tr><th scope="col">{{_:x-t=Team}}</th><th scope="col">{{_:x-t=Local government}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col" class="num">{{_:x-t=Fit}}</th><th scope="col">{{_:x-t=Terms}}</th><th scope="col">{{_:x-t=Without this pair}}</th><th scope="col"><span class="visually-hidden">{{_:x-t=Actions}}</span></th></tr></thead>
<tbody>{{#PAIR}}<tr><td>{{TEAM}}</td><td>{{PARTNER}}</td><td>{{COUNTRY}}</td><td class="num">{{SCORE}}{{#PINNED}} ({{_:x-t=pinned}}){{/PINNED}}</td>
<td>{{T_ENABLING}} + {{T_INCLUSIVE}} + {{T_TRADE}} + {{T_REVIEW}} + {{T_CONTINUITY}} + {{T_SIZE}}</td>
<td>{{#EXPLANATION}}−{{FIT_LOST}}; {{_:x-t=the team would take}} {{TEAM_TAKES}}; {{_:x-t=the local government would take}} {{PARTNER_TAKES}}{{#COUNTRY_LOST}}; {{_:x-t=a country would lose its only pair}}{{/COUNTRY_LOST}}{{/EXPLANATION}}</td>
<td>{{#NOT_PINNED}}<form method="post" action="/manage/matching/rules" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="team" value="{{TEAM_KEY}}"><input type="hidden" name="partner" value="{{PARTNER_KEY}}"><input type="hidden" name="rule" value="pin"><input type="hidden" name="return_to" value="{{RETURN_TO}}"><button type="submit" class="link">{{_:x-t=Pin}}<span class="visually-hidden"> {{TEAM}} — {{PARTNER}}</span></button></form>{{/NOT_PINNED}}
<form method="post" action="/manage/matching/rules" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="team" value="{{TEAM_KEY}}"><input type="hidden" name="partner" value="{{PARTNER_KEY}}"><input type="hidden" name="rule" value="forbid"><input type="hidden" name="return_to" value="{{RETURN_TO}}"><button type="submit" class="link">{{_:x-t=Forbid}}<span class="visually-hidden"> {{TEAM}} — {{PARTNER}}</span></button></form></td></tr>{{/PAIR}}</tbody></table></div>
<h2>{{_:x-t=Places left}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Teams and local governments with places left, and why}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col" class="num">{{_:x-t=Places left}}</th><th scope="col">{{_:x-t=Why}}</th></tr></thead>
<tbody>{{#UNFILLED_TEAM}}<tr><td>{{NAME}}</td><td class="num">{{PLACES}}</td><td>{{REASON}}</td></tr>{{/UNFILLED_TEAM}}{{#UNFILLED_PARTNER}}<tr><td>{{NAME}}</td><td class="num">{{PLACES}}</td><td>{{REASON}}</td></tr>{{/UNFILLED_PARTNER}}</tbody></table></div>
