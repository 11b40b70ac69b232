{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Partner local government}}</h1>
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
    <label for="country">{{_:x-t=Country}}</label>
    <select id="country" name="country"{{#INVALID_country}} aria-invalid="true"{{/INVALID_country}}>{{#COUNTRY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTRY_OPTION}}</select>
    {{#INVALID_country}}<p class="field-error">{{ERROR_country}}</p>{{/INVALID_country}}
  </div>
  <div class="field">
    <label for="organisation">{{_:x-t=Organisation whose staff keep this profile}}</label>
    <select id="organisation" name="organisation"><option value="0">{{_:x-t=None}}</option>{{#ORGANISATION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ORGANISATION_OPTION}}</select>
  </div>{{/OFFICER}}
  {{#STAFF}}<input type="hidden" name="key" value="{{FIELD_key}}"><input type="hidden" name="country" value="{{FIELD_country}}"><input type="hidden" name="organisation" value="{{FIELD_organisation}}">{{/STAFF}}
  <div class="field">
    <label for="name">{{_:x-t=Name}}</label>
    <input id="name" name="name" type="text" maxlength="200" value="{{FIELD_name}}"{{#INVALID_name}} aria-invalid="true"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error">{{ERROR_name}}</p>{{/INVALID_name}}
  </div>
  <div class="field">
    <label for="region">{{_:x-t=Region or province}}</label>
    <input id="region" name="region" type="text" maxlength="200" value="{{FIELD_region}}"{{#INVALID_region}} aria-invalid="true"{{/INVALID_region}}>
    {{#INVALID_region}}<p class="field-error">{{ERROR_region}}</p>{{/INVALID_region}}
  </div>
  <div class="field">
    <label for="level">{{_:x-t=Level}}</label>
    <select id="level" name="level">{{#LEVEL_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LEVEL_OPTION}}</select>
  </div>
  <div class="field">
    <label for="population">{{_:x-t=Population}}</label>
    <input id="population" name="population" type="number" min="0" max="100000000" value="{{FIELD_population}}"{{#INVALID_population}} aria-invalid="true"{{/INVALID_population}}>
    {{#INVALID_population}}<p class="field-error">{{ERROR_population}}</p>{{/INVALID_population}}
  </div>
  <fieldset id="languages"><legend>{{_:x-t=Working languages}}</legend>
    {{#LANGUAGE_CHOICE}}<div class="checkbox"><input type="checkbox" id="language_{{CODE}}" name="languages" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="language_{{CODE}}">{{NAME}}</label></div>{{/LANGUAGE_CHOICE}}
    {{#INVALID_languages}}<p class="field-error">{{ERROR_languages}}</p>{{/INVALID_languages}}
  </fieldset>
  <div class="field checkbox"><input type="checkbox" id="interpretation" name="interpretation" value="yes"{{#INTERPRETATION_CHECKED}} checked{{/INTERPRETATION_CHECKED}}><label for="interpretation">{{_:x-t=Interpretation can be arranged for other languages}}</label></div>
  <fieldset><legend>{{_:x-t=Needs by programming area}}</legend>
    {{#AREA_LEVEL}}<div class="field"><label for="{{FIELD}}">{{NAME}}</label><select id="{{FIELD}}" name="{{FIELD}}">{{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select></div>{{/AREA_LEVEL}}
  </fieldset>
  <div class="field">
    <label for="wanted_partners">{{_:x-t=Canadian partners wanted}}</label>
    <select id="wanted_partners" name="wanted_partners"><option value="1">1</option><option value="2"{{#WANTS_TWO}} selected{{/WANTS_TWO}}>2</option></select>
    {{#INVALID_wanted_partners}}<p class="field-error">{{ERROR_wanted_partners}}</p>{{/INVALID_wanted_partners}}
  </div>
  <div class="field">
    <label for="contact_name">{{_:x-t=Contact person}}</label>
    <input id="contact_name" name="contact_name" type="text" maxlength="200" value="{{FIELD_contact_name}}">
  </div>
  <div class="field">
    <label for="contact_email">{{_:x-t=Contact email}}</label>
    <input id="contact_email" name="contact_email" type="email" maxlength="254" value="{{FIELD_contact_email}}"{{#INVALID_contact_email}} aria-invalid="true"{{/INVALID_contact_email}}>
    {{#INVALID_contact_email}}<p class="field-error">{{ERROR_contact_email}}</p>{{/INVALID_contact_email}}
  </div>
  <div class="field" lang="en"><label for="description_en">{{_:x-t=Description}} (English)</label><textarea id="description_en" name="description_en" rows="4">{{FIELD_description_en}}</textarea></div>
  <div class="field" lang="fr"><label for="description_fr">{{_:x-t=Description}} (français)</label><textarea id="description_fr" name="description_fr" rows="4">{{FIELD_description_fr}}</textarea></div>
  <div class="field" lang="es"><label for="description_es">{{_:x-t=Description}} (español)</label><textarea id="description_es" name="description_es" rows="4">{{FIELD_description_es}}</textarea></div>
  <button type="submit" class="button">{{_:x-t=Save the profile}}</button>
</form>
{{#REMOVABLE}}<form method="post" action="/directory/partners/{{FIELD_key:u}}/delete" data-confirm="{{_:x-t=Remove this profile from the directory?}}"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Remove from the directory}}</button></form>{{/REMOVABLE}}
