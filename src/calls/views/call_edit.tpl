{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/calls">{{_:x-t=Calls}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{_:x-t=English is required; a language left empty shows the English text with a note. Empty rows of the rubric and the form are ignored.}}</p>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate class="call-editor">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="slug">{{_:x-t=Address name}}</label>
    <input id="slug" name="slug" type="text" required maxlength="100" value="{{FIELD_slug}}"{{#INVALID_slug}} aria-invalid="true"{{/INVALID_slug}}>
    {{#INVALID_slug}}<p class="field-error">{{ERROR_slug}}</p>{{/INVALID_slug}}
  </div>
  {{#LANGUAGE}}<fieldset lang="{{CODE}}"><legend>{{NAME}}</legend>
    <div class="field"><label for="title_{{CODE}}">{{_:x-t=Title}} ({{NAME}})</label>
    <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" maxlength="200" value="{{TITLE}}"{{#TITLE_INVALID}} aria-invalid="true"{{/TITLE_INVALID}}>
    {{#TITLE_INVALID}}<p class="field-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}</div>
    <div class="field"><label for="description_{{CODE}}">{{_:x-t=Description}} ({{NAME}})</label>
    <textarea id="description_{{CODE}}" name="description_{{CODE}}" rows="10">{{DESCRIPTION}}</textarea></div>
  </fieldset>{{/LANGUAGE}}
  <fieldset><legend>{{_:x-t=Countries}}</legend>
    {{#COUNTRY}}<div class="checkbox"><input type="checkbox" id="country_{{CODE}}" name="countries" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="country_{{CODE}}">{{NAME}}</label></div>{{/COUNTRY}}
  </fieldset>
  <fieldset><legend>{{_:x-t=Programming areas}}</legend>
    {{#AREA}}<div class="checkbox"><input type="checkbox" id="area_{{CODE}}" name="areas" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="area_{{CODE}}">{{NAME}}</label></div>{{/AREA}}
  </fieldset>
  <fieldset><legend>{{_:x-t=Dates}}</legend>
    <div class="field"><label for="time_zone">{{_:x-t=Time zone of the dates}}</label>
    <select id="time_zone" name="time_zone"{{#INVALID_time_zone}} aria-invalid="true"{{/INVALID_time_zone}}>{{#ZONE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ZONE}}</select>
    {{#INVALID_time_zone}}<p class="field-error">{{ERROR_time_zone}}</p>{{/INVALID_time_zone}}</div>
    <div class="field"><label for="opens">{{_:x-t=Opens}}</label>
    <input id="opens" name="opens" type="datetime-local" value="{{FIELD_opens}}"{{#INVALID_opens}} aria-invalid="true"{{/INVALID_opens}}>
    {{#INVALID_opens}}<p class="field-error">{{ERROR_opens}}</p>{{/INVALID_opens}}</div>
    <div class="field"><label for="deadline">{{_:x-t=Deadline}}</label>
    <input id="deadline" name="deadline" type="datetime-local" value="{{FIELD_deadline}}" aria-describedby="deadline-hint"{{#INVALID_deadline}} aria-invalid="true"{{/INVALID_deadline}}>
    <p class="hint" id="deadline-hint">{{_:x-t=From this minute on, nothing can be submitted or changed.}}</p>
    {{#INVALID_deadline}}<p class="field-error">{{ERROR_deadline}}</p>{{/INVALID_deadline}}</div>
    <div class="field"><label for="review_due">{{_:x-t=Reviews due}}</label>
    <input id="review_due" name="review_due" type="datetime-local" value="{{FIELD_review_due}}"{{#INVALID_review_due}} aria-invalid="true"{{/INVALID_review_due}}>
    {{#INVALID_review_due}}<p class="field-error">{{ERROR_review_due}}</p>{{/INVALID_review_due}}</div>
    <div class="field"><label for="reviews_per_application">{{_:x-t=Reviews per application}}</label>
    <input id="reviews_per_application" name="reviews_per_application" type="number" min="1" max="10" value="{{FIELD_reviews_per_application}}"{{#INVALID_reviews_per_application}} aria-invalid="true"{{/INVALID_reviews_per_application}}>
    {{#INVALID_reviews_per_application}}<p class="field-error">{{ERROR_reviews_per_application}}</p>{{/INVALID_reviews_per_application}}</div>
  </fieldset>
  <fieldset id="criteria"><legend>{{_:x-t=Rubric}}</legend>
    {{#INVALID_criteria}}<p class="field-error">{{ERROR_criteria}}</p>{{/INVALID_criteria}}
    {{#CRITERION}}<fieldset class="row"><legend>{{_:x-t=Criterion}} {{N}}</legend>
      {{#TEXTS}}<div class="field"><label for="criterion_{{N}}_name_{{CODE}}">{{_:x-t=Name}} ({{LANGUAGE_NAME}})</label><input id="criterion_{{N}}_name_{{CODE}}" name="criterion_{{N}}_name_{{CODE}}" type="text" maxlength="200" value="{{NAME}}" lang="{{CODE}}"></div>
      <div class="field"><label for="criterion_{{N}}_guidance_{{CODE}}">{{_:x-t=Guidance}} ({{LANGUAGE_NAME}})</label><input id="criterion_{{N}}_guidance_{{CODE}}" name="criterion_{{N}}_guidance_{{CODE}}" type="text" maxlength="600" value="{{GUIDANCE}}" lang="{{CODE}}"></div>{{/TEXTS}}
      <div class="field"><label for="criterion_{{N}}_weight">{{_:x-t=Weight}}</label><input id="criterion_{{N}}_weight" name="criterion_{{N}}_weight" type="number" min="1" max="100" value="{{WEIGHT}}"></div>
      <div class="field"><label for="criterion_{{N}}_scale">{{_:x-t=Highest score}}</label><input id="criterion_{{N}}_scale" name="criterion_{{N}}_scale" type="number" min="1" max="10" value="{{SCALE}}"></div>
      {{#ROW_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/ROW_ERROR}}
    </fieldset>{{/CRITERION}}
  </fieldset>
  <fieldset id="questions"><legend>{{_:x-t=Application form}}</legend>
    {{#QUESTION}}<fieldset class="row"><legend>{{_:x-t=Question}} {{N}}</legend>
      <div class="field"><label for="question_{{N}}_code">{{_:x-t=Short code}}</label><input id="question_{{N}}_code" name="question_{{N}}_code" type="text" maxlength="60" value="{{CODE}}"></div>
      <div class="field"><label for="question_{{N}}_kind">{{_:x-t=Kind of answer}}</label><select id="question_{{N}}_kind" name="question_{{N}}_kind">{{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></div>
      {{#TEXTS}}<div class="field"><label for="question_{{N}}_label_{{CODE}}">{{_:x-t=Question}} ({{LANGUAGE_NAME}})</label><input id="question_{{N}}_label_{{CODE}}" name="question_{{N}}_label_{{CODE}}" type="text" maxlength="300" value="{{LABEL}}" lang="{{CODE}}"></div>
      <div class="field"><label for="question_{{N}}_help_{{CODE}}">{{_:x-t=Help}} ({{LANGUAGE_NAME}})</label><input id="question_{{N}}_help_{{CODE}}" name="question_{{N}}_help_{{CODE}}" type="text" maxlength="600" value="{{HELP}}" lang="{{CODE}}"></div>{{/TEXTS}}
      <div class="field"><label for="question_{{N}}_word_limit">{{_:x-t=Word limit}}</label><input id="question_{{N}}_word_limit" name="question_{{N}}_word_limit" type="number" min="1" max="5000" value="{{WORD_LIMIT}}"></div>
      <div class="field"><label for="question_{{N}}_choices">{{_:x-t=Options, one per line}}</label><textarea id="question_{{N}}_choices" name="question_{{N}}_choices" rows="3" aria-describedby="question_{{N}}_choices-hint">{{CHOICES}}</textarea>
      <p class="hint" id="question_{{N}}_choices-hint">{{_:x-t=For a choice - one option per line, written code = English label | French label | Spanish label.}}</p></div>
      <div class="checkbox"><input type="checkbox" id="question_{{N}}_required" name="question_{{N}}_required" value="yes"{{#IS_REQUIRED}} checked{{/IS_REQUIRED}}><label for="question_{{N}}_required">{{_:x-t=Required}}</label></div>
      {{#ROW_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/ROW_ERROR}}
    </fieldset>{{/QUESTION}}
  </fieldset>
  <button type="submit" class="button">{{_:x-t=Save the call}}</button>
</form>
