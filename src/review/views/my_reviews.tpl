{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Your reviews}}</h1>
{{#LIST}}<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Applications assigned to you}}</caption>
<thead><tr><th scope="col">{{_:x-t=Municipality}}</th><th scope="col">{{_:x-t=Status}}</th></tr></thead>
<tbody>{{#REVIEW}}<tr><td><a href="/reviews/{{ID:u}}">{{ORGANISATION}}</a></td><td>{{STATUS}}</td></tr>{{/REVIEW}}</tbody>
</table></div>{{/LIST}}
{{#NONE}}<p>{{_:x-t=No application is assigned to you.}}</p>{{/NONE}}
