{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Users}}</h1>
<form method="get" action="/admin/users" class="search" role="search">
  <label for="q">{{_:x-t=Search by name or email}}</label>
  <input id="q" name="q" type="search" maxlength="100" value="{{QUERY}}">
  <button type="submit" class="button secondary">{{_:x-t=Search}}</button>
</form>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Users}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Email}}</th><th scope="col">{{_:x-t=Language}}</th><th scope="col">{{_:x-t=Email address}}</th><th scope="col">{{_:x-t=Roles}}</th><th scope="col">{{_:x-t=Grant a role}}</th></tr></thead>
<tbody>{{#USER}}<tr>
<td>{{NAME}}</td><td>{{EMAIL}}</td><td>{{LANGUAGE}}</td><td>{{STATUS}}</td>
<td>{{#ROLE}}{{ROLE_NAME}} ({{ORGANISATION}}){{#ROLE_separator}}<br>{{/ROLE_separator}}{{/ROLE}}</td>
<td><form method="post" action="/admin/memberships" class="grant">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="user_id" value="{{ID}}">
  <label for="role-{{ID}}" class="visually-hidden">{{_:x-t=Role}}</label>
  <select id="role-{{ID}}" name="role">{{#ROLE_OPTION}}<option value="{{CODE}}">{{NAME}}</option>{{/ROLE_OPTION}}</select>
  <label for="organisation-{{ID}}" class="visually-hidden">{{_:x-t=Organisation}}</label>
  <select id="organisation-{{ID}}" name="organisation_id">{{#ORGANISATION_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/ORGANISATION_OPTION}}</select>
  <button type="submit" class="button secondary">{{_:x-t=Grant}}</button>
</form>
{{#RESET_SECOND_FACTOR}}<form method="post" action="/admin/users/{{ID:u}}/two-factor/reset" class="inline" data-confirm="{{_:x-t=Reset this user's two-step sign-in? They set it up again at their next sign-in.}}">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button secondary">{{_:x-t=Reset two-step sign-in}}</button>
</form>{{/RESET_SECOND_FACTOR}}</td>
</tr>{{/USER}}</tbody>
</table></div>
<nav aria-label="{{_:x-t=Pages of results}}" class="paging">{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}</nav>
