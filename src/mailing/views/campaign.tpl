{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing/campaigns">{{_:x-t=Campaigns}}</a></p>
<h1>{{HEADING}}</h1>
{{>FORM_ERRORS}}
<p>{{_:x-t=Preview as readers will see it}} {{#PREVIEW}}<a href="/manage/mailing/campaigns/{{ID:u}}/preview?lang={{CODE:u}}" lang="{{CODE}}">{{NAME}}</a> {{/PREVIEW}}</p>
{{#SCHEDULED}}<p class="notice">{{SCHEDULED_TEXT}}</p>
<form method="post" action="/manage/mailing/campaigns/{{ID:u}}/cancel"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Cancel the schedule}}</button></form>{{/SCHEDULED}}
{{#DRAFT}}<form method="post" action="/manage/mailing/campaigns/{{ID:u}}" novalidate class="campaign-editor">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <p>{{_:x-t=Write the message in Markdown in each language you send it in. Every message ends with the sender's identification and the links to unsubscribe, added for you.}}</p>
  {{#LANGUAGE}}<fieldset lang="{{CODE}}"><legend>{{NAME}}</legend>
    <div class="field"><label for="subject_{{CODE}}">{{_:x-t=Subject}} ({{NAME}})</label>
    <input id="subject_{{CODE}}" name="subject_{{CODE}}" type="text" maxlength="200" value="{{SUBJECT}}"{{#SUBJECT_INVALID}} aria-invalid="true"{{/SUBJECT_INVALID}}>
    {{#SUBJECT_INVALID}}<p class="field-error">{{SUBJECT_ERROR}}</p>{{/SUBJECT_INVALID}}</div>
    <div class="field"><label for="body_{{CODE}}">{{_:x-t=Message}} ({{NAME}})</label>
    <textarea id="body_{{CODE}}" name="body_{{CODE}}" rows="14"{{#BODY_INVALID}} aria-invalid="true"{{/BODY_INVALID}}>{{BODY}}</textarea>
    {{#BODY_INVALID}}<p class="field-error">{{BODY_ERROR}}</p>{{/BODY_INVALID}}</div>
  </fieldset>{{/LANGUAGE}}
  <fieldset id="languages"><legend>{{_:x-t=Send to readers of}}</legend>
    {{#INVALID_languages}}<p class="field-error">{{ERROR_languages}}</p>{{/INVALID_languages}}
    {{#READER_LANGUAGE}}<div class="checkbox"><input type="checkbox" id="language-{{CODE}}" name="languages" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="language-{{CODE}}">{{NAME}}</label></div>{{/READER_LANGUAGE}}
  </fieldset>
  <fieldset id="topics"><legend>{{_:x-t=Topics}}</legend>
    {{#INVALID_topics}}<p class="field-error">{{ERROR_topics}}</p>{{/INVALID_topics}}
    {{#TOPIC}}<div class="checkbox"><input type="checkbox" id="topic-{{CODE}}" name="topics" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="topic-{{CODE}}">{{NAME}}</label></div>{{/TOPIC}}
  </fieldset>
  <button type="submit" class="button">{{_:x-t=Save the draft}}</button>
</form>
<section aria-labelledby="send-heading"><h2 id="send-heading">{{_:x-t=Test and send}}</h2>
<p>{{_:x-t=Save the draft first; the test and the sending use what is saved.}}</p>
<form method="post" action="/manage/mailing/campaigns/{{ID:u}}/test" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="test_language">{{_:x-t=Language of the test}}</label><select id="test_language" name="language">{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_OPTION}}</select></div>
  <button type="submit" class="button secondary">{{_:x-t=Send me a test}}</button>
</form>
<form method="post" action="/manage/mailing/campaigns/{{ID:u}}/send" data-confirm="{{_:x-t=Send this campaign to every subscriber of its topics now?}}">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">{{_:x-t=Send now}}</button>
</form>
<form method="post" action="/manage/mailing/campaigns/{{ID:u}}/schedule" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="scheduled_at">{{_:x-t=Send on}}</label><input id="scheduled_at" name="scheduled_at" type="datetime-local" value="{{FIELD_scheduled_at}}"{{#INVALID_scheduled_at}} aria-invalid="true"{{/INVALID_scheduled_at}}>
  {{#INVALID_scheduled_at}}<p class="field-error">{{ERROR_scheduled_at}}</p>{{/INVALID_scheduled_at}}</div>
  <div class="field"><label for="time_zone">{{_:x-t=Time zone}}</label><select id="time_zone" name="time_zone">{{#ZONE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ZONE}}</select></div>
  <button type="submit" class="button secondary">{{_:x-t=Schedule}}</button>
</form></section>{{/DRAFT}}
