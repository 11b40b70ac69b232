{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/countries">{{_:x-t=Where we work}}</a> › <span lang="{{REGION_LANG}}">{{REGION}}</span></p>
<h1 lang="{{NAME_LANG}}">{{NAME}}</h1>
<dl class="summary">
  <dt>{{_:x-t=Region}}</dt><dd lang="{{REGION_LANG}}">{{REGION}}</dd>
  <dt>{{_:x-t=Working languages}}</dt><dd>{{LANGUAGES}}</dd>
</dl>
{{#BODY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/BODY_FALLBACK}}
<div class="prose" lang="{{BODY_LANG}}">{{BODY_HTML:none}}</div>
