{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing">{{_:x-t=Distribution list}}</a></p>
<h1>{{_:x-t=Import addresses}}</h1>
<p>{{_:x-t=Import only people who agreed to receive the program's mail, and say where their consent comes from. They receive no confirmation mail. Addresses that were erased, unsubscribed or bounced are left out.}}</p>
{{#REPORT}}<div class="notice" role="status"><p>{{ADDED_TEXT}} {{UPDATED_TEXT}}</p>
{{#SKIPPED}}<ul>{{#LINE}}<li>{{MESSAGE}}</li>{{/LINE}}</ul>{{/SKIPPED}}</div>{{/REPORT}}
{{>FORM_ERRORS}}
<form method="post" action="/manage/mailing/import" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="lines">{{_:x-t=Addresses, one a line (email, name, language, organisation)}}</label>
    <textarea id="lines" name="lines" rows="10"{{#INVALID_lines}} aria-invalid="true"{{/INVALID_lines}}>{{FIELD_lines}}</textarea>
    {{#INVALID_lines}}<p class="field-error">{{ERROR_lines}}</p>{{/INVALID_lines}}</div>
  <div class="field"><label for="language">{{_:x-t=Language for lines that give none}}</label>
    <select id="language" name="language">{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_OPTION}}</select></div>
  <fieldset id="topics"><legend>{{_:x-t=Topics}}</legend>
    {{#INVALID_topics}}<p class="field-error">{{ERROR_topics}}</p>{{/INVALID_topics}}
    {{#TOPIC}}<div class="checkbox"><input type="checkbox" id="topic-{{CODE}}" name="topics" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="topic-{{CODE}}">{{NAME}}</label></div>{{/TOPIC}}
  </fieldset>
  <div class="field"><label for="source">{{_:x-t=Where the addresses and their consent come from}}</label>
    <input id="source" name="source" type="text" maxlength="500" value="{{FIELD_source}}"{{#INVALID_source}} aria-invalid="true"{{/INVALID_source}}>
    {{#INVALID_source}}<p class="field-error">{{ERROR_source}}</p>{{/INVALID_source}}</div>
  <fieldset><legend>{{_:x-t=Kind of consent}}</legend>
    <div class="checkbox"><input type="radio" id="consent-express" name="consent_type" value="express"{{#EXPRESS}} checked{{/EXPRESS}}><label for="consent-express">{{_:x-t=Express (they asked for it)}}</label></div>
    <div class="checkbox"><input type="radio" id="consent-implied" name="consent_type" value="implied"{{#IMPLIED}} checked{{/IMPLIED}}><label for="consent-implied">{{_:x-t=Implied (a relationship with the program, for a limited time)}}</label></div>
  </fieldset>
  <div class="field"><label for="implied_until">{{_:x-t=Implied consent ends on}}</label>
    <input id="implied_until" name="implied_until" type="date" value="{{FIELD_implied_until}}"{{#INVALID_implied_until}} aria-invalid="true"{{/INVALID_implied_until}}>
    {{#INVALID_implied_until}}<p class="field-error">{{ERROR_implied_until}}</p>{{/INVALID_implied_until}}</div>
  <button type="submit" class="button">{{_:x-t=Import}}</button>
</form>
