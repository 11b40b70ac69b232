{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/calls">{{_:x-t=Calls}}</a></p>
<h1>{{_:x-t=Applications}}: <span lang="{{TITLE_LANG}}">{{TITLE}}</span></h1>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Applications by municipality}}</caption>
<thead><tr><th scope="col">{{_:x-t=Municipality}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Submitted}}</th></tr></thead>
<tbody>{{#APPLICATION}}<tr><td><a href="/applications/{{ID:u}}">{{ORGANISATION}}</a></td><td>{{STATUS}}</td><td>{{SUBMITTED}}</td></tr>{{/APPLICATION}}</tbody>
</table></div>
{{#NONE}}<p>{{_:x-t=No application yet.}}</p>{{/NONE}}
