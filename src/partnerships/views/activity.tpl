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
    <label for="description">{{_:x-t=Description}}</label>
    <textarea id="description" name="description" rows="4" maxlength="4000"{{#INVALID_description}} aria-invalid="true"{{/INVALID_description}}>{{FIELD_description}}</textarea>
    {{#INVALID_description}}<p class="field-error">{{ERROR_description}}</p>{{/INVALID_description}}
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
  <div class="field">
    <label for="responsible">{{_:x-t=Responsible}}</label>
    <select id="responsible" name="responsible"{{#INVALID_responsible}} aria-invalid="true"{{/INVALID_responsible}}>{{#SIDE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SIDE_OPTION}}</select>
    {{#INVALID_responsible}}<p class="field-error">{{ERROR_responsible}}</p>{{/INVALID_responsible}}
  </div>
  <div class="field">
    <label for="status">{{_:x-t=Status}}</label>
    <select id="status" name="status"{{#INVALID_status}} aria-invalid="true"{{/INVALID_status}}>{{#STATUS_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/STATUS_OPTION}}</select>
    {{#INVALID_status}}<p class="field-error">{{ERROR_status}}</p>{{/INVALID_status}}
  </div>
  <div class="field">
    <label for="output">{{_:x-t=Output of the logic model it serves}}</label>
    <input id="output" name="output" type="text" maxlength="20" value="{{FIELD_output}}" aria-describedby="output-hint"{{#INVALID_output}} aria-invalid="true"{{/INVALID_output}}>
    <p class="hint" id="output-hint">{{_:x-t=The output's code, such as 1111; leave it empty when none applies.}}</p>
    {{#INVALID_output}}<p class="field-error">{{ERROR_output}}</p>{{/INVALID_output}}
  </div>
  <fieldset id="deliverables"><legend>{{_:x-t=Deliverables}}</legend>
    <p class="hint">{{_:x-t=One deliverable per row; enter the date it was delivered once it is. Empty rows are ignored.}}</p>
    {{#INVALID_deliverables}}<p class="field-error">{{ERROR_deliverables}}</p>{{/INVALID_deliverables}}
    {{#DELIVERABLE}}<div class="field">
      <label for="deliverable_{{N}}">{{_:x-t=Deliverable}} {{N}}</label>
      <input id="deliverable_{{N}}" name="deliverable_{{N}}" type="text" maxlength="500" value="{{TEXT}}"{{#INVALID_TEXT}} aria-invalid="true"{{/INVALID_TEXT}}>
      {{#INVALID_TEXT}}<p class="field-error">{{ERROR_TEXT}}</p>{{/INVALID_TEXT}}
      <label for="delivered_on_{{N}}">{{_:x-t=Delivered on}}</label>
      <input id="delivered_on_{{N}}" name="delivered_on_{{N}}" type="date" value="{{DELIVERED_ON}}"{{#INVALID_DELIVERED_ON}} aria-invalid="true"{{/INVALID_DELIVERED_ON}}>
      {{#INVALID_DELIVERED_ON}}<p class="field-error">{{ERROR_DELIVERED_ON}}</p>{{/INVALID_DELIVERED_ON}}
    </div>{{/DELIVERABLE}}
  </fieldset>
  <button type="submit" class="button">{{_:x-t=Save}}</button>
</form>
