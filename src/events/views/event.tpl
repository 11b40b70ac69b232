{{%AUTOESCAPE context="HTML"}}<p><a href="/events">{{_:x-t=Events and missions}}</a></p>
<h1 lang="{{TITLE_LANG}}">{{TITLE}}</h1>
{{#TITLE_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/TITLE_FALLBACK}}
{{#CANCELLED}}<p class="notice" role="status"><strong>{{_:x-t=This event is cancelled.}}</strong></p>{{/CANCELLED}}
{{#DRAFT}}<p class="notice">{{_:x-t=Draft, visible to program officers only.}}</p>{{/DRAFT}}
<dl class="facts">
  <dt>{{_:x-t=Kind}}</dt><dd>{{KIND}}</dd>
  <dt>{{_:x-t=Starts}}</dt><dd><time datetime="{{STARTS_ISO}}">{{STARTS}}</time></dd>
  <dt>{{_:x-t=Ends}}</dt><dd>{{ENDS}}</dd>
  <dt>{{_:x-t=In your time zone}}</dt><dd>{{STARTS_READER}}</dd>
  {{#IN_PERSON}}<dt>{{_:x-t=Place}}</dt><dd>{{PLACE}}</dd>{{/IN_PERSON}}
  {{#ONLINE}}<dt>{{_:x-t=Online}}</dt><dd><a href="{{ONLINE_URL}}" rel="noopener">{{ONLINE_URL}}</a></dd>{{/ONLINE}}
  <dt>{{_:x-t=Places}}</dt><dd>{{PLACES}} · {{PLACES_LEFT}}</dd>
</dl>
<form method="get" action="/events/{{ID:u}}" class="filters">
  <div class="field"><label for="tz">{{_:x-t=Your time zone}}</label>
  <select id="tz" name="tz">{{#ZONE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ZONE}}</select></div>
  <button type="submit" class="button secondary">{{_:x-t=Show the times}}</button>
</form>
{{#DESCRIPTION_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/DESCRIPTION_FALLBACK}}
<div class="prose" lang="{{DESCRIPTION_LANG}}">{{DESCRIPTION_HTML:none}}</div>
<h2>{{_:x-t=Registration}}</h2>
{{#SIGN_IN_TO_REGISTER}}<p><a href="/sign-in?next=/events/{{ID:u}}">{{_:x-t=Sign in to register}}</a></p>{{/SIGN_IN_TO_REGISTER}}
{{#IS_REGISTERED}}<p>{{_:x-t=You are registered for this event.}}</p>{{/IS_REGISTERED}}
{{#IS_WAITING}}<p>{{_:x-t=You are on the waiting list of this event.}}</p>{{/IS_WAITING}}
{{#CAN_REGISTER}}<form method="post" action="/events/{{ID:u}}/register"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">{{_:x-t=Register}}</button></form>{{/CAN_REGISTER}}
{{#CAN_WAIT}}<p>{{_:x-t=Every place is taken.}}</p><form method="post" action="/events/{{ID:u}}/register"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">{{_:x-t=Join the waiting list}}</button></form>{{/CAN_WAIT}}
{{#CAN_CANCEL}}<form method="post" action="/events/{{ID:u}}/cancel"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Cancel my registration}}</button></form>{{/CAN_CANCEL}}
<p><a href="/events/{{ID:u}}/event.ics">{{_:x-t=Add to my calendar (iCalendar)}}</a></p>
{{#MANAGES}}<p><a href="/manage/events/{{ID:u}}/edit">{{_:x-t=Edit the event}}</a> · <a href="/manage/events/{{ID:u}}/registrations">{{_:x-t=Registrations and attendance}}</a></p>{{/MANAGES}}
