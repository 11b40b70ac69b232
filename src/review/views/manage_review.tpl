{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/calls">{{_:x-t=Calls}}</a></p>
<h1>{{_:x-t=Review}}: <span lang="{{TITLE_LANG}}">{{TITLE}}</span></h1>
<p><a href="/manage/calls/{{CALL_ID:u}}/ranking">{{_:x-t=Ranking and decisions}}</a></p>
{{>FORM_ERRORS}}
<section aria-labelledby="reviewers-heading"><h2 id="reviewers-heading">{{_:x-t=Reviewers and capacity}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Reviewers of this call}}</caption>
<thead><tr><th scope="col">{{_:x-t=Reviewer}}</th><th scope="col">{{_:x-t=Expertise (0 to 3)}}</th><th scope="col" class="num">{{_:x-t=Capacity}}</th><th scope="col" class="num">{{_:x-t=Assigned}}</th></tr></thead>
<tbody>{{#SEAT}}<tr><td>{{NAME}}</td><td>{{EXPERTISE}}</td><td class="num">{{CAPACITY}}</td><td class="num">{{LOAD}}</td></tr>{{/SEAT}}</tbody></table></div>
<p class="help">{{_:x-t=The assignment prefers reviewers whose expertise covers the programming area an application names.}}</p>
<form method="post" action="/manage/calls/{{CALL_ID:u}}/reviewers" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="reviewer">{{_:x-t=Reviewer}}</label><select id="reviewer" name="reviewer_id">{{#POOL}}<option value="{{ID}}">{{NAME}}</option>{{/POOL}}</select></div>
  <div class="field"><label for="capacity">{{_:x-t=Capacity (0 removes)}}</label><input id="capacity" name="capacity" type="number" min="0" max="1000" value="10"></div>
  {{#AREA}}<div class="field"><label for="expertise_{{CODE}}">{{_:x-t=Expertise}} — {{NAME}}</label><select id="expertise_{{CODE}}" name="expertise_{{CODE}}"><option value="">{{_:x-t=Unchanged}}</option><option value="0">0 — {{_:x-t=none}}</option><option value="1">1 — {{_:x-t=some}}</option><option value="2">2 — {{_:x-t=solid}}</option><option value="3">3 — {{_:x-t=leading practice}}</option></select></div>{{/AREA}}
  <button type="submit" class="button secondary">{{_:x-t=Save the reviewer}}</button>
</form>
</section>
<section aria-labelledby="assignment-heading"><h2 id="assignment-heading">{{_:x-t=Assignment}}</h2>
<form method="post" action="/manage/calls/{{CALL_ID:u}}/assign"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="button">{{_:x-t=Compute the best assignment}}</button></form>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Who reviews what}}</caption>
<thead><tr><th scope="col">{{_:x-t=Municipality}}</th><th scope="col">{{_:x-t=Reviewer}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col"><span class="visually-hidden">{{_:x-t=Actions}}</span></th></tr></thead>
<tbody>{{#PAIR}}<tr><td>{{ORGANISATION}}</td><td>{{REVIEWER}}{{#PINNED}} ({{_:x-t=fixed by hand}}){{/PINNED}}</td><td>{{STATUS}}</td>
<td>{{#REMOVABLE}}<form method="post" action="/manage/calls/{{CALL_ID:u}}/unassign" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="application_id" value="{{APPLICATION_ID}}"><input type="hidden" name="reviewer_id" value="{{REVIEWER_ID}}"><button type="submit" class="link">{{_:x-t=Remove}}</button></form>{{/REMOVABLE}}</td></tr>{{/PAIR}}</tbody></table></div>
<form method="post" action="/manage/calls/{{CALL_ID:u}}/pin" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="pin_application">{{_:x-t=Application}}</label><select id="pin_application" name="application_id">{{#APPLICATION}}<option value="{{ID}}">{{NAME}}</option>{{/APPLICATION}}</select></div>
  <div class="field"><label for="pin_reviewer">{{_:x-t=Reviewer}}</label><select id="pin_reviewer" name="reviewer_id">{{#SEAT}}<option value="{{ID}}">{{NAME}}</option>{{/SEAT}}</select></div>
  <button type="submit" class="button secondary">{{_:x-t=Assign by hand}}</button>
</form>
</section>
