{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/news">{{_:x-t=The Latest}}</a></p>
<article>
<h1 lang="{{TITLE_LANG}}">{{TITLE}}</h1>
<p class="meta">{{#PUBLISHED}}<time>{{DATE}}</time>{{/PUBLISHED}}{{#DRAFT}}{{_:x-t=Draft, not published}}{{/DRAFT}}</p>
{{#BODY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/BODY_FALLBACK}}
<div class="prose" lang="{{BODY_LANG}}">{{BODY_HTML:none}}</div>
</article>
