{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Stories waiting for a decision}}</h1>
<p>{{_:x-t=Submitted stories wait for approval; approved stories wait to be published. The author of a story never approves it.}}</p>
{{#NONE}}<p>{{_:x-t=No story is waiting.}}</p>{{/NONE}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Stories waiting for a decision}}</caption>
<thead><tr><th scope="col">{{_:x-t=Title}}</th><th scope="col">{{_:x-t=State}}</th><th scope="col">{{_:x-t=Written by}}</th><th scope="col">{{_:x-t=Last change}}</th></tr></thead>
<tbody>{{#STORY}}<tr><td lang="{{TITLE_LANG}}"><a href="/stories/{{SLUG:u}}">{{TITLE}}</a></td><td>{{STATUS}}</td><td>{{AUTHOR}}</td><td>{{UPDATED}}</td></tr>{{/STORY}}</tbody></table></div>
