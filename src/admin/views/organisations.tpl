{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Organisations}}</h1>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Organisations}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Kind}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col">{{_:x-t=Province or region}}</th><th scope="col">{{_:x-t=Members}}</th></tr></thead>
<tbody>{{#ORGANISATION}}<tr><td>{{NAME}}</td><td>{{KIND}}</td><td>{{COUNTRY}}</td><td>{{PROVINCE}}</td>
<td><ul class="plain">{{#MEMBER}}<li>{{USER_NAME}}, {{ROLE_NAME}}
<form method="post" action="/admin/memberships/{{MEMBERSHIP_ID:u}}/delete" class="inline" data-confirm="{{_:x-t=Remove this role?}}">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link">{{_:x-t=Remove}}</button></form></li>{{/MEMBER}}</ul></td></tr>{{/ORGANISATION}}</tbody>
</table></div>
<section aria-labelledby="new-organisation">
<h2 id="new-organisation">{{_:x-t=Add an organisation}}</h2>
{{>FORM_ERRORS}}
<form method="post" action="/admin/organisations" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="kind">{{_:x-t=Kind}}</label>
    <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KIND_OPTION}}</select>
  </div>
  <div class="field">
    <label for="name">{{_:x-t=Name}}</label>
    <input id="name" name="name" type="text" required maxlength="200" value="{{FIELD_name}}"{{#INVALID_name}} aria-invalid="true" aria-describedby="name-error"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error" id="name-error">{{ERROR_name}}</p>{{/INVALID_name}}
  </div>
  <div class="field">
    <label for="country">{{_:x-t=Country code}}</label>
    <input id="country" name="country" type="text" required maxlength="2" pattern="[A-Z]{2}" value="{{FIELD_country}}" aria-describedby="country-hint"{{#INVALID_country}} aria-invalid="true"{{/INVALID_country}}>
    <p class="hint" id="country-hint">{{_:x-t=Two capital letters, for example CA, BF or BO.}}</p>
    {{#INVALID_country}}<p class="field-error">{{ERROR_country}}</p>{{/INVALID_country}}
  </div>
  <div class="field">
    <label for="province">{{_:x-t=Province or region}}</label>
    <input id="province" name="province" type="text" maxlength="100" value="{{FIELD_province}}">
  </div>
  <button type="submit" class="button">{{_:x-t=Add the organisation}}</button>
</form>
</section>
