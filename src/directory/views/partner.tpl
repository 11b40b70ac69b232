{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partners">{{_:x-t=Partner local governments}}</a> › <a href="/countries/{{COUNTRY_CODE:u}}" lang="{{COUNTRY_LANG}}">{{COUNTRY}}</a></p>
<h1>{{NAME}}</h1>
{{#MAY_EDIT}}<p><a class="button secondary" href="/directory/partners/{{KEY:u}}/edit">{{_:x-t=Edit this profile}}</a></p>{{/MAY_EDIT}}
<dl class="summary">
  <dt>{{_:x-t=Country}}</dt><dd lang="{{COUNTRY_LANG}}">{{COUNTRY}}</dd>
  <dt>{{_:x-t=Region}}</dt><dd>{{REGION}}</dd>
  <dt>{{_:x-t=Level}}</dt><dd>{{LEVEL}}</dd>
  <dt>{{_:x-t=Population}}</dt><dd>{{POPULATION}}</dd>
  <dt>{{_:x-t=Working languages}}</dt><dd>{{LANGUAGES}}{{#INTERPRETATION}} ({{_:x-t=interpretation can be arranged}}){{/INTERPRETATION}}</dd>
  <dt>{{_:x-t=Looking for}}</dt><dd>{{WANTED}}</dd>
  {{#CONTACT}}<dt>{{_:x-t=Contact}}</dt><dd>{{CONTACT_NAME}}{{#EMAIL}} — <a href="mailto:{{CONTACT_EMAIL:u}}">{{CONTACT_EMAIL}}</a>{{/EMAIL}}</dd>{{/CONTACT}}
</dl>
<h2 id="needs-heading">{{_:x-t=Needs by programming area}}</h2>
<svg class="chart" viewBox="0 0 640 88" role="img" aria-labelledby="needs-heading needs-chart-title">
  <title id="needs-chart-title">{{_:x-t=Priority of each programming area, from 0 to 3}}</title>
  {{#NEED}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{AREA}}</text><rect x="360" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="368" y="{{TEXT_Y}}" class="bar-value">{{VALUE}}</text>{{/NEED}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Needs by programming area}}</caption>
<thead><tr><th scope="col">{{_:x-t=Programming area}}</th><th scope="col">{{_:x-t=Priority}}</th></tr></thead>
<tbody>{{#NEED}}<tr><td><a href="/areas/{{AREA_CODE:u}}">{{AREA}}</a></td><td>{{VALUE}} — {{LEVEL}}</td></tr>{{/NEED}}</tbody></table></div>
{{#HAS_DESCRIPTION}}<h2>{{_:x-t=About}}</h2>{{#DESCRIPTION_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/DESCRIPTION_FALLBACK}}<p lang="{{DESCRIPTION_LANG}}" class="prose">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
