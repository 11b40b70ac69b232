{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Mail outbox}}</h1>
<p>{{_:x-t=Every message the site writes waits here until the mail service sends it.}}</p>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Messages, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Written}}</th><th scope="col">{{_:x-t=To}}</th><th scope="col">{{_:x-t=Subject}}</th><th scope="col">{{_:x-t=Purpose}}</th><th scope="col">{{_:x-t=Sent}}</th></tr></thead>
<tbody>{{#MESSAGE}}<tr><td>{{CREATED}}</td><td>{{TO}}</td><td><details><summary>{{SUBJECT}}</summary><pre class="mail-body">{{BODY}}</pre></details></td><td>{{PURPOSE}}</td><td>{{STATUS}}</td></tr>{{/MESSAGE}}</tbody>
</table></div>
<nav aria-label="{{_:x-t=Pages of results}}" class="paging">{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}</nav>
