{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Search}}</h1>
<form method="get" action="/search" role="search" class="search-form">
  <div class="field"><label for="q">{{_:x-t=Search news, calls, partners, networks and events}}</label>
  <input id="q" name="q" type="search" maxlength="200" value="{{QUERY}}"></div>
  <button type="submit" class="button">{{_:x-t=Search}}</button>
</form>
{{#SEARCHED}}<p role="status">{{COUNT}}</p>{{/SEARCHED}}
{{#NOTHING_FOUND}}<p>{{_:x-t=Nothing matches every word of this search. Try fewer or other words.}}</p>{{/NOTHING_FOUND}}
{{#ONE_KIND}}<p><a href="{{EVERY_KIND_URL}}">{{_:x-t=Results of every kind}}</a></p>{{/ONE_KIND}}
{{#GROUP}}<section class="search-group" aria-labelledby="group-{{KIND}}">
<h2 id="group-{{KIND}}">{{LABEL}} <small>({{GROUP_COUNT}})</small></h2>
<ol class="search-results">{{#HIT}}<li><a href="{{URL}}">{{TITLE}}</a>
<p>{{#PART}}{{#MATCHED}}<mark>{{TEXT}}</mark>{{/MATCHED}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/PART}}</p></li>{{/HIT}}</ol>
{{#ALL}}<p><a href="{{ALL_URL}}">{{_:x-t=Every result of this kind}}</a></p>{{/ALL}}
{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}
</section>{{/GROUP}}
