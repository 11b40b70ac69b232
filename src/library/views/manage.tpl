{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Manage the resource library}}</h1>
<p><a class="button" href="/manage/resources/new">{{_:x-t=New resource}}</a> <a href="/resources">{{_:x-t=Resource library}}</a></p>
{{#NO_RESOURCES}}<p>{{_:x-t=The library has no resource yet.}}</p>{{/NO_RESOURCES}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Resources}}</caption>
<thead><tr><th scope="col">{{_:x-t=Title}}</th><th scope="col">{{_:x-t=Type}}</th><th scope="col">{{_:x-t=Publication date}}</th><th scope="col">{{_:x-t=Visibility}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Actions}}</th></tr></thead>
<tbody>{{#RESOURCE}}<tr><td><a href="/resources/{{ID:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></td><td>{{KIND}}</td><td>{{PUBLISHED_ON}}</td><td>{{VISIBILITY}}</td><td>{{STATUS}}</td>
<td><a href="/manage/resources/{{ID:u}}/edit">{{_:x-t=Edit}}</a>
{{#CAN_PUBLISH}}<form method="post" action="/manage/resources/{{ID:u}}/publish" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Publish}}</button></form>{{/CAN_PUBLISH}}
{{#CAN_WITHDRAW}}<form method="post" action="/manage/resources/{{ID:u}}/withdraw" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Withdraw}}</button></form>{{/CAN_WITHDRAW}}</td></tr>{{/RESOURCE}}</tbody></table></div>
