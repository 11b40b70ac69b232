{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Events and missions}}</h1>
<p>{{_:x-t=Webinars, workshops, study tours and technical missions of the program. Register with your account.}}</p>
<p><a href="/events.ics">{{_:x-t=Subscribe to every event in your calendar (iCalendar)}}</a></p>
{{#GROUP}}<section aria-labelledby="{{GROUP_ID}}">
<h2 id="{{GROUP_ID}}">{{HEADING}}</h2>
{{#EMPTY}}<p>{{EMPTY_TEXT}}</p>{{/EMPTY}}
<ul class="event-list">{{#EVENT}}<li><a href="/events/{{ID:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a> · {{KIND}}{{#CANCELLED}} · <strong>{{_:x-t=Cancelled}}</strong>{{/CANCELLED}}{{#DRAFT}} · {{_:x-t=Draft}}{{/DRAFT}}<br>
<time datetime="{{STARTS_ISO}}">{{STARTS}}</time>{{#IN_PERSON}} · {{PLACE}}{{/IN_PERSON}}{{#ONLINE}} · {{_:x-t=Online}}{{/ONLINE}}</li>{{/EVENT}}</ul>
</section>{{/GROUP}}
