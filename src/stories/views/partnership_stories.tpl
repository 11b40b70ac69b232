{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships/{{PARTNERSHIP_ID:u}}">{{PARTNERSHIP}}</a></p>
<h1>{{_:x-t=Stories of the partnership}}</h1>
{{#NONE}}<p>{{_:x-t=This partnership has no story yet.}}</p>{{/NONE}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Stories and their state}}</caption>
<thead><tr><th scope="col">{{_:x-t=Title}}</th><th scope="col">{{_:x-t=State}}</th><th scope="col">{{_:x-t=Written by}}</th><th scope="col">{{_:x-t=Last change}}</th></tr></thead>
<tbody>{{#STORY}}<tr><td lang="{{TITLE_LANG}}"><a href="/stories/{{SLUG:u}}">{{TITLE}}</a></td><td>{{STATUS}}</td><td>{{AUTHOR}}</td><td>{{UPDATED}}</td></tr>{{/STORY}}</tbody></table></div>
<h2>{{_:x-t=Write a new story}}</h2>
{{>FORM_ERRORS}}
<form method="post" action="/partnerships/{{PARTNERSHIP_ID:u}}/stories" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#LANGUAGE}}<div class="field" lang="{{CODE}}"><label for="title_{{CODE}}">{{_:x-t=Title}} ({{NAME}})</label>
    <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" maxlength="200" value="{{TITLE}}"></div>{{/LANGUAGE}}
  {{#INVALID_title_en}}<p class="field-error">{{ERROR_title_en}}</p>{{/INVALID_title_en}}
  <button type="submit" class="button">{{_:x-t=Start the draft}}</button>
</form>
