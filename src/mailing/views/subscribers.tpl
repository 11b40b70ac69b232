{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing">{{_:x-t=Distribution list}}</a></p>
<h1>{{_:x-t=Subscribers}}</h1>
<form method="get" action="/manage/mailing/subscribers" class="search" role="search">
  <label for="q">{{_:x-t=Search by address, name or organisation}}</label>
  <input id="q" name="q" type="search" maxlength="100" value="{{QUERY}}">
  <button type="submit" class="button secondary">{{_:x-t=Search}}</button>
</form>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Subscribers, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=Email address}}</th><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Organisation}}</th><th scope="col">{{_:x-t=Language}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Since}}</th></tr></thead>
<tbody>{{#SUBSCRIBER}}<tr><td><a href="/manage/mailing/subscribers/{{ID:u}}">{{EMAIL}}</a></td><td>{{NAME}}</td><td>{{ORGANISATION}}</td><td>{{LANGUAGE}}</td><td>{{STATUS}}</td><td>{{SINCE}}</td></tr>{{/SUBSCRIBER}}</tbody></table></div>
{{#NONE}}<p>{{_:x-t=No subscriber matches.}}</p>{{/NONE}}
<nav aria-label="{{_:x-t=Pages of results}}" class="paging">{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}</nav>
