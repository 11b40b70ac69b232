{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Partnership}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#OFFICER}}<div class="field">
    <label for="teams">{{_:x-t=Canadian municipalities}}</label>
    <select id="teams" name="teams" multiple size="6"{{#INVALID_teams}} aria-invalid="true"{{/INVALID_teams}}>{{#TEAM_OPTION}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEAM_OPTION}}</select>
    {{#INVALID_teams}}<p class="field-error">{{ERROR_teams}}</p>{{/INVALID_teams}}
  </div>
  <div class="field">
    <label for="partners">{{_:x-t=Partner local governments}}</label>
    <select id="partners" name="partners" multiple size="6"{{#INVALID_partners}} aria-invalid="true"{{/INVALID_partners}}>{{#PARTNER_OPTION}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARTNER_OPTION}}</select>
    {{#INVALID_partners}}<p class="field-error">{{ERROR_partners}}</p>{{/INVALID_partners}}
  </div>
  <div class="field">
    <label for="status">{{_:x-t=Status}}</label>
    <select id="status" name="status"{{#INVALID_status}} aria-invalid="true"{{/INVALID_status}}>{{#STATUS_OPTION}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/STATUS_OPTION}}</select>
    {{#INVALID_status}}<p class="field-error">{{ERROR_status}}</p>{{/INVALID_status}}
  </div>
  <div class="field">
    <label for="start">{{_:x-t=Start date}}</label>
    <input id="start" name="start" type="date" value="{{FIELD_start}}"{{#INVALID_start}} aria-invalid="true"{{/INVALID_start}}>
    {{#INVALID_start}}<p class="field-error">{{ERROR_start}}</p>{{/INVALID_start}}
  </div>
  <div class="field">
    <label for="end">{{_:x-t=End date}}</label>
    <input id="end" name="end" type="date" value="{{FIELD_end}}"{{#INVALID_end}} aria-invalid="true"{{/INVALID_end}}>
    {{#INVALID_end}}<p class="field-error">{{ERROR_end}}</p>{{/INVALID_end}}
  </div>
  <fieldset id="areas"><legend>{{_:x-t=Programming areas}}</legend>
    {{#AREA_OPTION}}<label><input type="checkbox" name="areas" value="{{KEY}}"{{#SELECTED}} checked{{/SELECTED}}> {{NAME}}</label>{{/AREA_OPTION}}
    {{#INVALID_areas}}<p class="field-error">{{ERROR_areas}}</p>{{/INVALID_areas}}
  </fieldset>
  <div class="field"><label><input id="published" type="checkbox" name="published" value="yes"{{#PUBLISHED}} checked{{/PUBLISHED}}> {{_:x-t=Show this partnership on the public site}}</label></div>{{/OFFICER}}
  <div class="field">
    <label for="summary_en">{{_:x-t=What it does (English)}}</label>
    <textarea id="summary_en" name="summary_en" lang="en" rows="4" maxlength="4000"{{#INVALID_summary_en}} aria-invalid="true"{{/INVALID_summary_en}}>{{FIELD_summary_en}}</textarea>
    {{#INVALID_summary_en}}<p class="field-error">{{ERROR_summary_en}}</p>{{/INVALID_summary_en}}
  </div>
  <div class="field">
    <label for="summary_fr">{{_:x-t=What it does (French)}}</label>
    <textarea id="summary_fr" name="summary_fr" lang="fr" rows="4" maxlength="4000"{{#INVALID_summary_fr}} aria-invalid="true"{{/INVALID_summary_fr}}>{{FIELD_summary_fr}}</textarea>
    {{#INVALID_summary_fr}}<p class="field-error">{{ERROR_summary_fr}}</p>{{/INVALID_summary_fr}}
  </div>
  <div class="field">
    <label for="summary_es">{{_:x-t=What it does (Spanish)}}</label>
    <textarea id="summary_es" name="summary_es" lang="es" rows="4" maxlength="4000"{{#INVALID_summary_es}} aria-invalid="true"{{/INVALID_summary_es}}>{{FIELD_summary_es}}</textarea>
    {{#INVALID_summary_es}}<p class="field-error">{{ERROR_summary_es}}</p>{{/INVALID_summary_es}}
  </div>
  <div class="field">
    <label for="contact_name">{{_:x-t=Contact name}}</label>
    <input id="contact_name" name="contact_name" type="text" maxlength="200" value="{{FIELD_contact_name}}"{{#INVALID_contact_name}} aria-invalid="true"{{/INVALID_contact_name}}>
    {{#INVALID_contact_name}}<p class="field-error">{{ERROR_contact_name}}</p>{{/INVALID_contact_name}}
  </div>
  <div class="field">
    <label for="contact_email">{{_:x-t=Contact email}}</label>
    <input id="contact_email" name="contact_email" type="email" maxlength="254" value="{{FIELD_contact_email}}"{{#INVALID_contact_email}} aria-invalid="true"{{/INVALID_contact_email}}>
    {{#INVALID_contact_email}}<p class="field-error">{{ERROR_contact_email}}</p>{{/INVALID_contact_email}}
  </div>
  <button type="submit" class="button">{{_:x-t=Save}}</button>
</form>
