{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Your subscription}}</h1>
{{>FORM_ERRORS}}
<p>{{SUMMARY}}</p>
<form method="post" action="/mailing/preferences" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  <input type="hidden" name="shown_in" value="{{LANG}}">
  <div class="field"><label for="name">{{_:x-t=Name}}</label>
    <input id="name" name="name" type="text" autocomplete="name" required maxlength="120" value="{{FIELD_name}}"{{#INVALID_name}} aria-invalid="true"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error">{{ERROR_name}}</p>{{/INVALID_name}}</div>
  <div class="field"><label for="organisation">{{_:x-t=Organisation (optional)}}</label>
    <input id="organisation" name="organisation" type="text" autocomplete="organization" maxlength="200" value="{{FIELD_organisation}}"{{#INVALID_organisation}} aria-invalid="true"{{/INVALID_organisation}}>
    {{#INVALID_organisation}}<p class="field-error">{{ERROR_organisation}}</p>{{/INVALID_organisation}}</div>
  <div class="field"><label for="language">{{_:x-t=Language of the messages}}</label>
    <select id="language" name="language">{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_OPTION}}</select></div>
  <fieldset id="topics"><legend>{{_:x-t=Topics}}</legend>
    {{#INVALID_topics}}<p class="field-error">{{ERROR_topics}}</p>{{/INVALID_topics}}
    {{#TOPIC}}<div class="checkbox"><input type="checkbox" id="topic-{{CODE}}" name="topics" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="topic-{{CODE}}">{{NAME}}</label></div>{{/TOPIC}}
  </fieldset>
  <p class="consent-statement" id="consent-statement">{{STATEMENT}}</p>
  <div class="field checkbox"><input type="checkbox" id="consent" name="consent" value="yes" aria-describedby="consent-statement"{{#INVALID_consent}} aria-invalid="true"{{/INVALID_consent}}><label for="consent">{{AGREEMENT}} ({{_:x-t=needed only for topics you add}})</label>
    {{#INVALID_consent}}<p class="field-error">{{ERROR_consent}}</p>{{/INVALID_consent}}</div>
  <button type="submit" class="button">{{_:x-t=Save my preferences}}</button>
</form>
<form method="post" action="/mailing/unsubscribe">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="token" value="{{TOKEN}}"><input type="hidden" name="scope" value="everything">
  <button type="submit" class="button secondary">{{_:x-t=Unsubscribe from everything}}</button>
</form>
