{{%AUTOESCAPE context="HTML"}}<p><a href="/manage/events">{{_:x-t=Manage events}}</a></p>
<h1>{{_:x-t=Registrations and attendance}}</h1>
<p><a href="/events/{{ID:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a> · {{STARTS}} · {{PLACES}}</p>
{{#NO_REGISTRATIONS}}<p>{{_:x-t=Nobody has registered yet.}}</p>{{/NO_REGISTRATIONS}}
<form method="post" action="/manage/events/{{ID:u}}/attendance">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Registrations, in order}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Email}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Registered on}}</th>{{#ATTENDANCE_OPEN}}<th scope="col">{{_:x-t=Attended}}</th>{{/ATTENDANCE_OPEN}}{{#MISSION}}<th scope="col">{{_:x-t=In-kind hours}}</th>{{/MISSION}}{{#IN_KIND}}<th scope="col">{{_:x-t=Days}}</th><th scope="col">{{_:x-t=Staff role}}</th>{{/IN_KIND}}</tr></thead>
<tbody>{{#REGISTRATION}}<tr><td>{{NAME}}</td><td>{{EMAIL}}</td><td>{{STATUS}}</td><td>{{REGISTERED_AT}}</td>
{{#ATTENDANCE_OPEN}}<td>{{#ACTIVE}}<input type="hidden" name="registration" value="{{REGISTRATION_ID}}"><input type="checkbox" id="attended_{{REGISTRATION_ID}}" name="attended_{{REGISTRATION_ID}}" value="yes"{{#ATTENDED}} checked{{/ATTENDED}}><label for="attended_{{REGISTRATION_ID}}" class="visually-hidden">{{_:x-t=Attended}} {{NAME}}</label>{{/ACTIVE}}</td>{{/ATTENDANCE_OPEN}}
{{#MISSION}}<td>{{#ACTIVE}}<label for="hours_{{REGISTRATION_ID}}" class="visually-hidden">{{_:x-t=In-kind hours}} {{NAME}}</label><input type="number" min="0" max="2000" id="hours_{{REGISTRATION_ID}}" name="hours_{{REGISTRATION_ID}}" value="{{HOURS}}">{{/ACTIVE}}</td>{{/MISSION}}
{{#IN_KIND}}<td>{{#ACTIVE}}<label for="days_{{REGISTRATION_ID}}" class="visually-hidden">{{_:x-t=Days}} {{NAME}}</label><input type="number" min="0" max="60" id="days_{{REGISTRATION_ID}}" name="days_{{REGISTRATION_ID}}" value="{{DAYS}}">{{/ACTIVE}}</td>
<td>{{#ACTIVE}}<label for="role_{{REGISTRATION_ID}}" class="visually-hidden">{{_:x-t=Staff role}} {{NAME}}</label><select id="role_{{REGISTRATION_ID}}" name="role_{{REGISTRATION_ID}}"><option value="">{{_:x-t=None}}</option>{{#ROLE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ROLE_OPTION}}</select>{{/ACTIVE}}</td>{{/IN_KIND}}</tr>{{/REGISTRATION}}</tbody></table></div>
{{#IN_KIND}}<p>{{_:x-t=With days, the hours are per day. The hours of the partnership's Canadian municipal staff become draft in-kind contributions, valued at the hourly rate of their role, for another officer to approve.}}</p>{{/IN_KIND}}
{{#ATTENDANCE_OPEN}}<button type="submit" class="button">{{_:x-t=Save the attendance}}</button>{{/ATTENDANCE_OPEN}}
</form>
