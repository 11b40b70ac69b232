{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/applications/{{ID:u}}">{{_:x-t=Back to the application}}</a></p>
<h1>{{_:x-t=Who changed what}}</h1>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Versions, newest first}}</caption>
<thead><tr><th scope="col" class="num">{{_:x-t=Version}}</th><th scope="col">{{_:x-t=When}}</th><th scope="col">{{_:x-t=Who}}</th><th scope="col">{{_:x-t=What}}</th></tr></thead>
<tbody>{{#VERSION}}<tr><td class="num">{{NUMBER}}</td><td>{{AT}}</td><td>{{WHO}}</td><td>{{WHAT}}</td></tr>{{/VERSION}}</tbody>
</table></div>
