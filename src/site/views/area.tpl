{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/areas">{{_:x-t=Programming areas}}</a></p>
<h1 lang="{{NAME_LANG}}">{{NUMBER}}. {{NAME}}</h1>
<p class="tagline" lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p>
{{#BODY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/BODY_FALLBACK}}
<div class="prose" lang="{{BODY_LANG}}">{{BODY_HTML:none}}</div>
