{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Calls}}</h1>
<p><a class="button" href="/manage/calls/new">{{_:x-t=New call}}</a></p>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Calls, latest deadline first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Call}}</th><th scope="col">{{_:x-t=Deadline}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col"><span class="visually-hidden">{{_:x-t=Actions}}</span></th></tr></thead>
<tbody>{{#CALL}}<tr><td><a href="/calls/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></td><td>{{DEADLINE}}</td><td>{{PHASE}}</td>
<td><a href="/manage/calls/{{ID:u}}/edit">{{_:x-t=Edit}}</a> · <a href="/manage/calls/{{ID:u}}/applications">{{_:x-t=Applications}}</a> · <a href="/manage/calls/{{ID:u}}/review">{{_:x-t=Review}}</a></td></tr>{{/CALL}}</tbody>
</table></div>
