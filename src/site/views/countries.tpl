{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Where we work}}</h1>
<p>{{_:x-t=Canadian municipalities work with local governments in seven countries, in the working language of each.}}</p>
{{#REGION}}<section aria-labelledby="region-{{CODE}}">
<h2 id="region-{{CODE}}" lang="{{NAME_LANG}}">{{NAME}}</h2>
<ul class="cards">{{#COUNTRY}}<li class="card"><h3><a href="/countries/{{CODE:u}}" lang="{{NAME_LANG}}">{{NAME}}</a></h3>
<p class="meta">{{_:x-t=Working languages}}: {{LANGUAGES}}</p>
<p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p></li>{{/COUNTRY}}</ul>
</section>{{/REGION}}
