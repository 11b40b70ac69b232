{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Your applications}}</h1>
{{#APPLICATION_LIST}}<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Applications of your municipality}}</caption>
<thead><tr><th scope="col">{{_:x-t=Call}}</th><th scope="col">{{_:x-t=Municipality}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Last change}}</th></tr></thead>
<tbody>{{#APPLICATION}}<tr><td><a href="/applications/{{ID:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></td><td>{{ORGANISATION}}</td><td>{{STATUS}}</td><td>{{UPDATED}}</td></tr>{{/APPLICATION}}</tbody>
</table></div>{{/APPLICATION_LIST}}
{{#NONE}}<p>{{_:x-t=Your municipality has no application yet.}} <a href="/calls">{{_:x-t=See the open calls}}</a></p>{{/NONE}}
