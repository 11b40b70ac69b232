{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/results">{{_:x-t=Logic model}}</a> · <a href="/manage/results">{{_:x-t=Logic model and indicators}}</a></p>
<h1>{{_:x-t=Reporting periods}}</h1>
<p>{{_:x-t=Periods follow the fiscal year, from April to March. A locked period takes no new values and no changes.}}</p>
<form method="post" action="/manage/results/periods" class="pmf-filters">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="first">{{_:x-t=First fiscal year}}</label><input id="first" name="first" type="text" maxlength="7" placeholder="2026-27"></div>
  <div class="field"><label for="last">{{_:x-t=Last fiscal year}}</label><input id="last" name="last" type="text" maxlength="7" placeholder="2030-31"></div>
  <button type="submit" class="button">{{_:x-t=Add the periods}}</button>
</form>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Reporting periods}}</caption>
<thead><tr><th scope="col">{{_:x-t=Period}}</th><th scope="col">{{_:x-t=Frequency}}</th><th scope="col">{{_:x-t=Dates}}</th><th scope="col">{{_:x-t=Status}}</th></tr></thead>
<tbody>{{#PERIOD}}<tr><th scope="row">{{NAME}}</th><td>{{FREQUENCY}}</td><td>{{DATES}}</td><td><form method="post" action="/manage/results/periods/{{ID:u}}/lock" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">{{#OPEN}}{{_:x-t=Open}} <button type="submit" name="lock" value="yes" class="button secondary">{{_:x-t=Lock}}</button>{{/OPEN}}{{#LOCKED}}{{_:x-t=Locked}} <button type="submit" name="lock" value="no" class="button secondary">{{_:x-t=Unlock}}</button>{{/LOCKED}}</form></td></tr>{{/PERIOD}}</tbody></table></div>
