{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Calls for partnership}}</h1>
<p>{{_:x-t=Canadian municipal teams apply to calls to work with local governments abroad. Deadlines are stated in the time zone of each call.}}</p>
<section aria-labelledby="open-heading">
<h2 id="open-heading">{{_:x-t=Open calls}}</h2>
{{#OPEN}}<ul class="cards">{{#CALL}}<li class="card"><h3><a href="/calls/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></h3>
<p class="meta">{{_:x-t=Deadline}}: <time>{{DEADLINE}}</time></p><p class="time-left">{{TIME_LEFT}}</p></li>{{/CALL}}</ul>{{/OPEN}}
{{#NO_OPEN}}<p>{{_:x-t=No call is open at the moment. Subscribe to the distribution list or check back soon.}}</p>{{/NO_OPEN}}
</section>
{{#UPCOMING}}<section aria-labelledby="upcoming-heading">
<h2 id="upcoming-heading">{{_:x-t=Opening soon}}</h2>
<ul class="cards">{{#CALL}}<li class="card"><h3><a href="/calls/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></h3><p class="meta">{{_:x-t=Opens}}: <time>{{OPENS}}</time></p></li>{{/CALL}}</ul>
</section>{{/UPCOMING}}
{{#CLOSED}}<section aria-labelledby="closed-heading">
<h2 id="closed-heading">{{_:x-t=Closed calls}}</h2>
<ul class="plain">{{#CALL}}<li><a href="/calls/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a> <span class="meta">{{_:x-t=Closed}} <time>{{DEADLINE}}</time></span></li>{{/CALL}}</ul>
</section>{{/CLOSED}}
