{{%AUTOESCAPE context="HTML"}}<form method="post" action="/mailing/subscribe" class="subscribe-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="shown_in" value="{{LANG}}">
  <p class="consent-statement" id="{{PREFIX}}consent-statement">{{STATEMENT}}</p>
  <div class="field"><label for="{{PREFIX}}email">{{_:x-t=Email address}}</label>
    <input id="{{PREFIX}}email" name="email" type="email" autocomplete="email" required maxlength="254" value="{{FIELD_email}}"{{#INVALID_email}} aria-invalid="true"{{/INVALID_email}}>
    {{#INVALID_email}}<p class="field-error">{{ERROR_email}}</p>{{/INVALID_email}}</div>
  <div class="field"><label for="{{PREFIX}}name">{{_:x-t=Name}}</label>
    <input id="{{PREFIX}}name" name="name" type="text" autocomplete="name" required maxlength="120" value="{{FIELD_name}}"{{#INVALID_name}} aria-invalid="true"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error">{{ERROR_name}}</p>{{/INVALID_name}}</div>
  <div class="field"><label for="{{PREFIX}}organisation">{{_:x-t=Organisation (optional)}}</label>
    <input id="{{PREFIX}}organisation" name="organisation" type="text" autocomplete="organization" maxlength="200" value="{{FIELD_organisation}}"{{#INVALID_organisation}} aria-invalid="true"{{/INVALID_organisation}}>
    {{#INVALID_organisation}}<p class="field-error">{{ERROR_organisation}}</p>{{/INVALID_organisation}}</div>
  <div class="field"><label for="{{PREFIX}}language">{{_:x-t=Language of the messages}}</label>
    <select id="{{PREFIX}}language" name="language"{{#INVALID_language}} aria-invalid="true"{{/INVALID_language}}>{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_OPTION}}</select>
    {{#INVALID_language}}<p class="field-error">{{ERROR_language}}</p>{{/INVALID_language}}</div>
  <fieldset id="{{PREFIX}}topics"{{#INVALID_topics}} aria-invalid="true"{{/INVALID_topics}}><legend>{{_:x-t=Topics}}</legend>
    {{#INVALID_topics}}<p class="field-error">{{ERROR_topics}}</p>{{/INVALID_topics}}
    {{#TOPIC}}<div class="checkbox"><input type="checkbox" id="{{PREFIX}}topic-{{CODE}}" name="topics" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="{{PREFIX}}topic-{{CODE}}">{{NAME}}</label></div>{{/TOPIC}}
  </fieldset>
  <div class="field checkbox"><input type="checkbox" id="{{PREFIX}}consent" name="consent" value="yes" aria-describedby="{{PREFIX}}consent-statement"{{#INVALID_consent}} aria-invalid="true"{{/INVALID_consent}}><label for="{{PREFIX}}consent">{{AGREEMENT}}</label>
    {{#INVALID_consent}}<p class="field-error">{{ERROR_consent}}</p>{{/INVALID_consent}}</div>
  <button type="submit" class="button">{{_:x-t=Subscribe}}</button>
</form>
