{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a></p>
<h1>{{NAME}}</h1>
{{#UNPUBLISHED}}<p><em>{{_:x-t=This partnership is not shown to the public.}}</em></p>{{/UNPUBLISHED}}
{{#MEMBER_VIEW}}<p><a class="button secondary" href="/partnerships/{{ID:u}}/edit">{{_:x-t=Edit this partnership}}</a> <a class="button secondary" href="/partnerships/{{ID:u}}/budget">{{_:x-t=Budget}}</a> <a class="button secondary" href="/partnerships/{{ID:u}}/expenses">{{_:x-t=Expenses}}</a> <a class="button secondary" href="/partnerships/{{ID:u}}/in-kind">{{_:x-t=In-kind contributions}}</a> <a class="button secondary" href="/partnerships/{{ID:u}}/results">{{_:x-t=Results}}</a></p>{{/MEMBER_VIEW}}
{{#HAS_SUMMARY}}<h2>{{_:x-t=What it does}}</h2>{{#SUMMARY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/SUMMARY_FALLBACK}}<p lang="{{SUMMARY_LANG}}" class="prose">{{SUMMARY}}</p>{{/HAS_SUMMARY}}
<dl class="summary">
  <dt>{{_:x-t=Canadian municipalities}}</dt><dd>{{TEAMS}}</dd>
  <dt>{{_:x-t=Partner local governments}}</dt><dd>{{PARTNERS}}</dd>
  <dt>{{_:x-t=Where}}</dt><dd><a href="/countries/{{COUNTRY_CODE:u}}">{{COUNTRY}}</a></dd>
  <dt>{{_:x-t=Since when}}</dt><dd>{{SINCE}}{{#HAS_END}} ({{_:x-t=until}} {{END}}){{/HAS_END}}</dd>
  <dt>{{_:x-t=Status}}</dt><dd>{{STATUS}}</dd>
  <dt>{{_:x-t=Results}}</dt><dd><a href="/results/pmf?partnership={{ID:u}}">{{_:x-t=Performance Measurement Framework}}</a></dd>
  <dt>{{_:x-t=Programming areas}}</dt><dd>{{#AREA}}<a href="/areas/{{CODE:u}}">{{NAME}}</a>{{#AREA_separator}}, {{/AREA_separator}}{{/AREA}}</dd>
  {{#HAS_OFFICE}}<dt>{{_:x-t=Program office}}</dt><dd>{{OFFICE}}</dd>{{/HAS_OFFICE}}
  {{#CONTACT}}<dt>{{_:x-t=Contact}}</dt><dd>{{CONTACT_NAME}} <a href="mailto:{{CONTACT_EMAIL:u}}">{{CONTACT_EMAIL}}</a></dd>{{/CONTACT}}
</dl>
<p><a href="/partnerships/{{ID:u}}/workplan">{{_:x-t=Workplan}}</a>{{#MEMBER_VIEW}} · <a href="/partnerships/{{ID:u}}/stories">{{_:x-t=Stories of the partnership}}</a>{{/MEMBER_VIEW}}</p>
{{#HAS_NETWORKS}}<h2>{{_:x-t=Networks it takes part in}}</h2>
<ul>{{#NETWORK}}<li><a href="/networks/{{NETWORK_KEY:u}}">{{NETWORK_NAME}}</a></li>{{/NETWORK}}</ul>{{/HAS_NETWORKS}}
{{#HAS_STORIES}}<h2>{{_:x-t=Partnership stories}}</h2>
<ul>{{#STORY}}<li lang="{{STORY_LANG}}"><a href="{{STORY_URL}}">{{STORY_TITLE}}</a></li>{{/STORY}}</ul>{{/HAS_STORIES}}
