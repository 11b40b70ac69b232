{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing">{{_:x-t=Distribution list}}</a></p>
<h1>{{_:x-t=Campaigns}}</h1>
{{>FORM_ERRORS}}
<section aria-labelledby="new-heading"><h2 id="new-heading">{{_:x-t=New campaign}}</h2>
<ul class="cards">
<li class="card"><h3>{{_:x-t=A message}}</h3><form method="post" action="/manage/mailing/campaigns"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kind" value="message"><button type="submit" class="button">{{_:x-t=Write a message}}</button></form></li>
<li class="card"><h3>{{_:x-t=A new call is open}}</h3><form method="post" action="/manage/mailing/campaigns"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kind" value="call">
<div class="field"><label for="call_id">{{_:x-t=Call}}</label><select id="call_id" name="call_id">{{#CALL}}<option value="{{ID}}">{{TITLE}}</option>{{/CALL}}</select></div>
<button type="submit" class="button secondary">{{_:x-t=Announce the call}}</button></form></li>
<li class="card"><h3>{{_:x-t=News digest}}</h3><p>{{DIGEST_SINCE}}</p><form method="post" action="/manage/mailing/campaigns"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kind" value="digest"><button type="submit" class="button secondary">{{_:x-t=Write the digest}}</button></form></li>
</ul></section>
<section aria-labelledby="list-heading"><h2 id="list-heading">{{_:x-t=All campaigns}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Campaigns, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Subject}}</th><th scope="col">{{_:x-t=Kind}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Topics}}</th><th scope="col" class="num">{{_:x-t=Recipients}}</th><th scope="col" class="num">{{_:x-t=Sent}}</th><th scope="col" class="num">{{_:x-t=Failed}}</th></tr></thead>
<tbody>{{#CAMPAIGN}}<tr><td><a href="{{URL}}" lang="{{SUBJECT_LANG}}">{{SUBJECT}}</a></td><td>{{KIND}}</td><td>{{STATUS}}</td><td>{{TOPICS}}</td><td class="num">{{RECIPIENTS}}</td><td class="num">{{SENT}}</td><td class="num">{{FAILED}}</td></tr>{{/CAMPAIGN}}</tbody></table></div>
</section>
