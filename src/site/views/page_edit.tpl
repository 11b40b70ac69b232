{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Edit a page}}</h1>
<p>{{_:x-t=Write in Markdown. English is required; a language left empty shows the English text with a note.}}</p>
{{>FORM_ERRORS}}
<form method="post" action="/manage/pages/{{SLUG:u}}/edit" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="slug">{{_:x-t=Address name}}</label>
    <input id="slug" name="slug" type="text" required maxlength="100" pattern="[a-z0-9-]+" value="{{FIELD_slug}}" aria-describedby="slug-hint"{{#INVALID_slug}} aria-invalid="true"{{/INVALID_slug}}>
    <p class="hint" id="slug-hint">{{_:x-t=Lowercase letters, digits and hyphens; the page is shown at /pages/ followed by this name.}}</p>
    {{#INVALID_slug}}<p class="field-error">{{ERROR_slug}}</p>{{/INVALID_slug}}
  </div>
  {{#LANGUAGE}}<fieldset lang="{{CODE}}">
    <legend>{{NAME}}</legend>
    <div class="field">
      <label for="title_{{CODE}}">{{_:x-t=Title}} ({{NAME}})</label>
      <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" maxlength="200" value="{{TITLE}}"{{#TITLE_INVALID}} aria-invalid="true"{{/TITLE_INVALID}}>
      {{#TITLE_INVALID}}<p class="field-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    </div>
    <div class="field">
      <label for="body_{{CODE}}">{{_:x-t=Text}} ({{NAME}})</label>
      <textarea id="body_{{CODE}}" name="body_{{CODE}}" rows="14"{{#BODY_INVALID}} aria-invalid="true"{{/BODY_INVALID}}>{{BODY}}</textarea>
      {{#BODY_INVALID}}<p class="field-error">{{BODY_ERROR}}</p>{{/BODY_INVALID}}
    </div>
  </fieldset>{{/LANGUAGE}}
  <button type="submit" class="button">{{_:x-t=Save the page}}</button>
</form>
