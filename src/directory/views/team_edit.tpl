{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Canadian municipal team}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="id" value="{{FIELD_id}}">
  {{#OFFICER}}<div class="field">
    <label for="key">{{_:x-t=Key}}</label>
    <input id="key" name="key" type="text" maxlength="60" pattern="[a-z0-9-]+" value="{{FIELD_key}}" aria-describedby="key-hint"{{#INVALID_key}} aria-invalid="true"{{/INVALID_key}}>
    <p class="hint" id="key-hint">{{_:x-t=Lowercase letters, digits and hyphens; files and matching runs name the profile by it.}}</p>
    {{#INVALID_key}}<p class="field-error">{{ERROR_key}}</p>{{/INVALID_key}}
  </div>
  <div class="field">
    <label for="province">{{_:x-t=Province or territory}}</label>
    <select id="province" name="province"{{#INVALID_province}} aria-invalid="true"{{/INVALID_province}}>{{#PROVINCE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}</option>{{/PROVINCE_OPTION}}</select>
    {{#INVALID_province}}<p class="field-error">{{ERROR_province}}</p>{{/INVALID_province}}
  </div>
  <div class="field">
    <label for="organisation">{{_:x-t=Organisation whose staff keep this profile}}</label>
    <select id="organisation" name="organisation"><option value="0">{{_:x-t=None}}</option>{{#ORGANISATION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ORGANISATION_OPTION}}</select>
  </div>{{/OFFICER}}
  {{#STAFF}}<input type="hidden" name="key" value="{{FIELD_key}}"><input type="hidden" name="province" value="{{FIELD_province}}"><input type="hidden" name="organisation" value="{{FIELD_organisation}}">{{/STAFF}}
  <div class="field">
    <label for="name">{{_:x-t=Name}}</label>
    <input id="name" name="name" type="text" maxlength="200" value="{{FIELD_name}}"{{#INVALID_name}} aria-invalid="true"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error">{{ERROR_name}}</p>{{/INVALID_name}}
  </div>
  <div class="field">
    <label for="population">{{_:x-t=Population}}</label>
    <input id="population" name="population" type="number" min="0" max="100000000" value="{{FIELD_population}}"{{#INVALID_population}} aria-invalid="true"{{/INVALID_population}}>
    {{#INVALID_population}}<p class="field-error">{{ERROR_population}}</p>{{/INVALID_population}}
  </div>
  <fieldset id="languages"><legend>{{_:x-t=Languages the team works in}}</legend>
    {{#LANGUAGE_CHOICE}}<div class="checkbox"><input type="checkbox" id="language_{{CODE}}" name="languages" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="language_{{CODE}}">{{NAME}}</label></div>{{/LANGUAGE_CHOICE}}
    {{#INVALID_languages}}<p class="field-error">{{ERROR_languages}}</p>{{/INVALID_languages}}
  </fieldset>
  <fieldset><legend>{{_:x-t=Expertise by programming area}}</legend>
    {{#AREA_LEVEL}}<div class="field"><label for="{{FIELD}}">{{NAME}}</label><select id="{{FIELD}}" name="{{FIELD}}">{{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select></div>{{/AREA_LEVEL}}
  </fieldset>
  <div class="field">
    <label for="capacity">{{_:x-t=Partnerships the team can take on}}</label>
    <input id="capacity" name="capacity" type="number" min="0" max="20" value="{{FIELD_capacity}}"{{#INVALID_capacity}} aria-invalid="true"{{/INVALID_capacity}}>
    {{#INVALID_capacity}}<p class="field-error">{{ERROR_capacity}}</p>{{/INVALID_capacity}}
  </div>
  <div class="field">
    <label for="past_partners">{{_:x-t=Past partners (their keys, separated by semicolons)}}</label>
    <input id="past_partners" name="past_partners" type="text" maxlength="4000" value="{{FIELD_past_partners}}"{{#INVALID_past_partners}} aria-invalid="true"{{/INVALID_past_partners}}>
    {{#INVALID_past_partners}}<p class="field-error">{{ERROR_past_partners}}</p>{{/INVALID_past_partners}}
  </div>
  <button type="submit" class="button">{{_:x-t=Save the profile}}</button>
</form>
{{#REMOVABLE}}<form method="post" action="/directory/teams/{{FIELD_key:u}}/delete" data-confirm="{{_:x-t=Remove this profile from the directory?}}"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Remove from the directory}}</button></form>{{/REMOVABLE}}
