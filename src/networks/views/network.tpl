{{%AUTOESCAPE context="HTML"}}<p><a href="/networks">{{_:x-t=Networks of local governments}}</a></p>
<h1>{{NAME}}</h1>
<dl class="facts">
  <dt>{{_:x-t=Kind}}</dt><dd>{{KIND}}</dd>
  {{#HAS_COUNTRY}}<dt>{{_:x-t=Country}}</dt><dd><a href="/countries/{{COUNTRY:u}}">{{COUNTRY}}</a></dd>{{/HAS_COUNTRY}}
  {{#HAS_WEBSITE}}<dt>{{_:x-t=Website}}</dt><dd><a href="{{WEBSITE}}" rel="noopener">{{WEBSITE}}</a></dd>{{/HAS_WEBSITE}}
  {{#HAS_CONTACT}}<dt>{{_:x-t=Contact}}</dt><dd>{{CONTACT_NAME}} <a href="mailto:{{CONTACT_EMAIL:u}}">{{CONTACT_EMAIL}}</a></dd>{{/HAS_CONTACT}}
</dl>
{{#DESCRIPTION_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/DESCRIPTION_FALLBACK}}
<div class="prose" lang="{{DESCRIPTION_LANG}}">{{DESCRIPTION_HTML:none}}</div>
<h2>{{_:x-t=Members}}</h2>
{{#NO_MEMBERS}}<p>{{_:x-t=No member local government is listed yet.}}</p>{{/NO_MEMBERS}}
<ul>{{#MEMBER}}<li><a href="/partners/{{MEMBER_KEY:u}}">{{MEMBER_NAME}}</a></li>{{/MEMBER}}</ul>
<h2>{{_:x-t=Partnerships taking part}}</h2>
<p>{{_:x-t=A partnership takes part when one of its partner local governments is a member.}}</p>
{{#NO_PARTNERSHIPS}}<p>{{_:x-t=No partnership takes part yet.}}</p>{{/NO_PARTNERSHIPS}}
<ul>{{#PARTNERSHIP}}<li><a href="/partnerships/{{PARTNERSHIP_ID:u}}">{{PARTNERSHIP_NAME}}</a></li>{{/PARTNERSHIP}}</ul>
{{#CAN_EDIT}}<p><a href="/networks/{{KEY:u}}/edit">{{_:x-t=Edit the network}}</a></p>{{/CAN_EDIT}}
{{#MANAGES_STAFF}}<h2>{{_:x-t=Network staff}}</h2>
<p>{{_:x-t=Staff with the network role edit this profile's description, contacts and members, and nothing else.}}</p>
{{#NO_STAFF}}<p>{{_:x-t=No account has the network role yet.}}</p>{{/NO_STAFF}}
<ul>{{#STAFF}}<li>{{STAFF_NAME}} <form method="post" action="/networks/{{KEY:u}}/staff/{{MEMBERSHIP:u}}/remove" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Remove the network role}}</button></form></li>{{/STAFF}}</ul>
<form method="post" action="/networks/{{KEY:u}}/staff">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="staff-email">{{_:x-t=Email of the account to give the network role}}</label>
    <input id="staff-email" name="email" type="email" maxlength="254" required></div>
  <button type="submit" class="button">{{_:x-t=Give the network role}}</button>
</form>{{/MANAGES_STAFF}}
