{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Resource library}}</h1>
<p>{{_:x-t=Guides, tools, case studies and reports on local economic development, shared by the program and its partners. Some are for the program's members only; sign in to see them.}}</p>
{{#CAN_MANAGE}}<p><a class="button" href="/manage/resources">{{_:x-t=Manage the resource library}}</a></p>{{/CAN_MANAGE}}
<form method="get" action="/search" role="search" class="filters" aria-label="{{_:x-t=Search the library}}">
  <input type="hidden" name="kind" value="resource">
  <div class="field"><label for="library-q">{{_:x-t=Search the library}}</label><input id="library-q" name="q" type="search" maxlength="200"></div>
  <button type="submit" class="button secondary">{{_:x-t=Search}}</button>
</form>
<div class="library">
<nav aria-label="{{_:x-t=Filter the resources}}" class="facets">
{{#FACET_GROUP}}<section class="facet" data-facet="{{FACET}}"><h2>{{HEADING}}</h2>
<ul>{{#VALUE}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="true" class="current"{{/CURRENT}}>{{LABEL}}{{#HAS_COUNT}} <span class="count">({{COUNT}})</span>{{/HAS_COUNT}}</a></li>{{/VALUE}}</ul>
</section>{{/FACET_GROUP}}
</nav>
<section class="results" aria-labelledby="results-heading">
<h2 id="results-heading">{{_:x-t=Resources}}</h2>
<p role="status" class="result-count">{{RESULT_COUNT}}</p>
{{#NO_RESOURCES}}<p>{{_:x-t=No resource matches these filters.}}</p>{{/NO_RESOURCES}}
<ul class="resource-list">{{#RESOURCE}}<li class="resource">
  <h3><a href="/resources/{{ID:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></h3>
  <p class="meta">{{KIND}} · {{PUBLISHED_ON}} · {{DOCUMENT_LANGUAGE}}{{#MEMBERS_ONLY}} · <strong>{{_:x-t=Members only}}</strong>{{/MEMBERS_ONLY}}</p>
  <p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p>
</li>{{/RESOURCE}}</ul>
<nav aria-label="{{_:x-t=Pages of results}}" class="paging">{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}</nav>
</section>
</div>
