{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Programming areas}}</h1>
<p>{{_:x-t=Canadian teams are chosen for their experience in one or more of these areas.}}</p>
<ol class="cards">{{#AREA}}<li class="card"><h2><a href="/areas/{{CODE:u}}" lang="{{NAME_LANG}}">{{NAME}}</a></h2><p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p></li>{{/AREA}}</ol>
