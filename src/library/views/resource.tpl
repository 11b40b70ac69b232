{{%AUTOESCAPE context="HTML"}}<p><a href="/resources">{{_:x-t=Resource library}}</a></p>
<h1 lang="{{TITLE_LANG}}">{{TITLE}}</h1>
{{#MEMBERS_ONLY}}<p class="notice">{{_:x-t=This resource is for the program's members only.}}</p>{{/MEMBERS_ONLY}}
<dl class="facts">
  <dt>{{_:x-t=Type}}</dt><dd>{{KIND}}</dd>
  <dt>{{_:x-t=Publication date}}</dt><dd>{{PUBLISHED_ON}}</dd>
  <dt>{{_:x-t=Language of the document}}</dt><dd>{{DOCUMENT_LANGUAGE}}</dd>
  <dt>{{_:x-t=Programming areas}}</dt><dd>{{#AREA}}{{NAME}}{{#AREA_separator}}, {{/AREA_separator}}{{/AREA}}</dd>
  <dt>{{_:x-t=Countries}}</dt><dd>{{#COUNTRY}}{{NAME}}{{#COUNTRY_separator}}, {{/COUNTRY_separator}}{{/COUNTRY}}</dd>
  {{#CAN_MANAGE}}<dt>{{_:x-t=Status}}</dt><dd>{{STATUS}}</dd>{{/CAN_MANAGE}}
</dl>
{{#SUMMARY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/SUMMARY_FALLBACK}}
<div class="prose" lang="{{SUMMARY_LANG}}">{{SUMMARY_HTML:none}}</div>
<h2>{{_:x-t=The document}}</h2>
<ul>
{{#HAS_FILE}}<li><a href="/resources/{{ID:u}}/file">{{_:x-t=Download}} {{FILE_NAME}}</a> ({{FILE_SIZE}})</li>{{/HAS_FILE}}
{{#HAS_LINK}}<li><a href="{{LINK}}" rel="noopener">{{LINK}}</a></li>{{/HAS_LINK}}
</ul>
{{#CAN_MANAGE}}<p><a href="/manage/resources/{{ID:u}}/edit">{{_:x-t=Edit the resource}}</a></p>{{/CAN_MANAGE}}
