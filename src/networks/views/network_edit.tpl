{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
{{>FORM_ERRORS}}
<form method="post" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="key">{{_:x-t=Address name}}</label>
    <input id="key" name="key" type="text" maxlength="80" value="{{FIELD_key}}"{{#EXISTING}} readonly{{/EXISTING}}{{#INVALID_key}} aria-invalid="true"{{/INVALID_key}}>
    {{#INVALID_key}}<p class="field-error">{{ERROR_key}}</p>{{/INVALID_key}}</div>
  <div class="field"><label for="name">{{_:x-t=Name}}</label>
    <input id="name" name="name" type="text" maxlength="200" value="{{FIELD_name}}"{{#STAFF_EDIT}} readonly{{/STAFF_EDIT}}{{#INVALID_name}} aria-invalid="true"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error">{{ERROR_name}}</p>{{/INVALID_name}}</div>
  {{#CLASSIFIES}}<div class="field"><label for="kind">{{_:x-t=Kind}}</label>
    <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KIND_OPTION}}</select></div>
  <div class="field"><label for="country">{{_:x-t=Country}}</label>
    <select id="country" name="country"><option value="">—</option>{{#COUNTRY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}</option>{{/COUNTRY_OPTION}}</select>
    {{#INVALID_country}}<p class="field-error">{{ERROR_country}}</p>{{/INVALID_country}}</div>{{/CLASSIFIES}}
  {{#LANGUAGE}}<div class="field" lang="{{CODE}}"><label for="description_{{CODE}}">{{_:x-t=Description}} ({{NAME}})</label>
    <textarea id="description_{{CODE}}" name="description_{{CODE}}" rows="6">{{DESCRIPTION}}</textarea></div>{{/LANGUAGE}}
  <div class="field"><label for="website">{{_:x-t=Website}}</label>
    <input id="website" name="website" type="url" maxlength="300" value="{{FIELD_website}}"{{#INVALID_website}} aria-invalid="true"{{/INVALID_website}}>
    {{#INVALID_website}}<p class="field-error">{{ERROR_website}}</p>{{/INVALID_website}}</div>
  <fieldset><legend>{{_:x-t=Seat on the map}}</legend>
    <p class="hint" id="seat-hint">{{_:x-t=In decimal degrees, such as 12.37 and -1.52. Leave both empty to show the network at its country.}}</p>
    <div class="field"><label for="latitude">{{_:x-t=Latitude}}</label>
      <input id="latitude" name="latitude" inputmode="decimal" maxlength="20" aria-describedby="seat-hint" value="{{FIELD_latitude}}"{{#INVALID_latitude}} aria-invalid="true"{{/INVALID_latitude}}>
      {{#INVALID_latitude}}<p class="field-error">{{ERROR_latitude}}</p>{{/INVALID_latitude}}</div>
    <div class="field"><label for="longitude">{{_:x-t=Longitude}}</label>
      <input id="longitude" name="longitude" inputmode="decimal" maxlength="20" aria-describedby="seat-hint" value="{{FIELD_longitude}}"></div>
  </fieldset>
  <div class="field"><label for="contact_name">{{_:x-t=Contact name}}</label>
    <input id="contact_name" name="contact_name" type="text" maxlength="200" value="{{FIELD_contact_name}}"></div>
  <div class="field"><label for="contact_email">{{_:x-t=Contact email}}</label>
    <input id="contact_email" name="contact_email" type="email" maxlength="254" value="{{FIELD_contact_email}}"{{#INVALID_contact_email}} aria-invalid="true"{{/INVALID_contact_email}}>
    {{#INVALID_contact_email}}<p class="field-error">{{ERROR_contact_email}}</p>{{/INVALID_contact_email}}</div>
  <div class="field"><label for="members">{{_:x-t=Members, one partner key a line}}</label>
    <textarea id="members" name="members" rows="6"{{#INVALID_members}} aria-invalid="true"{{/INVALID_members}}>{{FIELD_members}}</textarea>
    {{#INVALID_members}}<p class="field-error">{{ERROR_members}}</p>{{/INVALID_members}}</div>
  <button type="submit" class="button">{{_:x-t=Save the network}}</button>
</form>
