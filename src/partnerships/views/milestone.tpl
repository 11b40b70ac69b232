{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships/{{ID:u}}">{{NAME}}</a> › <a href="/partnerships/{{ID:u}}/workplan">{{_:x-t=Workplan}}</a></p>
<h1>{{HEADING}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <fieldset id="title"><legend>{{_:x-t=Title, in at least one language}}</legend>
    {{#INVALID_title}}<p class="field-error">{{ERROR_title}}</p>{{/INVALID_title}}
    <div class="field"><label for="title_en">{{_:x-t=English}}</label>
      <input id="title_en" name="title_en" lang="en" type="text" maxlength="300" value="{{FIELD_title_en}}"{{#INVALID_title_en}} aria-invalid="true"{{/INVALID_title_en}}>
      {{#INVALID_title_en}}<p class="field-error">{{ERROR_title_en}}</p>{{/INVALID_title_en}}</div>
    <div class="field"><label for="title_fr">{{_:x-t=French}}</label>
      <input id="title_fr" name="title_fr" lang="fr" type="text" maxlength="300" value="{{FIELD_title_fr}}"{{#INVALID_title_fr}} aria-invalid="true"{{/INVALID_title_fr}}>
      {{#INVALID_title_fr}}<p class="field-error">{{ERROR_title_fr}}</p>{{/INVALID_title_fr}}</div>
    <div class="field"><label for="title_es">{{_:x-t=Spanish}}</label>
      <input id="title_es" name="title_es" lang="es" type="text" maxlength="300" value="{{FIELD_title_es}}"{{#INVALID_title_es}} aria-invalid="true"{{/INVALID_title_es}}>
      {{#INVALID_title_es}}<p class="field-error">{{ERROR_title_es}}</p>{{/INVALID_title_es}}</div>
  </fieldset>
  <div class="field">
    <label for="due">{{_:x-t=Due date}}</label>
    <input id="due" name="due" type="date" value="{{FIELD_due}}"{{#INVALID_due}} aria-invalid="true"{{/INVALID_due}}>
    {{#INVALID_due}}<p class="field-error">{{ERROR_due}}</p>{{/INVALID_due}}
  </div>
  <div class="field">
    <label for="done_on">{{_:x-t=Done on}}</label>
    <input id="done_on" name="done_on" type="date" value="{{FIELD_done_on}}" aria-describedby="done-hint"{{#INVALID_done_on}} aria-invalid="true"{{/INVALID_done_on}}>
    <p class="hint" id="done-hint">{{_:x-t=Leave it empty until the milestone is reached.}}</p>
    {{#INVALID_done_on}}<p class="field-error">{{ERROR_done_on}}</p>{{/INVALID_done_on}}
  </div>
  <div class="field">
    <label for="activity">{{_:x-t=Activity}}</label>
    <select id="activity" name="activity"{{#INVALID_activity}} aria-invalid="true"{{/INVALID_activity}}><option value="">{{_:x-t=None}}</option>{{#ACTIVITY_OPTION}}<option value="{{ACTIVITY_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/ACTIVITY_OPTION}}</select>
    {{#INVALID_activity}}<p class="field-error">{{ERROR_activity}}</p>{{/INVALID_activity}}
  </div>
  <button type="submit" class="button">{{_:x-t=Save}}</button>
</form>
