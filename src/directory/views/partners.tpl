{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Partner local governments}}</h1>
<p>{{_:x-t=The local governments of the seven partner countries, with the programming areas where they look for Canadian expertise.}}</p>
<form method="get" action="/partners" class="filters">
  <div class="field"><label for="country">{{_:x-t=Country}}</label><select id="country" name="country"><option value="">{{_:x-t=All countries}}</option>{{#COUNTRY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTRY_OPTION}}</select></div>
  <div class="field"><label for="area">{{_:x-t=Needs expertise in}}</label><select id="area" name="area"><option value="">{{_:x-t=Any programming area}}</option>{{#AREA_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AREA_OPTION}}</select></div>
  <div class="field"><label for="language">{{_:x-t=Working language}}</label><select id="language" name="language"><option value="">{{_:x-t=Any language}}</option>{{#LANGUAGE_FILTER}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_FILTER}}</select></div>
  <div class="field"><label for="q">{{_:x-t=Name or region}}</label><input id="q" name="q" type="search" maxlength="100" value="{{SEARCH}}"></div>
  <button type="submit" class="button secondary">{{_:x-t=Filter}}</button>
</form>
<p role="status">{{RESULT_COUNT}}</p>
{{#NO_PARTNERS}}<p>{{_:x-t=No local government matches these filters.}}</p>{{/NO_PARTNERS}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Local governments}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col">{{_:x-t=Region}}</th><th scope="col">{{_:x-t=Level}}</th><th scope="col" class="num">{{_:x-t=Population}}</th><th scope="col">{{_:x-t=Working languages}}</th><th scope="col">{{_:x-t=Priority needs}}</th></tr></thead>
<tbody>{{#PARTNER}}<tr><td><a href="/partners/{{KEY:u}}">{{NAME}}</a></td><td>{{COUNTRY}}</td><td>{{REGION}}</td><td>{{LEVEL}}</td><td class="num">{{POPULATION}}</td><td>{{LANGUAGES}}</td><td>{{NEEDS}}</td></tr>{{/PARTNER}}</tbody></table></div>
<nav aria-label="{{_:x-t=Pages of results}}" class="paging">{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}</nav>
