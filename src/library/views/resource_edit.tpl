{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="kind">{{_:x-t=Type}}</label>
    <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KIND_OPTION}}</select></div>
  {{#LANGUAGE}}<fieldset lang="{{CODE}}">
    <legend>{{NAME}}</legend>
    <div class="field"><label for="title_{{CODE}}">{{_:x-t=Title}} ({{NAME}})</label>
      <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" maxlength="300" value="{{TITLE}}"></div>
    <div class="field"><label for="summary_{{CODE}}">{{_:x-t=Summary}} ({{NAME}})</label>
      <textarea id="summary_{{CODE}}" name="summary_{{CODE}}" rows="5" maxlength="4000">{{SUMMARY}}</textarea></div>
  </fieldset>{{/LANGUAGE}}
  {{#INVALID_title_en}}<p class="field-error">{{ERROR_title_en}}</p>{{/INVALID_title_en}}
  <fieldset><legend>{{_:x-t=Programming areas}}</legend>
    {{#AREA_CHOICE}}<div class="field checkbox"><input id="area_{{CODE}}" name="areas" type="checkbox" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="area_{{CODE}}">{{NAME}}</label></div>{{/AREA_CHOICE}}
    {{#INVALID_areas}}<p class="field-error">{{ERROR_areas}}</p>{{/INVALID_areas}}</fieldset>
  <fieldset><legend>{{_:x-t=Countries}}</legend>
    {{#COUNTRY_CHOICE}}<div class="field checkbox"><input id="country_{{CODE}}" name="countries" type="checkbox" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="country_{{CODE}}">{{NAME}}</label></div>{{/COUNTRY_CHOICE}}
    {{#INVALID_countries}}<p class="field-error">{{ERROR_countries}}</p>{{/INVALID_countries}}</fieldset>
  <div class="field"><label for="document_language">{{_:x-t=Language of the document}}</label>
    <select id="document_language" name="document_language">{{#DOCUMENT_LANGUAGE_OPTION}}<option value="{{CODE}}"{{#CHECKED}} selected{{/CHECKED}}>{{NAME}}</option>{{/DOCUMENT_LANGUAGE_OPTION}}</select>
    {{#INVALID_document_language}}<p class="field-error">{{ERROR_document_language}}</p>{{/INVALID_document_language}}</div>
  <div class="field"><label for="published_on">{{_:x-t=Publication date}}</label>
    <input id="published_on" name="published_on" type="date" value="{{FIELD_published_on}}"{{#INVALID_published_on}} aria-invalid="true"{{/INVALID_published_on}}>
    {{#INVALID_published_on}}<p class="field-error">{{ERROR_published_on}}</p>{{/INVALID_published_on}}</div>
  <fieldset><legend>{{_:x-t=Who may read it}}</legend>
    <div class="field checkbox"><input id="visibility_public" name="visibility" type="radio" value="public"{{#PUBLIC_CHECKED}} checked{{/PUBLIC_CHECKED}}><label for="visibility_public">{{_:x-t=Everyone}}</label></div>
    <div class="field checkbox"><input id="visibility_members" name="visibility" type="radio" value="members"{{#MEMBERS_CHECKED}} checked{{/MEMBERS_CHECKED}}><label for="visibility_members">{{_:x-t=Members of the program only (signed in)}}</label></div>
  </fieldset>
  <div class="field"><label for="file">{{_:x-t=The document (PDF, Word, Excel, JPEG or PNG, at most 10 MB)}}</label>
    {{#HAS_FILE}}<p>{{_:x-t=Current file}} {{CURRENT_FILE}}. {{_:x-t=Choose a file only to replace it.}}</p>{{/HAS_FILE}}
    <input id="file" name="file" type="file"{{#INVALID_file}} aria-invalid="true"{{/INVALID_file}}>
    {{#INVALID_file}}<p class="field-error">{{ERROR_file}}</p>{{/INVALID_file}}</div>
  <div class="field"><label for="link">{{_:x-t=Or a link to the document}}</label>
    <input id="link" name="link" type="url" maxlength="500" value="{{FIELD_link}}"{{#INVALID_link}} aria-invalid="true"{{/INVALID_link}}>
    {{#INVALID_link}}<p class="field-error">{{ERROR_link}}</p>{{/INVALID_link}}</div>
  <button type="submit" class="button">{{_:x-t=Save the resource}}</button>
</form>
