{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing/campaigns/{{ID:u}}">{{_:x-t=Back to the campaign}}</a></p>
<h1>{{_:x-t=Preview}} ({{LANGUAGE_NAME}})</h1>
<p>{{#OTHER}}<a href="/manage/mailing/campaigns/{{ID:u}}/preview?lang={{CODE:u}}" lang="{{CODE}}">{{NAME}}</a> {{/OTHER}}</p>
<dl class="details"><dt>{{_:x-t=Subject}}</dt><dd lang="{{LANG_SHOWN}}">{{SUBJECT}}</dd></dl>
<section aria-labelledby="html-heading"><h2 id="html-heading">{{_:x-t=As most mail programs show it}}</h2>
<div class="mail-preview" lang="{{LANG_SHOWN}}">{{MESSAGE_HTML:none}}</div></section>
<section aria-labelledby="text-heading"><h2 id="text-heading">{{_:x-t=As plain text}}</h2>
<pre class="mail-body" lang="{{LANG_SHOWN}}">{{TEXT}}</pre></section>
